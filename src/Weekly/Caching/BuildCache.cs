using Weekly.Core;

namespace Weekly.Caching;

/// <summary>The plain build's <see cref="IBuildCache"/>: does every piece of work and keeps nothing.</summary>
public sealed class BuildCache : IBuildCache
{
    /// <summary>The one instance.</summary>
    public static readonly IBuildCache None = new BuildCache();

    private BuildCache() { }

    /// <inheritdoc />
    public byte[] ReadFile(string path) => File.ReadAllBytes(path);

    /// <inheritdoc />
    public IReadOnlyList<Document> ForEachSource(IReadOnlyList<Document> inputs, Func<IReadOnlyList<Document>, BuildContext, IReadOnlyList<Document>> work, BuildContext context) =>
        work(inputs, context);

    /// <inheritdoc />
    public void RenderPage(RenderKey key, Func<DiagnosticBag, ContentWriter, bool> render, DiagnosticBag diagnostics, ContentWriter write)
    {
        if (!render(diagnostics, write)) write([]);
    }

    /// <inheritdoc />
    public string RenderFragment(RenderKey key, Func<DiagnosticBag, string> render, DiagnosticBag diagnostics) => render(diagnostics);
}
