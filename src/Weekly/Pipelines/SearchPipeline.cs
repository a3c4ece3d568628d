using Weekly.IO;
using Weekly.Modules;
using Weekly.Rendering;

namespace Weekly.Pipelines;

/// <summary>Render stage, Search: the static search index of every story, under <c>/search/</c>.</summary>
public sealed class SearchPipeline(SiteRenderer renderer, OutputWriter output) : RenderPipeline(PipelineNames.Search, [],
[
    new GenerateSearchIndex(renderer),
], output);
