using Weekly.Core;
using Weekly.Domain;
using Weekly.Editing;
using Weekly.Modules;

namespace Weekly.Pipelines;

/// <summary>Beside the render stage, Checks: editors' checks across issues (warnings only, no files).</summary>
/// <param name="site">The site model.</param>
/// <param name="archetype">The site's archetype (<see cref="SiteInputs.Archetype"/>), or null.</param>
public sealed class ChecksPipeline(SiteModel site, Archetype? archetype) : Pipeline(PipelineNames.Checks, [],
[
    new CheckIssues(site, archetype),
]);
