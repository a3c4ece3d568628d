using Weekly.Domain;

namespace Weekly.Urls;

/// <summary>
/// The site's URL scheme (DESIGN.md §2), as site-relative permalinks starting with '/'.
/// Directory permalinks end in '/' and are written as <c>index.html</c> (see <see cref="ToDestination"/>).
/// Every page, feed and link takes its URL from here, so the scheme lives in one place.
/// </summary>
public static class Permalinks
{
    /// <summary>Home page: the latest issue and recent issues.</summary>
    public const string Home = "/";

    /// <summary>Issue archive, newest first.</summary>
    public const string Archive = "/issues/";

    /// <summary>Region index (provinces with their cities).</summary>
    public const string Regions = "/regions/";

    /// <summary>Topic index.</summary>
    public const string Topics = "/topics/";

    /// <summary>Site RSS 2.0 feed, one item per issue.</summary>
    public const string RssFeed = "/feed.xml";

    /// <summary>Site Atom 1.0 feed, one entry per issue.</summary>
    public const string AtomFeed = "/atom.xml";

    /// <summary>Site JSON Feed 1.1, one item per issue.</summary>
    public const string JsonFeed = "/feed.json";

    /// <summary>Sitemap (sitemaps.org protocol 0.9).</summary>
    public const string Sitemap = "/sitemap.xml";

    /// <summary>Not-found page, served by Netlify for unknown paths.</summary>
    public const string NotFound = "/404.html";

    /// <summary>Netlify's redirect rules: the editors' own (<c>input/static/_redirects</c>), then the old URLs of moved pages.</summary>
    public const string Redirects = "/_redirects";

    /// <summary>robots.txt.</summary>
    public const string Robots = "/robots.txt";

    /// <summary>The search page; its script loads the index below <see cref="SearchIndex"/>.</summary>
    public const string Search = "/search/";

    /// <summary>The search index manifest (see <c>Weekly.Search.SearchIndex</c>); its shards live beside it.</summary>
    public const string SearchIndex = "/search/index.json";

    /// <summary>The search page's script (<c>theme/assets/js/search.js</c>, copied to <c>/assets/js/</c>).</summary>
    public const string SearchScript = "/assets/js/search.js";

    /// <summary>Segment between a listing's URL and its page number: <c>/regions/beijing/page/2/</c>.</summary>
    public const string PageSegment = "page";

    /// <summary>
    /// Page <paramref name="number"/> (1-based) of a paginated listing whose first page is
    /// <paramref name="first"/> (a directory permalink): page 1 is <paramref name="first"/> itself,
    /// page n is <c>&lt;first&gt;page/n/</c>, e.g. <c>/regions/beijing/page/2/</c>, <c>/issues/page/3/</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is below 1.</exception>
    public static string Paged(string first, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        return number == 1 ? first : $"{first}{PageSegment}/{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}/";
    }

    /// <summary><c>/issues/&lt;issue-slug&gt;/</c>.</summary>
    public static string Issue(Issue issue) => $"/issues/{issue.Slug}/";

    /// <summary><c>/issues/&lt;issue-slug&gt;/&lt;story-slug&gt;/</c>.</summary>
    public static string Story(Issue issue, Story story) => $"/issues/{issue.Slug}/{story.Slug}/";

    /// <summary>The story's anchor on its issue page: <c>/issues/&lt;issue-slug&gt;/#&lt;story-slug&gt;</c>.</summary>
    public static string StoryAnchor(Issue issue, Story story) => $"/issues/{issue.Slug}/#{story.Slug}";

    /// <summary>A term page: <c>/regions/fujian/fuzhou/</c> or <c>/topics/finance/</c>.</summary>
    public static string Term(Term term) => $"{Taxonomy(term.Kind)}{term.Path}/";

    /// <summary>A term's RSS feed: <c>/regions/fujian/feed.xml</c>.</summary>
    public static string TermFeed(Term term) => $"{Taxonomy(term.Kind)}{term.Path}/feed.xml";

    /// <summary>A region page by its slug path, e.g. <c>fujian/fuzhou</c>.</summary>
    public static string Region(string path) => $"{Regions}{path}/";

    /// <summary>A topic page by slug.</summary>
    public static string Topic(string slug) => $"{Topics}{slug}/";

    /// <summary>A hand-written page from <c>input/pages/&lt;slug&gt;.md</c>: <c>/&lt;slug&gt;/</c>.</summary>
    public static string Page(string slug) => $"/{slug}/";

    /// <summary>The taxonomy index of a kind: <c>/regions/</c> or <c>/topics/</c>.</summary>
    public static string Taxonomy(TaxonomyKind kind) => kind == TaxonomyKind.Region ? Regions : Topics;

    /// <summary>
    /// Turns a permalink into an output path relative to the output folder: <c>/issues/x/</c> gives
    /// <c>issues/x/index.html</c>, <c>/feed.xml</c> gives <c>feed.xml</c>.
    /// </summary>
    public static string ToDestination(string permalink)
    {
        var path = permalink.AsSpan().TrimStart('/');
        if (path.Length == 0 || path[^1] == '/') return string.Concat(path, "index.html");
        return path.Length == permalink.Length ? permalink : path.ToString();
    }
}
