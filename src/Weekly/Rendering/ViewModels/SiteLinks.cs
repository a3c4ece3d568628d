using Weekly.Domain;

namespace Weekly.Rendering.ViewModels;

/// <summary>
/// How view models write URLs: site-relative on the site's pages (<c>/issues/x/</c>), absolute in feeds
/// (<c>https://example.org/issues/x/</c>), since feed readers show content away from the site. Every URL a
/// view model holds comes from <c>Urls.Permalinks</c> through <see cref="To"/>, so a feed's content is right
/// as it is rendered, with nothing to rewrite afterwards.
/// </summary>
public sealed class SiteLinks
{
    private readonly SiteSettings? _absolute;

    private SiteLinks(SiteSettings? absolute) => _absolute = absolute;

    /// <summary>Site-relative URLs, for pages.</summary>
    public static SiteLinks Relative { get; } = new(null);

    /// <summary>Absolute URLs against the site's base URL, for feeds.</summary>
    public static SiteLinks Absolute(SiteSettings settings) => new(settings);

    /// <summary>The URL of a permalink (site-relative, from <c>Permalinks</c>) in this style.</summary>
    public string To(string permalink) => _absolute is null ? permalink : _absolute.AbsoluteUrl(permalink);
}
