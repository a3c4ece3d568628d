using Weekly.Caching;
using Weekly.IO;
using Weekly.Modules;
using Weekly.Rendering;

namespace Weekly.Pipelines;

/// <summary>Render stage, Sitemap: <c>/sitemap.xml</c> listing every page of the page pipelines (but 404), and <c>/robots.txt</c> (unless <c>input/static</c> has one).</summary>
public sealed class SitemapPipeline(SiteRenderer renderer, IBuildCache cache, OutputWriter output) : RenderPipeline(PipelineNames.Sitemap,
    [PipelineNames.Issues, PipelineNames.Stories, PipelineNames.Taxonomies, PipelineNames.Pages],
[
    new GenerateSitemap(renderer, cache, PipelineNames.Issues, PipelineNames.Stories, PipelineNames.Taxonomies, PipelineNames.Pages),
], output);
