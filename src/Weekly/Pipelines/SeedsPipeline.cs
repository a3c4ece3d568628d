using Weekly.Caching;
using Weekly.Core;
using Weekly.Modules;

namespace Weekly.Pipelines;

/// <summary>
/// Content stage, Seeds: every seed in <c>seeds/</c> (and its subfolders) becomes one issue document, parsed, tagged with its regions
/// and topics, dated in the site's zone, slugged (scheduled ones then held back), ordered newest first and numbered.
/// </summary>
/// <param name="inputs">The section names, the region tagger and the topic taxonomy.</param>
/// <param name="cache">The build's cache: reads the seeds, and lets <c>weekly preview</c> reuse an unchanged seed's work.</param>
public sealed class SeedsPipeline(SiteInputs inputs, IBuildCache cache) : Pipeline(PipelineNames.Seeds, [],
[
    // Read: each seed's bytes, as committed (.txt in any case, subfolders too; editors' hidden files left out).
    new ReadSeeds(cache),
    // Parse, tag and slug the stories of each seed on its own: what preview reuses when a seed did not change.
    new CacheDocuments(cache, new ParseIssues(inputs.Sections), new TagRegions(inputs.Regions), new TagTopics(inputs.Taxonomy), new SetStorySlugs()),
    // Give each issue its one publication instant in the site's zone; slug the issues (unique across issues, scheduled
    // ones too, so a slug does not depend on the day of the build); leave out the scheduled ones (--future keeps them).
    new SetPublicationDates(),
    new SetSlugs(),
    new HoldScheduledIssues(),
    // Order them newest first, number the unnumbered.
    new OrderDocuments(),
    new NumberIssues(),
]);
