using Weekly.Domain;
using Weekly.IO;
using Weekly.Modules;
using Weekly.Rendering;

namespace Weekly.Pipelines;

/// <summary>Render stage, Issues: one page per issue, <c>/issues/&lt;slug&gt;/</c>.</summary>
public sealed class IssuesPipeline(SiteModel site, SiteRenderer renderer, OutputWriter output) : RenderPipeline(PipelineNames.Issues, [],
[
    new RenderRequests(renderer, site.Issues.Select(issue => new IssuePage(issue))),
], output);
