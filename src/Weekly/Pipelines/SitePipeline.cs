using Weekly.Content;
using Weekly.Core;
using Weekly.Modules;

namespace Weekly.Pipelines;

/// <summary>
/// Content stage, Site: the issues, with what <c>permalinks.lock</c> keeps of them (feed ids, redirects), and the pages
/// become the <c>SiteModel</c>, its stories grouped into region and topic terms.
/// </summary>
/// <param name="inputs">The region tree and the topic taxonomy.</param>
public sealed class SitePipeline(SiteInputs inputs) : Pipeline(PipelineNames.Site, [PipelineNames.Seeds, PipelineNames.Markdown],
[
    new ReplaceDocuments(PipelineNames.Seeds, PipelineNames.Markdown),
    // Published URLs and feed ids kept from permalinks.lock; old URLs of moved pages become redirects.
    new ApplyPermalinkLock(),
    new CreateSiteModel(new SiteModelBuilder(inputs.Regions.Tree.ParentOf, inputs.Taxonomy)),
]);
