using Weekly.Core;

namespace Weekly.Caching;

/// <summary>
/// The seam through which <c>weekly preview</c> reuses the work of earlier builds: the build does file reads,
/// per-seed work and renders through it, and a plain build passes <see cref="BuildCache.None"/>, which just does
/// the work, so a plain build has no cache branches on its path. The preview's cache
/// (<c>Weekly.Preview.PreviewCache</c>) gives back what an earlier build made from equal inputs; the output is
/// the same either way. Implementations are thread-safe.
/// </summary>
public interface IBuildCache
{
    /// <summary>The bytes of the file at <paramref name="path"/> (absolute).</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    byte[] ReadFile(string path);

    /// <summary>
    /// Runs <paramref name="work"/> on <paramref name="inputs"/>: work that treats each input document on its own
    /// (parse, tag, slug one seed) and makes outputs with the same <see cref="Document.Source"/>, reporting to the
    /// context's diagnostics. A cache may give an unchanged input (same source, same bytes) what it made before,
    /// with what it reported then, and run the work only on the others.
    /// </summary>
    /// <returns>The outputs, in input order.</returns>
    IReadOnlyList<Document> ForEachSource(IReadOnlyList<Document> inputs, Func<IReadOnlyList<Document>, BuildContext, IReadOnlyList<Document>> work, BuildContext context);

    /// <summary>
    /// Renders a page: <paramref name="render"/> hands its bytes to the writer it is given and returns false when a
    /// template failed; this hands them on to <paramref name="write"/> exactly once (valid only during the call;
    /// empty when the template failed). A cache may give back an earlier render of the same <paramref name="key"/>
    /// instead (never one that reported a problem).
    /// </summary>
    void RenderPage(RenderKey key, Func<DiagnosticBag, ContentWriter, bool> render, DiagnosticBag diagnostics, ContentWriter write);

    /// <summary>Renders a fragment (a feed item's HTML), or gives back an earlier render of the same <paramref name="key"/>.</summary>
    string RenderFragment(RenderKey key, Func<DiagnosticBag, string> render, DiagnosticBag diagnostics);
}

/// <summary>What a render depends on, for a cache to tell renders apart.</summary>
/// <param name="Template">The layout or partial, e.g. <c>layout issue</c>, <c>partial feed-story</c>.</param>
/// <param name="Label">For statistics: the template and the page, e.g. <c>issue /issues/x/</c>.</param>
/// <param name="Inputs">Serialises everything the template can read (its globals) as UTF-8 JSON: called only by a cache that needs a key.</param>
public readonly record struct RenderKey(string Template, string Label, Func<byte[]> Inputs);
