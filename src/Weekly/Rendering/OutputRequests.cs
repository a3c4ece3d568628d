using Weekly.Domain;
using Weekly.Urls;

namespace Weekly.Rendering;

/// <summary>One file of the site the renderer makes (<see cref="SiteRenderer.Render"/>): what it shows and where it goes.</summary>
/// <param name="Permalink">Site-relative URL (<see cref="Permalinks"/>); directory permalinks are written as <c>index.html</c>.</param>
public abstract record OutputRequest(string Permalink)
{
    /// <summary>Output path relative to the output folder, e.g. <c>issues/x/index.html</c>.</summary>
    public string Destination => Permalinks.ToDestination(Permalink);

    /// <summary>The input file the page comes from (a seed, a Markdown page), for diagnostics about its path; null for generated files.</summary>
    public virtual string? Source => null;
}

/// <summary>An HTML page rendered through the theme's layouts.</summary>
/// <param name="Permalink">As for <see cref="OutputRequest"/>.</param>
/// <param name="LastModified">The sitemap's <c>lastmod</c> (a content date, never the clock), or null for none.</param>
public abstract record PageRequest(string Permalink, DateOnly? LastModified) : OutputRequest(Permalink)
{
    /// <summary>True when the sitemap lists the page (all but the 404 page).</summary>
    public virtual bool InSitemap => true;
}

/// <summary>Home <c>/</c>: the latest issue's intro and table of contents, then the recent issues.</summary>
public sealed record HomePage(DateOnly? LastModified) : PageRequest(Permalinks.Home, LastModified);

/// <summary>The issue archive, newest first, one page of it (<c>/issues/</c>, <c>/issues/page/2/</c>, …).</summary>
public sealed record ArchivePage(Pagination Pagination, DateOnly? LastModified) : PageRequest(Pagination.Url, LastModified);

/// <summary>The region index <c>/regions/</c>: the chart of stories per province, then provinces and their cities.</summary>
public sealed record RegionIndexPage(DateOnly? LastModified) : PageRequest(Permalinks.Regions, LastModified);

/// <summary>The topic index <c>/topics/</c>.</summary>
public sealed record TopicIndexPage(DateOnly? LastModified) : PageRequest(Permalinks.Topics, LastModified);

/// <summary>The search page <c>/search/</c>: a form, and the script that searches the index (reading needs no script).</summary>
public sealed record SearchPage(DateOnly? LastModified) : PageRequest(Permalinks.Search, LastModified);

/// <summary>The not-found page <c>/404.html</c>, served by Netlify for unknown paths; not in the sitemap.</summary>
public sealed record NotFoundPage(DateOnly? LastModified) : PageRequest(Permalinks.NotFound, LastModified)
{
    /// <inheritdoc />
    public override bool InSitemap => false;
}

/// <summary>An issue page <c>/issues/&lt;slug&gt;/</c>: intro, "In this issue", sections with stories and commentary, footers.</summary>
public sealed record IssuePage(Issue Issue) : PageRequest(Permalinks.Issue(Issue), Issue.Date)
{
    /// <inheritdoc />
    public override string? Source => Issue.SourcePath;
}

/// <summary>A story page <c>/issues/&lt;issue&gt;/&lt;story&gt;/</c>.</summary>
public sealed record StoryPage(StoryEntry Story) : PageRequest(Permalinks.Story(Story.Issue, Story.Story), Story.Issue.Date)
{
    /// <inheritdoc />
    public override string? Source => Story.Issue.SourcePath;
}

/// <summary>
/// One page of a term (province, city or topic): its stories newest first, <see cref="Pagination"/>'s slice
/// (<c>/regions/beijing/</c>, <c>/regions/beijing/page/2/</c>); a province also lists its cities, a topic shows its chart.
/// </summary>
public sealed record TermPage(Term Term, Pagination Pagination, DateOnly? LastModified) : PageRequest(Pagination.Url, LastModified);

/// <summary>A hand-written page from <c>input/pages/</c>, rendered with its own layout (<c>page</c> by default).</summary>
public sealed record MarkdownPage(Page Page) : PageRequest(Permalinks.Page(Page.Slug), null)
{
    /// <inheritdoc />
    public override string? Source => Page.SourcePath;
}

/// <summary>A feed, written with an XML or JSON writer (not a template); item content comes from the theme's feed partials.</summary>
public abstract record FeedRequest(string Permalink) : OutputRequest(Permalink);

/// <summary>The site feed, one item per issue, in one format: <c>/feed.xml</c> (RSS 2.0), <c>/atom.xml</c> (Atom 1.0), <c>/feed.json</c> (JSON Feed 1.1).</summary>
public sealed record SiteFeed(FeedFormat Format) : FeedRequest(Format switch
{
    FeedFormat.Atom => Permalinks.AtomFeed,
    FeedFormat.Json => Permalinks.JsonFeed,
    _ => Permalinks.RssFeed,
});

/// <summary>A term's RSS feed, one item per story: <c>/regions/fujian/feed.xml</c>, <c>/topics/finance/feed.xml</c>.</summary>
public sealed record TermFeed(Term Term) : FeedRequest(Permalinks.TermFeed(Term));

/// <summary>The formats of the site feed.</summary>
public enum FeedFormat
{
    /// <summary>RSS 2.0.</summary>
    Rss,

    /// <summary>Atom 1.0.</summary>
    Atom,

    /// <summary>JSON Feed 1.1.</summary>
    Json,
}

/// <summary><c>/sitemap.xml</c> (sitemaps.org 0.9): the given pages' canonical URLs, absolute and sorted, with <c>lastmod</c>.</summary>
public sealed record SitemapRequest(IReadOnlyList<PageRequest> Pages) : OutputRequest(Permalinks.Sitemap);

/// <summary>
/// An alias page at an old URL of a page that moved (as Hugo's aliases): a meta refresh, a canonical link and a plain
/// link to the page's URL now, marked noindex; layout <c>alias</c>, rendered alone (no base layout). Not in the sitemap.
/// </summary>
public sealed record AliasPage(Redirect Redirect) : OutputRequest(Redirect.From);

/// <summary>
/// <c>/_redirects</c> for Netlify: <paramref name="EditorRules"/> (<c>input/static/_redirects</c>, first, so they win), then
/// one forced <c>301!</c> rule per old URL (forced, since the alias page there would otherwise shadow the rule).
/// </summary>
/// <param name="EditorRules">The editors' own rules, or empty.</param>
/// <param name="Redirects">The old URLs of moved pages.</param>
public sealed record RedirectsRequest(string EditorRules, IReadOnlyList<Redirect> Redirects) : OutputRequest(Permalinks.Redirects);

/// <summary><c>/robots.txt</c>, allowing everything and pointing at the sitemap.</summary>
public sealed record RobotsRequest() : OutputRequest(Permalinks.Robots);
