using Weekly.Domain;
using Weekly.Modules;

namespace Weekly.Feeds;

/// <summary>One feed a page links to, for an autodiscovery tag <c>&lt;link rel="alternate" type=".." title=".." href=".."&gt;</c>.</summary>
/// <param name="Title">Human-readable title, plain text (HTML-escape it in the template).</param>
/// <param name="MediaType">Media type: <c>application/rss+xml</c>, <c>application/atom+xml</c> or <c>application/feed+json</c>.</param>
/// <param name="Permalink">Site-relative URL, e.g. <c>/regions/fujian/feed.xml</c>.</param>
/// <param name="Url">Absolute URL (base URL + permalink).</param>
public sealed record FeedLink(string Title, string MediaType, string Permalink, string Url);

/// <summary>Lists the feeds a page should advertise; the theme renders them as autodiscovery links.</summary>
public static class FeedLinks
{
    /// <summary>
    /// The site feeds (RSS, Atom, JSON Feed, in that order) for any page; for a term page, the term's
    /// RSS feed first (readers pick the first).
    /// </summary>
    /// <param name="settings">Site settings (title, base URL).</param>
    /// <param name="term">The term whose page this is, or null for other pages.</param>
    public static IReadOnlyList<FeedLink> For(SiteSettings settings, Term? term = null)
    {
        var links = new List<FeedLink>(4);
        if (term is not null)
        {
            var label = term.Parent is null ? term.Name : $"{term.Name}, {term.Parent.Name}";
            links.Add(Make(settings, $"{settings.Title}: {label} (RSS)", RssFeedWriter.MediaType, Permalinks.TermFeed(term)));
        }
        links.Add(Make(settings, $"{settings.Title} (RSS)", RssFeedWriter.MediaType, Permalinks.RssFeed));
        links.Add(Make(settings, $"{settings.Title} (Atom)", AtomFeedWriter.MediaType, Permalinks.AtomFeed));
        links.Add(Make(settings, $"{settings.Title} (JSON Feed)", JsonFeedWriter.MediaType, Permalinks.JsonFeed));
        return links;
    }

    private static FeedLink Make(SiteSettings settings, string title, string mediaType, string permalink) =>
        new(title, mediaType, permalink, settings.AbsoluteUrl(permalink));
}
