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

    /// <summary>The <c>site</c> object, its URLs in the given style.</summary>
    public static SiteView Create(SiteSettings settings, SiteLinks links)
    {
        var rss = new FeedLinkView($"{settings.Title} (RSS)", links.To(Permalinks.RssFeed), "application/rss+xml");
        return new SiteView(
            settings.Title,
            settings.Description,
            settings.BaseUrl,
            settings.Language,
            settings.Author,
            links.To(StylesheetUrl),
            [
                new("home", "Home", links.To(Permalinks.Home)),
                new("issues", "Issues", links.To(Permalinks.Archive)),
                new("regions", "Regions", links.To(Permalinks.Regions)),
                new("topics", "Topics", links.To(Permalinks.Topics)),
                new("search", "Search", links.To(Permalinks.Search)),
                new("about", "About", links.To(Permalinks.Page(AboutSlug))),
                new("rss", "RSS", links.To(Permalinks.RssFeed)),
            ],
            rss,
            [
                rss,
                new($"{settings.Title} (Atom)", links.To(Permalinks.AtomFeed), "application/atom+xml"),
                new($"{settings.Title} (JSON Feed)", links.To(Permalinks.JsonFeed), "application/feed+json"),
            ],
            new SiteUrls(links.To(Permalinks.Home), links.To(Permalinks.Archive), links.To(Permalinks.Regions), links.To(Permalinks.Topics),
                links.To(Permalinks.Page(AboutSlug)), links.To(Permalinks.Search), links.To(Permalinks.SearchIndex), links.To(Permalinks.SearchScript)));
    }
}
