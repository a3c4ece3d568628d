using Weekly.Core;
using Weekly.Rendering;

namespace Weekly.Modules;

/// <summary>
/// Renders each document's page with the build's <see cref="SiteRenderer"/> (<see cref="Keys.Renderer"/>)
/// and sets the result as its content, in parallel, keeping order.
/// </summary>
/// <param name="render">Renders one document's page, e.g. <c>(r, d) =&gt; r.RenderIssue(d.Get(Keys.Issue))</c>.</param>
public sealed class RenderPages(Func<SiteRenderer, Document, string> render) : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var renderer = context.Get(Keys.Renderer);
        return inputs.AsParallel().AsOrdered().Select(d => d.WithContent(render(renderer, d))).ToList();
    }
}
