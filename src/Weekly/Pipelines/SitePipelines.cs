using Weekly.Core;
using Weekly.Feeds;
using Weekly.Modules;

namespace Weekly.Pipelines;

/// <summary>
/// The site's pipelines, in Statiq's spirit: Issues (read, parse, tag, slug, order, group, render
/// issue pages), Stories, Pages (home, archive, indexes, search, 404, Markdown pages), Taxonomies (term
/// pages, paginated), Feeds, Search (the search index), Assets, Sitemap, and Checks (editorial warnings
/// across issues, no files). Each that makes files ends with an output phase that writes them
/// (<see cref="WriteFiles"/>) while later pipelines run.
/// </summary>
public static class SitePipelines
{
    /// <summary>Pipeline names.</summary>
    public const string Issues = "Issues", Stories = "Stories", Pages = "Pages", Taxonomies = "Taxonomies", Feeds = "Feeds", Assets = "Assets", Sitemap = "Sitemap", Search = "Search",
        Checks = "Checks";

    /// <summary>
    /// The pipelines that make the site's pages and copied files: what <c>weekly preview</c> runs before it
    /// serves a build (pages unrendered until asked for). The others (Feeds, Search, Sitemap, Checks) follow in the background.
    /// </summary>
    public static readonly IReadOnlyList<string> PagePipelines = [Issues, Stories, Taxonomies, Pages, Assets];

    /// <summary>Creates the pipelines for one build.</summary>
    public static IReadOnlyList<Pipeline> Create(SiteInputs inputs) =>
        Process(inputs).Select(p => p.Name == Checks ? p : p with { OutputModules = [new WriteFiles()] }).ToList();

    private static IReadOnlyList<Pipeline> Process(SiteInputs inputs) =>
    [
        new(Issues, [],
        [
            new ReadFiles("seeds", "*.txt") { SkipHidden = true },
            new CacheDocuments(new ParseIssues(), new TagRegions(inputs.Regions), new TagTopics(inputs.Taxonomy), new SetStorySlugs()),
            new SetDestination(),
            new OrderDocuments(),
            new GroupDocuments(inputs.Regions.Tree.ParentOf, inputs.Taxonomy),
            new CreateRenderer(inputs.Theme),
            new RenderPages((r, d) => r.RenderIssue(d.Get(Keys.Issue))),
        ]),
        new(Stories, [Issues],
        [
            new CreateStories(),
            new RenderPages((r, d) => r.RenderStory(d.Get(Keys.Story))),
        ]),
        new(Taxonomies, [Issues],
        [
            new CreateTermPages(),
            new PaginateDocuments(Pagination.DefaultPageSize, d => d.Get(Keys.Term).Stories.Count),
            new RenderPages((r, d) => r.RenderTerm(d.Get(Keys.Term), d.Get(Keys.Pagination))),
        ]),
        new(Pages, [Issues],
        [
            ReadFiles.Text("input/pages", "**/*.md"),
            new ExtractFrontMatter(),
            new RenderMarkdown(),
            new SetDestination(),
            new RenderScriban(inputs.Theme),
            new CreateIndexPages(),
        ]),
        new(Feeds, [Issues],
        [
            new Defer(context =>
            {
                var renderer = context.Get(Keys.Renderer);
                return new GenerateFeeds(renderer.RenderIssueContent, renderer.RenderStoryContent);
            }),
        ]),
        new(Search, [Issues],
        [
            new GenerateSearchIndex(),
        ]),
        new(Assets, [],
        [
            new CopyFiles("theme/assets", "assets/"),
            new Concat(new CopyFiles("input/static", "")),
        ]),
        new(Checks, [Issues],
        [
            new ReplaceDocuments(Issues),
            new CheckIssues(),
        ]),
        new(Sitemap, [Issues, Stories, Taxonomies, Pages],
        [
            new GenerateSitemap(Issues, Stories, Taxonomies, Pages),
        ]),
    ];
}
