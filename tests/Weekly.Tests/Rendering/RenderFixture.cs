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

    /// <summary>Parses a page and fails the test when the render reported any diagnostic.</summary>
    public IHtmlDocument Parse(string html)
    {
        Assert.Empty(Diagnostics.Sorted().Select(d => d.ToString()));
        return Parser.ParseDocument(html);
    }

    /// <summary>Every page of the site, by name, in a fixed order.</summary>
    public IEnumerable<(string Name, string Html)> AllPages()
    {
        yield return ("home", Renderer.RenderHome());
        yield return ("archive", Renderer.RenderArchive());
        foreach (var issue in Site.Issues) yield return ($"issue:{issue.Slug}", Renderer.RenderIssue(issue));
        foreach (var story in Site.Stories) yield return ($"story:{story.Issue.Slug}/{story.Story.Slug}", Renderer.RenderStory(story));
        yield return ("regions", Renderer.RenderRegionIndex());
        yield return ("topics", Renderer.RenderTopicIndex());
        yield return ("search", Renderer.RenderSearch());
        foreach (var term in Site.Regions.SelectMany(r => r.Children.Prepend(r)).Concat(Site.Topics)) yield return ($"term:{term.Path}", Renderer.RenderTerm(term));
        yield return ("page:about", Renderer.RenderPage("About", "What this is.", "/about/", new TrustedHtml("<p>Hello.</p>")));
        yield return ("404", Renderer.RenderNotFound());
        foreach (var issue in Site.Issues) yield return ($"feed-issue:{issue.Slug}", Renderer.RenderIssueContent(issue));
        foreach (var story in Site.Stories) yield return ($"feed-story:{story.Story.Slug}", Renderer.RenderStoryContent(story));
    }
}
