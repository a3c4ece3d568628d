using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Weekly.Core;
using Weekly.Domain;
using Weekly.Rendering;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Rendering;

/// <summary>Loads the real theme/ once per test and renders the sample site with it.</summary>
internal sealed class RenderFixture
{
    private static readonly HtmlParser Parser = new();

    public RenderFixture(SiteModel? site = null)
    {
        Site = site ?? SampleSite.Create();
        Theme = Theme.Load(RepoPaths.Theme, Diagnostics);
        Renderer = new SiteRenderer(Theme, Site, Diagnostics);
    }

    public DiagnosticBag Diagnostics { get; } = new();

    public SiteModel Site { get; }

    public Theme Theme { get; }

    public SiteRenderer Renderer { get; }

    public Issue Latest => Site.Issues[0];

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
        yield return ("home", Text(Renderer.RenderHome()));
        yield return ("archive", Text(Renderer.RenderArchive()));
        foreach (var issue in Site.Issues) yield return ($"issue:{issue.Slug}", Text(Renderer.RenderIssue(issue)));
        foreach (var story in Site.Stories) yield return ($"story:{story.Issue.Slug}/{story.Story.Slug}", Text(Renderer.RenderStory(story)));
        yield return ("regions", Text(Renderer.RenderRegionIndex()));
        yield return ("topics", Text(Renderer.RenderTopicIndex()));
        yield return ("search", Text(Renderer.RenderSearch()));
        foreach (var term in Site.Regions.SelectMany(r => r.Children.Prepend(r)).Concat(Site.Topics)) yield return ($"term:{term.Path}", Text(Renderer.RenderTerm(term)));
        yield return ("page:about", Text(Renderer.RenderPage("About", "What this is.", "/about/", new TrustedHtml("<p>Hello.</p>"))));
        yield return ("404", Text(Renderer.RenderNotFound()));
        foreach (var issue in Site.Issues) yield return ($"feed-issue:{issue.Slug}", Renderer.RenderIssueContent(issue));
        foreach (var story in Site.Stories) yield return ($"feed-story:{story.Story.Slug}", Renderer.RenderStoryContent(story));
    }
}
