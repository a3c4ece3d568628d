using Weekly.IO;
using Weekly.Modules;
using Weekly.Rendering;

namespace Weekly.Pipelines;

/// <summary>Render stage, Sitemap: <c>/sitemap.xml</c> listing every page of the page pipelines (but 404), and <c>/robots.txt</c>.</summary>
public sealed class SitemapPipeline(SiteRenderer renderer, OutputWriter output) : RenderPipeline(PipelineNames.Sitemap,
    [PipelineNames.Issues, PipelineNames.Stories, PipelineNames.Taxonomies, PipelineNames.Pages],
[
    new GenerateSitemap(renderer, PipelineNames.Issues, PipelineNames.Stories, PipelineNames.Taxonomies, PipelineNames.Pages),
], output);
