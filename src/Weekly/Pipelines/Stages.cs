using Weekly.Caching;
using Weekly.Core;
using Weekly.Domain;
using Weekly.IO;
using Weekly.Rendering;

namespace Weekly.Pipelines;

/// <summary>The build's two stages, as lists of pipelines, each run by an engine of its own (see <c>SiteBuilder.Build</c>).</summary>
public static class Stages
{
    /// <summary>Content: read → parse → tag → slug → order → number → <see cref="SiteModel"/> (on the Site pipeline's one document).</summary>
    public static IReadOnlyList<Pipeline> Content(SiteInputs inputs, IBuildCache cache) =>
    [
        new SeedsPipeline(inputs, cache),
        new MarkdownPipeline(cache),
        new SitePipeline(inputs),
    ];

    /// <summary>Render: every file of the site, rendered by <paramref name="renderer"/> as it is written to <paramref name="output"/>; and the editors' checks.</summary>
    public static IReadOnlyList<Pipeline> Render(SiteInputs inputs, SiteModel site, SiteRenderer renderer, IBuildCache cache, OutputWriter output) =>
    [
        new IssuesPipeline(site, renderer, output),
        new StoriesPipeline(site, renderer, output),
        new TaxonomiesPipeline(site, renderer, output),
        new PagesPipeline(site, renderer, output),
        new FeedsPipeline(site, renderer, output),
        new SearchPipeline(renderer, output),
        new AssetsPipeline(cache, output),
        new RedirectsPipeline(site, renderer, cache, output),
        new SitemapPipeline(renderer, cache, output),
        new ChecksPipeline(site, inputs.Archetype),
    ];
}
