using System.Collections.Concurrent;
using Weekly.Domain;

namespace Weekly.Rendering.ViewModels;

/// <summary>
/// The views feed items are rendered with: the page views of <see cref="SiteViewModels"/> with every URL made absolute
/// (base URL + permalink, <see cref="SiteSettings.AbsoluteUrl"/>), since a feed reader resolves a relative link against
/// the feed, or not at all (RSS 2.0 has no base). Mapped per item rather than kept, but the term links stay shared: each
/// relative <see cref="TermLinksView"/> maps to one absolute one, so <c>include_cached 'term-links'</c> still renders
/// each set of links once. Thread-safe.
/// </summary>
public sealed class FeedViews
{
    private readonly SiteViewModels _views;
    private readonly SiteSettings _settings;
    private readonly ConcurrentDictionary<TermLinksView, TermLinksView> _termLinks = new(ReferenceEqualityComparer.Instance);

    /// <summary>Maps the views of <paramref name="views"/>.</summary>
    public FeedViews(SiteViewModels views)
    {
        (_views, _settings) = (views, views.Model.Settings);
        Site = MapSite(views.Site);
    }

    /// <summary>The <c>site</c> object, URLs absolute.</summary>
    public SiteView Site { get; }

    /// <summary>The <c>issue</c> object of an issue's feed item.</summary>
    public IssueView Issue(Issue issue) => Map(_views.Issues.Issue(issue));

    /// <summary>The <c>story</c> object of a story's feed item.</summary>
    public StoryView Story(StoryEntry entry) => Map(_views.Issues.Story(entry));

    /// <summary>The <c>page</c> object of an issue's feed item: its issue page's, URLs absolute.</summary>
    public PageView IssuePage(Issue issue) => Map(_views.Pages.Issue(issue));

    /// <summary>The <c>page</c> object of a story's feed item: its story page's, URLs absolute.</summary>
    public PageView StoryPage(StoryEntry entry) => Map(_views.Pages.Story(entry));

    private string Absolute(string url) => _settings.AbsoluteUrl(url);

    private string? AbsoluteOrNull(string? url) => url is null ? null : Absolute(url);

    private LinkView Map(LinkView link) => link with { Url = Absolute(link.Url) };

    private LinkView? MapOrNull(LinkView? link) => link is null ? null : Map(link);

    private List<LinkView> Map(IReadOnlyList<LinkView> links) => links.Select(Map).ToList();

    private FeedLinkView Map(FeedLinkView feed) => feed with { Url = Absolute(feed.Url) };

    private IssueView Map(IssueView issue) => issue with
    {
        Url = Absolute(issue.Url),
        Sections = issue.Sections.Select(s => s with { Stories = s.Stories.Select(Map).ToList() }).ToList(),
        Previous = issue.Previous is { } previous ? previous with { Url = AbsoluteOrNull(previous.Url) } : null,
        Older = MapOrNull(issue.Older),
        Newer = MapOrNull(issue.Newer),
    };

    private StoryView Map(StoryView story)
    {
        var termLinks = _termLinks.GetOrAdd(story.TermLinks, links => new TermLinksView(Map(links.Regions), Map(links.Topics)));
        return story with
        {
            Url = Absolute(story.Url),
            AnchorUrl = Absolute(story.AnchorUrl),
            Regions = termLinks.Regions,
            Topics = termLinks.Topics,
            TermLinks = termLinks,
            Issue = Map(story.Issue),
            Previous = MapOrNull(story.Previous),
            Next = MapOrNull(story.Next),
        };
    }

    private PageView Map(PageView page) => page with
    {
        Permalink = Absolute(page.Permalink),
        Breadcrumbs = Map(page.Breadcrumbs),
        Alternates = page.Alternates.Select(Map).ToList(),
        Follow = page.Follow is { } follow ? Map(follow) : null,
        Pager = page.Pager is { } pager ? pager with { Previous = MapOrNull(pager.Previous), Next = MapOrNull(pager.Next) } : null,
        CurrentNavUrl = page.CurrentNavUrl.Length == 0 ? "" : Absolute(page.CurrentNavUrl),
    };

    private SiteView MapSite(SiteView site) => site with
    {
        StylesheetUrl = Absolute(site.StylesheetUrl),
        Nav = site.Nav.Select(item => item with { Url = Absolute(item.Url) }).ToList(),
        Rss = Map(site.Rss),
        Feeds = site.Feeds.Select(Map).ToList(),
        Urls = new SiteUrls(Absolute(site.Urls.Home), Absolute(site.Urls.Archive), Absolute(site.Urls.Regions), Absolute(site.Urls.Topics),
            Absolute(site.Urls.About), Absolute(site.Urls.Search), Absolute(site.Urls.SearchIndex), Absolute(site.Urls.SearchScript)),
    };
}
