using System.Xml;

namespace Weekly.Feeds;

/// <summary>
/// Writes a <see cref="Feed"/> as Atom 1.0 (RFC 4287) with an XmlWriter: <c>link rel="self"</c> and
/// <c>rel="alternate"</c>, <c>updated</c> from the newest entry, RFC 3339 dates
/// (<see cref="FeedDates.ToRfc3339"/>), titles and summaries as <c>type="text"</c>, the full content as
/// <c>type="html"</c>, the feed-level author (entries repeat it only when theirs differs).
/// </summary>
public static class AtomFeedWriter
{
    /// <summary>Media type for autodiscovery links.</summary>
    public const string MediaType = "application/atom+xml";

    /// <summary>Atom 1.0 namespace.</summary>
    public const string Namespace = "http://www.w3.org/2005/Atom";

    /// <summary>Writes the feed.</summary>
    /// <param name="feed">The feed.</param>
    /// <param name="selfUrl">Absolute URL the feed is served at, e.g. <c>https://example.org/atom.xml</c>.</param>
    /// <returns>The XML document as UTF-8 bytes (no BOM), UTF-8 declaration, LF line ends, ending in LF.</returns>
    public static byte[] Write(Feed feed, string selfUrl) => FeedXml.Write(w =>
    {
        w.WriteStartElement("feed", Namespace);
        w.WriteAttributeString("xml", "lang", null, FeedText.Clean(feed.Language));
        Text(w, "title", "text", FeedText.Plain(feed.Title));
        Text(w, "subtitle", "text", FeedText.Plain(feed.Description));
        FeedXml.Element(w, "id", feed.Id);
        FeedXml.Element(w, "updated", FeedDates.ToRfc3339(feed.Updated));
        Link(w, "self", MediaType, selfUrl);
        Link(w, "alternate", "text/html", feed.HomePageUrl);
        Author(w, feed.Author);
        FeedXml.Element(w, "generator", "Weekly");
        foreach (var item in feed.Items) WriteEntry(w, item, feed.Author);
        w.WriteEndElement();
    });

    private static void WriteEntry(XmlWriter w, FeedItem item, string feedAuthor)
    {
        w.WriteStartElement("entry");
        Text(w, "title", "text", FeedText.Plain(item.Title));
        FeedXml.Element(w, "id", item.Id);
        Link(w, "alternate", "text/html", item.Link);
        FeedXml.Element(w, "published", FeedDates.ToRfc3339(item.Published));
        FeedXml.Element(w, "updated", FeedDates.ToRfc3339(item.Updated));
        if (!string.Equals(item.Author, feedAuthor, StringComparison.Ordinal) && item.Author.Length > 0) Author(w, item.Author);
        foreach (var category in item.Categories)
        {
            w.WriteStartElement("category");
            w.WriteAttributeString("term", FeedText.Plain(category));
            w.WriteEndElement();
        }
        if (item.Summary.Length > 0) Text(w, "summary", "text", FeedText.Plain(item.Summary));
        if (item.ContentHtml.Length > 0) Text(w, "content", "html", item.ContentHtml);
        w.WriteEndElement();
    }

    private static void Text(XmlWriter w, string name, string type, string text)
    {
        w.WriteStartElement(name);
        w.WriteAttributeString("type", type);
        w.WriteString(FeedText.Clean(text));
        w.WriteEndElement();
    }

    private static void Link(XmlWriter w, string rel, string type, string href)
    {
        w.WriteStartElement("link");
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", FeedText.Clean(href));
        w.WriteEndElement();
    }

    private static void Author(XmlWriter w, string name)
    {
        w.WriteStartElement("author");
        FeedXml.Element(w, "name", FeedText.Plain(name));
        w.WriteEndElement();
    }
}
