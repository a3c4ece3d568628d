namespace Weekly.Feeds;

/// <summary>
/// One feed before it is written in a format: a channel (RSS), feed (Atom, JSON Feed) and its items,
/// built by <see cref="FeedBuilder"/> from the <c>SiteModel</c> and written by <see cref="RssFeedWriter"/>,
/// <see cref="AtomFeedWriter"/> or <see cref="JsonFeedWriter"/>. Strings are as written by the editor
/// (untrusted); the writers escape them, remove characters XML forbids (<see cref="FeedText.Clean"/>) and isolate plain text holding bidi controls (<see cref="FeedText.Plain"/>).
/// </summary>
/// <param name="Id">Stable feed id, a <c>tag:</c> URI (RFC 4151), e.g. <c>tag:example.org,2020:feed</c>; see <see cref="FeedIds"/>.</param>
/// <param name="Title">Feed title, plain text.</param>
/// <param name="Description">One-sentence description, plain text.</param>
/// <param name="HomePageUrl">Absolute URL of the page the feed belongs to (home page or term page).</param>
/// <param name="Language">BCP 47 language tag, e.g. <c>en</c>.</param>
/// <param name="Author">Author or publisher name.</param>
/// <param name="Updated">Newest item's date (from content, never the clock), in the site's time zone; the Unix epoch when there are no items.</param>
/// <param name="Items">Items newest first, already limited to the configured count.</param>
public sealed record Feed(
    string Id,
    string Title,
    string Description,
    string HomePageUrl,
    string Language,
    string Author,
    DateTimeOffset Updated,
    IReadOnlyList<FeedItem> Items);

/// <summary>One item (RSS) or entry (Atom) of a <see cref="Feed"/>: an issue in site feeds, a story in term feeds.</summary>
/// <param name="Id">Stable GUID, a <c>tag:</c> URI (RFC 4151) that survives rebuilds, base URL scheme changes and headline typo fixes; see <see cref="FeedIds"/>.</param>
/// <param name="Title">Title, plain text (an issue title or a story headline).</param>
/// <param name="Link">Absolute URL of the item's page.</param>
/// <param name="Published">Publication instant in the site's time zone, whole seconds.</param>
/// <param name="Updated">Last-change instant in the site's time zone (equal to <paramref name="Published"/>: content carries no edit dates).</param>
/// <param name="ContentHtml">Full content as an HTML fragment, every <c>href</c>/<c>src</c> absolute.</param>
/// <param name="Summary">Short summary, plain text (may be empty).</param>
/// <param name="Categories">Category names (places, then topics), plain text, no duplicates.</param>
/// <param name="Author">Author name.</param>
public sealed record FeedItem(
    string Id,
    string Title,
    string Link,
    DateTimeOffset Published,
    DateTimeOffset Updated,
    string ContentHtml,
    string Summary,
    IReadOnlyList<string> Categories,
    string Author);
