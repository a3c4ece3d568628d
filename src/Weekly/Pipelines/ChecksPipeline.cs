using Weekly.Core;
using Weekly.Domain;
using Weekly.Modules;

namespace Weekly.Pipelines;

/// <summary>Beside the render stage, Checks: editors' checks across issues (warnings only, no files).</summary>
/// <param name="site">The site model.</param>
/// <param name="clock">For "dated in the future", or null to skip that check.</param>
public sealed class ChecksPipeline(SiteModel site, TimeProvider? clock) : Pipeline(PipelineNames.Checks, [],
[
    new CheckIssues(site, clock),
]);
