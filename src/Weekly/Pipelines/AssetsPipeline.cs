using Weekly.Caching;
using Weekly.IO;
using Weekly.Modules;

namespace Weekly.Pipelines;

/// <summary>Render stage, Assets: <c>theme/assets/</c> copied to <c>/assets/</c>, and <c>input/static/</c> to the output's root, as they are.</summary>
public sealed class AssetsPipeline(IBuildCache cache, OutputWriter output) : RenderPipeline(PipelineNames.Assets, [],
[
    new CopyFiles("theme/assets", "assets/", cache),
    new Concat(new CopyFiles("input/static", "", cache)),
], output);
