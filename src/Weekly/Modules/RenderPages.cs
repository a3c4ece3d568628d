using Weekly.Core;
using Weekly.Rendering;

namespace Weekly.Modules;

/// <summary>
/// Gives each document its page, rendered with the build's <see cref="SiteRenderer"/> (<see cref="Keys.Renderer"/>)
/// when the build writes it (<see cref="Keys.DeferredBytes"/>, and <see cref="Keys.DeferredWrite"/>, which hands
/// the writer the renderer's own buffer instead of a copy); the document's content is left empty. Rendering at write time lets each page be written and dropped at once: a site of
/// 25,000 pages held in memory until the end cost 450 MB and a third of the build's CPU in the garbage
/// collector (bench/RESULTS.md). Template problems are reported to the diagnostics the writer passes
/// (the build's, or a request's in <c>weekly preview</c>, which renders pages only when they are asked for).
/// </summary>
/// <param name="render">Renders one document's page, e.g. <c>(r, d) =&gt; r.RenderIssue(d.Get(Keys.Issue))</c>.</param>
public sealed class RenderPages(Func<SiteRenderer, Document, byte[]> render) : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var renderer = context.Get(Keys.Renderer);
        return ParallelMap.Ordered(inputs, d => d.With("",
            Keys.DeferredBytes.Item(bag => render(renderer.ReportingTo(bag), d)),
            Keys.DeferredWrite.Item((bag, write) =>
            {
                var written = false;
                var bytes = render(renderer.ReportingTo(bag).WritingTo(page => { written = true; write(page); }), d);
                if (!written) write(bytes); // a page that failed (empty), or one the renderer returned as before
            })), context.CancellationToken);
    }
}
