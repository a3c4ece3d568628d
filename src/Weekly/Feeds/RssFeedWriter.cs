using System.Xml;

namespace Weekly.Feeds;

/// <summary>
/// Writes a <see cref="Feed"/> as RSS 2.0 (https://www.rssboard.org/rss-specification) with an XmlWriter:
/// <c>atom:link rel="self"</c>, <c>lastBuildDate</c> from the newest item, RFC 822 dates with a numeric
/// zone (<see cref="FeedDates.ToRfc822"/>), <c>guid isPermaLink="false"</c> holding the item id, the plain
/// summary as entity-encoded HTML in <c>description</c>, the full HTML in <c>content:encoded</c> and the
/// author in <c>dc:creator</c>. Each namespace is declared on the root only when the feed uses it.
/// Titles and categories are plain text (RSS Best Practices Profile).
/// </summary>
public static class RssFeedWriter
{
    /// <summary>Media type for autodiscovery links.</summary>
    public const string MediaType = "application/rss+xml";

    /// <summary>Atom 1.0 namespace, for <c>atom:link</c>.</summary>
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <summary>RSS 1.0 content module namespace, for <c>content:encoded</c>.</summary>
    public const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";

    /// <summary>Dublin Core elements namespace, for <c>dc:creator</c>.</summary>
    public const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

    /// <summary>Writes the feed.</summary>
    /// <param name="feed">The feed.</param>
    /// <param name="selfUrl">Absolute URL the feed is served at, e.g. <c>https://example.org/feed.xml</c>.</param>
    /// <returns>The XML document as UTF-8 bytes (no BOM), UTF-8 declaration, LF line ends, ending in LF.</returns>
    public static byte[] Write(Feed feed, string selfUrl) => FeedXml.Write(w =>
    {
        var usesContent = feed.Items.Any(i => i.ContentHtml.Length > 0);
        var usesDc = feed.Items.Any(i => i.Author.Length > 0);
        w.WriteStartElement("rss");
        w.WriteAttributeString("version", "2.0");
        w.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
        if (usesContent) w.WriteAttributeString("xmlns", "content", null, ContentNamespace);
        if (usesDc) w.WriteAttributeString("xmlns", "dc", null, DublinCoreNamespace);
        w.WriteStartElement("channel");
        PlainElement(w, "title", feed.Title);
        FeedXml.Element(w, "link", feed.HomePageUrl);
        PlainElement(w, "description", feed.Description);
        w.WriteStartElement("atom", "link", AtomNamespace);
        w.WriteAttributeString("href", FeedText.Clean(selfUrl));
        w.WriteAttributeString("rel", "self");
        w.WriteAttributeString("type", MediaType);
        w.WriteEndElement();
        FeedXml.Element(w, "language", feed.Language);
        if (feed.Items.Count > 0) FeedXml.Element(w, "lastBuildDate", FeedDates.ToRfc822(feed.Updated));
        FeedXml.Element(w, "generator", "Weekly");
        foreach (var item in feed.Items) WriteItem(w, item);
        w.WriteEndElement();
        w.WriteEndElement();
    });

    private static void WriteItem(XmlWriter w, FeedItem item)
    {
        w.WriteStartElement("item");
        PlainElement(w, "title", item.Title);
        FeedXml.Element(w, "link", item.Link);
        w.WriteStartElement("guid");
        w.WriteAttributeString("isPermaLink", "false");
        w.WriteString(FeedText.Clean(item.Id));
        w.WriteEndElement();
        FeedXml.Element(w, "pubDate", FeedDates.ToRfc822(item.Published));
        if (item.Author.Length > 0)
        {
            w.WriteStartElement("dc", "creator", DublinCoreNamespace);
            FeedXml.PlainText(w, item.Author);
            w.WriteEndElement();
        }
        foreach (var category in item.Categories) PlainElement(w, "category", category);
        if (item.Summary.Length > 0) FeedXml.Element(w, "description", FeedText.TextToHtml(FeedText.Plain(item.Summary)));
        if (item.ContentHtml.Length > 0)
        {
            w.WriteStartElement("content", "encoded", ContentNamespace);
            w.WriteString(FeedText.Clean(item.ContentHtml));
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void PlainElement(XmlWriter w, string name, string text)
    {
        w.WriteStartElement(name);
        FeedXml.PlainText(w, text);
        w.WriteEndElement();
    }
}
