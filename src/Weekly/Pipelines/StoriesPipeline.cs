using Weekly.Domain;
using Weekly.IO;
using Weekly.Modules;
using Weekly.Rendering;

namespace Weekly.Pipelines;

/// <summary>Render stage, Stories: one page per story, <c>/issues/&lt;issue&gt;/&lt;story&gt;/</c>.</summary>
public sealed class StoriesPipeline(SiteModel site, SiteRenderer renderer, OutputWriter output) : RenderPipeline(PipelineNames.Stories, [],
[
    new RenderRequests(renderer, site.Stories.Select(story => new StoryPage(story))),
], output);
