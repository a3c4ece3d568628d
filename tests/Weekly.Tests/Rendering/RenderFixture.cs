using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Weekly.Caching;
using Weekly.Core;
using Weekly.Domain;
using Weekly.Rendering;
using Weekly.Rendering.Markup;
using Weekly.Tests.TestKit;
using Weekly.Urls;

namespace Weekly.Tests.Rendering;

/// <summary>Loads the real theme/ once per test and renders the sample site with it.</summary>
internal sealed class RenderFixture
{
    private static readonly HtmlParser Parser = new();

    public RenderFixture(SiteModel? site = null)
    {
        Site = site ?? SampleSite.Create();
        Theme = Theme.Load(RepoPaths.Theme, Diagnostics);
        Renderer = new SiteRenderer(Theme, Site, BuildCache.None);
    }

    public DiagnosticBag Diagnostics { get; } = new();

    public SiteModel Site { get; }

    public Theme Theme { get; }

    public SiteRenderer Renderer { get; }

    public Issue Latest => Site.Issues[0];

    /// <summary>Renders one file, its problems into <see cref="Diagnostics"/>.</summary>
    public byte[] Render(OutputRequest request) => Renderer.Render(request).ToBytes(Diagnostics);

    private DateOnly? Newest => Site.Issues.Count > 0 ? Site.Issues[0].Date : null;

    public byte[] RenderHome() => Render(new HomePage(Newest));

    public byte[] RenderArchive(Pagination? page = null) =>
        Render(new ArchivePage(page ?? Pagination.For(Site.Issues.Count, Pagination.DefaultPageSize, Permalinks.Archive)[0], Newest));

    public byte[] RenderIssue(Issue issue) => Render(new IssuePage(issue));

    public byte[] RenderStory(StoryEntry entry) => Render(new StoryPage(entry));

    public byte[] RenderRegionIndex() => Render(new RegionIndexPage(Newest));

    public byte[] RenderTopicIndex() => Render(new TopicIndexPage(Newest));

    public byte[] RenderSearch() => Render(new SearchPage(Newest));

    public byte[] RenderNotFound() => Render(new NotFoundPage(Newest));

    public byte[] RenderTerm(Term term, Pagination? page = null) =>
        Render(new TermPage(term, page ?? Pagination.For(term.Stories.Count, Pagination.DefaultPageSize, Permalinks.Term(term))[0], term.Stories.Max(s => s.Issue.Date)));

    public byte[] RenderPage(string title, string? description, string permalink, TrustedHtml body) =>
        Render(new MarkdownPage(new Page("input/pages/x.md", permalink.Trim('/'), title, description, "page", body.Html)));

    public string RenderIssueContent(Issue issue) => Renderer.IssueContent(issue, Diagnostics);

    public string RenderStoryContent(StoryEntry entry) => Renderer.StoryContent(entry, Diagnostics);

    public Term Region(string path) => Site.Regions.SelectMany(r => r.Children.Prepend(r)).Single(t => t.Path == path);

    public Term Topic(string slug) => Site.Topics.Single(t => t.Path == slug);

    /// <summary>Parses a rendered page (UTF-8) and fails the test when the render reported any diagnostic.</summary>
    public IHtmlDocument Parse(byte[] page) => Parse(Text(page));

    /// <summary>A rendered page as text.</summary>
    public static string Text(byte[] page) => System.Text.Encoding.UTF8.GetString(page);

    /// <summary>Parses a page and fails the test when the render reported any diagnostic.</summary>
    public IHtmlDocument Parse(string html)
    {
        Assert.Empty(Diagnostics.Sorted().Select(d => d.ToString()));
        return Parser.ParseDocument(html);
    }

    /// <summary>Every page of the site, by name, in a fixed order.</summary>
    public IEnumerable<(string Name, string Html)> AllPages()
    {
        yield return ("home", Text(RenderHome()));
        yield return ("archive", Text(RenderArchive()));
        foreach (var issue in Site.Issues) yield return ($"issue:{issue.Slug}", Text(RenderIssue(issue)));
        foreach (var story in Site.Stories) yield return ($"story:{story.Issue.Slug}/{story.Story.Slug}", Text(RenderStory(story)));
        yield return ("regions", Text(RenderRegionIndex()));
        yield return ("topics", Text(RenderTopicIndex()));
        yield return ("search", Text(RenderSearch()));
        foreach (var term in Site.AllTerms) yield return ($"term:{term.Path}", Text(RenderTerm(term)));
        yield return ("page:about", Text(RenderPage("About", "What this is.", "/about/", new TrustedHtml("<p>Hello.</p>"))));
        yield return ("404", Text(RenderNotFound()));
        foreach (var issue in Site.Issues) yield return ($"feed-issue:{issue.Slug}", RenderIssueContent(issue));
        foreach (var story in Site.Stories) yield return ($"feed-story:{story.Story.Slug}", RenderStoryContent(story));
    }
}
