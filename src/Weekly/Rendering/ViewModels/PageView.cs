using Weekly.Rendering.Markup;

namespace Weekly.Rendering.ViewModels;

/// <summary>The <c>page</c> object of every template: what the head, breadcrumbs and header need.</summary>
/// <param name="Kind">Page kind, also the layout name: <c>home</c>, <c>archive</c>, <c>issue</c>, <c>story</c>, <c>regions</c>, <c>topics</c>, <c>term</c>, <c>page</c>, <c>404</c>.</param>
/// <param name="Section">Navigation key of the page's area (see <see cref="NavItemView.Key"/>), or empty.</param>
/// <param name="Title">The page's own title, used for its <c>h1</c>.</param>
/// <param name="HeadTitle">Text of <c>&lt;title&gt;</c>: <c>Title · Site</c> (<c>Title, page 2 · Site</c>), or the site title alone on the home page; in pieces, each escaped and isolated on its own (<see cref="TextLine"/>).</param>
/// <param name="Description">Meta description, plain text (at most about 160 characters).</param>
/// <param name="Permalink">Site-relative URL of the page, from <c>Permalinks</c>.</param>
/// <param name="CanonicalUrl">Absolute URL of the page (base URL + permalink).</param>
/// <param name="Breadcrumbs">Trail from Home to the page itself (the last item is the current page); empty on the home page.</param>
/// <param name="Alternates">Feeds for <c>&lt;link rel="alternate"&gt;</c>: the page's most specific feed first (a term page's own feed; a story's first place or topic feed), then the site feeds.</param>
/// <param name="Follow">The feed the page's visible "Follow" link points to (term feed on term pages, site RSS on the home page), or null.</param>
/// <param name="OgType">Open Graph type: <c>website</c> or <c>article</c>.</param>
/// <param name="JsonLdSource">Makes the page's schema.org JSON-LD (<see cref="Markup.JsonLd"/>), or null for none: called the first time <see cref="JsonLd"/> is read. Hidden from templates.</param>
public sealed record PageView(
    string Kind,
    string Section,
    string Title,
    TextLine HeadTitle,
    string Description,
    string Permalink,
    string CanonicalUrl,
    IReadOnlyList<LinkView> Breadcrumbs,
    IReadOnlyList<FeedLinkView> Alternates,
    FeedLinkView? Follow,
    string OgType,
    [property: Scriban.Runtime.ScriptMemberIgnore, System.Text.Json.Serialization.JsonIgnore] Func<TrustedHtml>? JsonLdSource)
{
    private TrustedHtml? _jsonLd;

    /// <summary>
    /// schema.org JSON-LD serialised by <see cref="Markup.JsonLd"/>, or null: made when first read, since
    /// only the page's head uses it (feed items are rendered with their page's view too, and never read it).
    /// Reads from several threads may each make it; the results are equal.
    /// </summary>
    public TrustedHtml? JsonLd => JsonLdSource is null ? null : _jsonLd ??= JsonLdSource();

    /// <summary>Pages of a paginated listing (archive, term page), or null; the head links its neighbours with <c>rel="prev"</c>/<c>rel="next"</c>.</summary>
    public PagerView? Pager { get; init; }

    /// <summary>Publication instant (RFC 3339 in the site's zone, <c>2020-01-06T00:00:00+08:00</c>) of an issue or story page, for <c>article:published_time</c>; null elsewhere.</summary>
    public string? Published { get; init; }

    /// <summary>
    /// URL of the header menu item that is this very page (it gets <c>aria-current="page"</c>), or empty. With
    /// <see cref="Section"/> it is all the header depends on, so the theme renders the header once per pair
    /// (<c>include_cached 'header' page.section page.current_nav_url</c>) rather than once per page.
    /// </summary>
    public string CurrentNavUrl { get; init; } = "";

    /// <summary>
    /// True for a page search engines must not index and that has no URL of its own (the 404 page, served at every
    /// unknown path): the head then has <c>&lt;meta name="robots" content="noindex"&gt;</c> and no canonical link or <c>og:url</c>.
    /// </summary>
    public bool NoIndex { get; init; }

    /// <summary>Open Graph / Twitter card title: <see cref="Title"/>, or the site title on the home page.</summary>
    public string ShareTitle => Kind == "home" ? HeadTitle.ToString() : Title;
}

/// <summary>What an alias page (the <c>alias</c> layout) shows: where the page it stands for lives now.</summary>
/// <param name="Url">The page's URL now, absolute (meta refresh and canonical link).</param>
/// <param name="Permalink">The same, site-relative.</param>
/// <param name="Title">The page's title (a headline, an issue title).</param>
public sealed record AliasView(string Url, string Permalink, string Title);
