namespace Weekly.Rendering.ViewModels;

/// <summary>A link for templates: display text (escaped on output) and a site-relative URL from <c>Permalinks</c>.</summary>
/// <param name="Title">Link text, e.g. an issue title.</param>
/// <param name="Url">Site-relative URL, e.g. <c>/issues/x/</c>.</param>
public sealed record LinkView(string Title, string Url);

/// <summary>An entry of the header navigation.</summary>
/// <param name="Key">Stable key matched against <see cref="PageView.Section"/> to mark the current entry (<c>home</c>, <c>issues</c>, <c>regions</c>, <c>topics</c>, <c>about</c>, <c>rss</c>).</param>
/// <param name="Title">Link text.</param>
/// <param name="Url">Site-relative URL.</param>
public sealed record NavItemView(string Key, string Title, string Url);

/// <summary>A feed a page links to with <c>&lt;link rel="alternate"&gt;</c> or a visible "Follow" link.</summary>
/// <param name="Title">Human title, e.g. <c>Industry Blockchain Weekly (RSS)</c> or <c>Fuzhou</c>.</param>
/// <param name="Url">Site-relative URL, e.g. <c>/feed.xml</c>.</param>
/// <param name="MediaType">IANA media type: <c>application/rss+xml</c>, <c>application/atom+xml</c> or <c>application/feed+json</c>.</param>
public sealed record FeedLinkView(string Title, string Url, string MediaType);
