using Weekly.Domain;
using Weekly.Urls;

namespace Weekly.Rendering.ViewModels;

/// <summary>Makes the <c>site</c> object: site-wide settings, the header menu and the site feeds.</summary>
public static class SiteViews
{
    /// <summary>Site-relative URL of the theme stylesheet (<c>theme/assets/css/site.css</c> copied to <c>output/assets/css/</c>).</summary>
    public const string StylesheetUrl = "/assets/css/site.css";

    /// <summary>Slug of the About page, <c>input/pages/about.md</c>, which the header menu links to.</summary>
    public const string AboutSlug = "about";

    /// <summary>The <c>site</c> object, its URLs site-relative.</summary>
    public static SiteView Create(SiteSettings settings)
    {
        var rss = new FeedLinkView($"{settings.Title} (RSS)", Permalinks.RssFeed, "application/rss+xml");
        return new SiteView(
            settings.Title,
            settings.Description,
            settings.BaseUrl,
            settings.Language,
            settings.Author,
            StylesheetUrl,
            [
                new("home", "Home", Permalinks.Home),
                new("issues", "Issues", Permalinks.Archive),
                new("regions", "Regions", Permalinks.Regions),
                new("topics", "Topics", Permalinks.Topics),
                new("search", "Search", Permalinks.Search),
                new("about", "About", Permalinks.Page(AboutSlug)),
                new("rss", "RSS", Permalinks.RssFeed),
            ],
            rss,
            [
                rss,
                new($"{settings.Title} (Atom)", Permalinks.AtomFeed, "application/atom+xml"),
                new($"{settings.Title} (JSON Feed)", Permalinks.JsonFeed, "application/feed+json"),
            ],
            new SiteUrls(Permalinks.Home, Permalinks.Archive, Permalinks.Regions, Permalinks.Topics,
                Permalinks.Page(AboutSlug), Permalinks.Search, Permalinks.SearchIndex, Permalinks.SearchScript));
    }
}
