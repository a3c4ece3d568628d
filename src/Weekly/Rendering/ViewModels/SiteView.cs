namespace Weekly.Rendering.ViewModels;

/// <summary>The <c>site</c> object of every template: site-wide settings shaped for display.</summary>
/// <param name="Title">Site title.</param>
/// <param name="Description">One-sentence description.</param>
/// <param name="BaseUrl">Absolute base URL ending in '/'.</param>
/// <param name="Language">BCP 47 tag for <c>&lt;html lang&gt;</c>.</param>
/// <param name="Author">Publisher name.</param>
/// <param name="StylesheetUrl">URL of the theme's stylesheet, <c>/assets/css/site.css</c>.</param>
/// <param name="Nav">Header navigation: Home, Issues, Regions, Topics, Search, About, RSS.</param>
/// <param name="Rss">The site's RSS 2.0 feed (<c>/feed.xml</c>), the one "Follow" links point to.</param>
/// <param name="Feeds">All site feeds: RSS, Atom, JSON Feed.</param>
/// <param name="Urls">The fixed pages' URLs, for links in templates.</param>
public sealed record SiteView(
    string Title,
    string Description,
    string BaseUrl,
    string Language,
    string Author,
    string StylesheetUrl,
    IReadOnlyList<NavItemView> Nav,
    FeedLinkView Rss,
    IReadOnlyList<FeedLinkView> Feeds,
    SiteUrls Urls)
{
    /// <summary>The language as Open Graph's <c>og:locale</c> writes it: <c>en_US</c>, or <c>en</c> for a tag without a region; null (none) for <c>x-private</c>.</summary>
    public string? OgLocale => Weekly.Settings.LanguageTags.OpenGraphLocale(Language);
}

/// <summary>URLs of the fixed pages, from <c>Permalinks</c> (site-relative on pages, absolute in feeds).</summary>
/// <param name="Home"><c>/</c></param>
/// <param name="Archive"><c>/issues/</c></param>
/// <param name="Regions"><c>/regions/</c></param>
/// <param name="Topics"><c>/topics/</c></param>
/// <param name="About"><c>/about/</c></param>
/// <param name="Search"><c>/search/</c></param>
/// <param name="SearchIndex"><c>/search/index.json</c>, the search index manifest.</param>
/// <param name="SearchScript"><c>/assets/js/search.js</c>, the search page's script.</param>
public sealed record SiteUrls(string Home, string Archive, string Regions, string Topics, string About, string Search, string SearchIndex, string SearchScript);
