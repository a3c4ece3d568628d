namespace Weekly.Domain;

/// <summary>
/// Site-wide settings from <c>input/site.yml</c> (keys in snake_case there), with the CLI's
/// <c>--base-url</c> applied on top.
/// </summary>
public sealed record SiteSettings
{
    /// <summary>Site title, e.g. <c>Industry Blockchain Weekly</c>.</summary>
    public string Title { get; init; } = "Industry Blockchain Weekly";

    /// <summary>One-sentence description for meta tags and feeds.</summary>
    public string Description { get; init; } = "China's blockchain policy and industry news, one issue a week.";

    /// <summary>Absolute base URL ending in exactly one '/', e.g. <c>https://example.org/</c>.</summary>
    public string BaseUrl { get; init; } = "https://example.org/";

    /// <summary>BCP 47 language tag of the content, for <c>&lt;html lang&gt;</c> and feeds.</summary>
    public string Language { get; init; } = "en";

    /// <summary>IANA time zone of the newsroom; date-only values mean midnight here. Default Asia/Shanghai.</summary>
    public string TimeZone { get; init; } = "Asia/Shanghai";

    /// <summary>Author or publisher name for feeds and JSON-LD.</summary>
    public string Author { get; init; } = "Industry Blockchain Weekly";

    /// <summary>Items in the site feeds (one per issue). Default 20.</summary>
    public int SiteFeedItems { get; init; } = 20;

    /// <summary>Items in each term feed (one per story). Default 50.</summary>
    public int TermFeedItems { get; init; } = 50;

    /// <summary>
    /// Authority of feed GUIDs (<c>site.yml</c> key <c>feed_id_authority</c>): a domain name (or email address)
    /// the publisher owned on <see cref="FeedIdDate"/>, per RFC 4151 <c>tag:</c> URIs. Null means the base
    /// URL's host. Pin it before moving the site to another host, or every feed item shows up again as new.
    /// </summary>
    public string? FeedIdAuthority { get; init; }

    /// <summary>
    /// Date of feed GUIDs (<c>site.yml</c> key <c>feed_id_date</c>): <c>YYYY</c>, <c>YYYY-MM</c> or
    /// <c>YYYY-MM-DD</c>, a day on which the publisher owned <see cref="FeedIdAuthority"/> (RFC 4151). Default 2020.
    /// Never change it once feeds are published.
    /// </summary>
    public string FeedIdDate { get; init; } = "2020";

    /// <summary>
    /// The authority of feed ids: <see cref="FeedIdAuthority"/> when pinned, else the base URL's host (IDNA form, lowercase),
    /// so a change from http to https keeps every id. Empty when neither gives one.
    /// </summary>
    public string TagAuthority =>
        FeedIdAuthority is { Length: > 0 } pinned ? pinned
        : Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) ? uri.IdnHost.ToLowerInvariant() : "";

    /// <summary>Issues listed on the home page besides the latest. Default 10.</summary>
    public int HomeIssues { get; init; } = 10;

    /// <summary>Resolves <see cref="TimeZone"/>.</summary>
    /// <exception cref="TimeZoneNotFoundException">Unknown zone id (the settings loader reports it first as a diagnostic).</exception>
    public TimeZoneInfo ResolveTimeZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>Makes an absolute URL from a site-relative one (<c>/issues/x/</c>), with exactly one '/' between base and path.</summary>
    public string AbsoluteUrl(string relative) => string.Concat(BaseUrl.AsSpan().TrimEnd('/'), "/", relative.AsSpan().TrimStart('/'));
}
