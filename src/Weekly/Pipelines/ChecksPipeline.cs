using Weekly.Core;
using Weekly.Domain;
using Weekly.Modules;

namespace Weekly.Pipelines;

/// <summary>Beside the render stage, Checks: editors' checks across issues (warnings only, no files).</summary>
/// <param name="site">The site model.</param>
public sealed class ChecksPipeline(SiteModel site) : Pipeline(PipelineNames.Checks, [],
[
    new CheckIssues(site),
]);
