using Weekly.Domain;
using Weekly.IO;
using Weekly.Modules;
using Weekly.Rendering;
using Weekly.Urls;

namespace Weekly.Pipelines;

/// <summary>
/// Render stage, Pages: the hand-written pages, then the site's fixed pages: home, the region and topic indexes,
/// search, 404 and the issue archive (<see cref="Pagination.DefaultPageSize"/> issues a page: <c>/issues/</c>,
/// <c>/issues/page/2/</c>, …). The fixed pages' last-modified date is the newest issue's (none for an empty site).
/// </summary>
public sealed class PagesPipeline(SiteModel site, SiteRenderer renderer, OutputWriter output) : RenderPipeline(PipelineNames.Pages, [],
[
    new RenderRequests(renderer, Requests(site)),
], output)
{
    private static IEnumerable<PageRequest> Requests(SiteModel site)
    {
        DateOnly? newest = site.Issues.Count > 0 ? site.Issues[0].Date : null;
        foreach (var page in site.Pages) yield return new MarkdownPage(page);
        yield return new HomePage(newest);
        yield return new RegionIndexPage(newest);
        yield return new TopicIndexPage(newest);
        yield return new SearchPage(newest);
        yield return new NotFoundPage(newest);
        foreach (var page in Pagination.For(site.Issues.Count, Pagination.DefaultPageSize, Permalinks.Archive)) yield return new ArchivePage(page, newest);
    }
}
