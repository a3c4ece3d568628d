using Weekly.Domain;
using Weekly.IO;
using Weekly.Modules;
using Weekly.Rendering;
using Weekly.Urls;

namespace Weekly.Pipelines;

/// <summary>
/// Render stage, Taxonomies: the pages of every province, city and topic (only terms with stories exist),
/// <see cref="Pagination.DefaultPageSize"/> stories a page: <c>/regions/fujian/</c>, <c>/regions/fujian/page/2/</c>, …
/// </summary>
public sealed class TaxonomiesPipeline(SiteModel site, SiteRenderer renderer, OutputWriter output) : RenderPipeline(PipelineNames.Taxonomies, [],
[
    new RenderRequests(renderer, site.AllTerms.SelectMany(Pages)),
], output)
{
    private static IEnumerable<TermPage> Pages(Term term)
    {
        var modified = term.Stories.Max(s => s.Issue.Date);
        return Pagination.For(term.Stories.Count, Pagination.DefaultPageSize, Permalinks.Term(term)).Select(page => new TermPage(term, page, modified));
    }
}
