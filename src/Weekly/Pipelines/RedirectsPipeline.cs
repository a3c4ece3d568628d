using Weekly.Caching;
using Weekly.Domain;
using Weekly.IO;
using Weekly.Modules;
using Weekly.Rendering;

namespace Weekly.Pipelines;

/// <summary>Render stage, Redirects: the old URLs of pages that moved (<c>permalinks.lock</c>) as alias pages and <c>/_redirects</c> rules.</summary>
public sealed class RedirectsPipeline(SiteModel site, SiteRenderer renderer, IBuildCache cache, OutputWriter output) : RenderPipeline(PipelineNames.Redirects, [],
[
    new GenerateRedirects(site, renderer, cache),
], output);
