using Weekly.Core;
using Weekly.Rendering;

namespace Weekly.Modules;

/// <summary>
/// The site's fixed pages, rendered when written (<see cref="Keys.DeferredBytes"/>): home, the issue archive (paginated, <see cref="Pagination.DefaultPageSize"/>
/// issues a page: <c>/issues/</c>, <c>/issues/page/2/</c>, …), the region and topic indexes, the search page and
/// the 404 page, appended to the input documents. Last-modified is the newest issue's date (none for an empty site).
/// </summary>
public sealed class CreateIndexPages : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var site = context.Get(Keys.Site);
        var renderer = context.Get(Keys.Renderer);
        var archive = Pagination.For(site.Issues.Count, Pagination.DefaultPageSize, Permalinks.Archive)
            .Select(page => (Permalink: page.Url, Render: (Func<SiteRenderer, byte[]>)(r => r.RenderArchive(page))));
        var pages = new (string Permalink, Func<SiteRenderer, byte[]> Render)[]
        {
            (Permalinks.Home, r => r.RenderHome()),
            (Permalinks.Regions, r => r.RenderRegionIndex()),
            (Permalinks.Topics, r => r.RenderTopicIndex()),
            (Permalinks.Search, r => r.RenderSearch()),
            (Permalinks.NotFound, r => r.RenderNotFound()),
        }.Concat(archive).ToList();
        return [.. inputs, .. pages.Select(p =>
        {
            var doc = Document.Create(null).With(Keys.DeferredBytes, bag => p.Render(renderer.ReportingTo(bag))).With(Keys.Permalink, p.Permalink).WithDestination(Permalinks.ToDestination(p.Permalink));
            return site.Issues.Count > 0 ? doc.With(Keys.LastModified, site.Issues[0].Date) : doc;
        })];
    }
}
