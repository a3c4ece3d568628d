using Weekly.Core;
using Weekly.Rendering;

namespace Weekly.Modules;

/// <summary>
/// Renders each document's page with the build's <see cref="SiteRenderer"/> (<see cref="Keys.Renderer"/>),
/// in parallel, keeping order. The page is kept as the bytes to write (<see cref="Keys.Bytes"/>, UTF-8
/// without BOM) and the document's content is left empty: a site of thousands of pages held as .NET
/// strings (UTF-16) took twice the memory, and was encoded again when written.
/// </summary>
/// <param name="render">Renders one document's page, e.g. <c>(r, d) =&gt; r.RenderIssue(d.Get(Keys.Issue))</c>.</param>
public sealed class RenderPages(Func<SiteRenderer, Document, string> render) : IModule
{
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var renderer = context.Get(Keys.Renderer);
        return inputs.AsParallel().AsOrdered().Select(d => d.WithContent("").With(Keys.Bytes, Utf8.GetBytes(render(renderer, d)))).ToList();
    }
}
