using Weekly.Caching;
using Weekly.IO;
using Weekly.Modules;

namespace Weekly.Pipelines;

/// <summary>
/// Render stage, Assets: <c>theme/assets/</c> copied to <c>/assets/</c>, and <c>input/static/</c> to the output's root, as they
/// are; but <c>input/static/_redirects</c>, which the Redirects pipeline writes with the old URLs of moved pages after it.
/// </summary>
public sealed class AssetsPipeline(IBuildCache cache, OutputWriter output) : RenderPipeline(PipelineNames.Assets, [],
[
    new CopyFiles("theme/assets", "assets/", cache),
    new Concat(new CopyFiles(GenerateRedirects.StaticFolder, "", cache) { Exclude = [GenerateRedirects.EditorRulesFile] }),
], output);
