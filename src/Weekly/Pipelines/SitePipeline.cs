using Weekly.Content;
using Weekly.Core;
using Weekly.Modules;

namespace Weekly.Pipelines;

/// <summary>Content stage, Site: the issues and the pages become the <c>SiteModel</c>, its stories grouped into region and topic terms.</summary>
/// <param name="inputs">The region tree and the topic taxonomy.</param>
public sealed class SitePipeline(SiteInputs inputs) : Pipeline(PipelineNames.Site, [PipelineNames.Seeds, PipelineNames.Markdown],
[
    new ReplaceDocuments(PipelineNames.Seeds, PipelineNames.Markdown),
    new CreateSiteModel(new SiteModelBuilder(inputs.Regions.Tree.ParentOf, inputs.Taxonomy)),
]);
