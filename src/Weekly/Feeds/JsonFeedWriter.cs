using System.Text.Encodings.Web;
using System.Text.Json;

namespace Weekly.Feeds;

/// <summary>
/// Writes a <see cref="Feed"/> as JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) with
/// <see cref="Utf8JsonWriter"/>: <c>feed_url</c>, feed-level <c>authors</c>, items with <c>id</c>,
/// <c>url</c>, plain-text <c>title</c> and <c>summary</c>, <c>content_html</c>, RFC 3339
/// <c>date_published</c>/<c>date_modified</c> and <c>tags</c>. Escaping is JSON's own (quotes, backslashes,
/// controls, and non-BMP characters such as emoji as <c>\u</c> escapes); HTML-sensitive characters are
/// written as they are (<see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>) because the file is
/// served as <c>application/feed+json</c>, never embedded in an HTML page, so <c>content_html</c> stays readable.
/// </summary>
public static class JsonFeedWriter
{
    /// <summary>Media type for autodiscovery links.</summary>
    public const string MediaType = "application/feed+json";

    /// <summary>The <c>version</c> value of JSON Feed 1.1.</summary>
    public const string Version = "https://jsonfeed.org/version/1.1";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the feed.</summary>
    /// <param name="feed">The feed.</param>
    /// <param name="selfUrl">Absolute URL the feed is served at, e.g. <c>https://example.org/feed.json</c>.</param>
    /// <returns>The JSON document as UTF-8 bytes, LF line ends, ending in LF.</returns>
    public static byte[] Write(Feed feed, string selfUrl)
    {
        var stream = IO.ByteBuffers.Stream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("version", Version);
            Text(w, "title", FeedText.Plain(feed.Title));
            Text(w, "home_page_url", feed.HomePageUrl);
            Text(w, "feed_url", selfUrl);
            Text(w, "description", FeedText.Plain(feed.Description));
            Text(w, "language", feed.Language);
            Authors(w, feed.Author);
            w.WriteStartArray("items");
            foreach (var item in feed.Items) WriteItem(w, item, feed.Author);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return IO.ByteBuffers.Copy(IO.ByteBuffers.Written(stream));
    }

    private static void WriteItem(Utf8JsonWriter w, FeedItem item, string feedAuthor)
    {
        w.WriteStartObject();
        Text(w, "id", item.Id);
        Text(w, "url", item.Link);
        Text(w, "title", FeedText.Plain(item.Title));
        if (item.ContentHtml.Length > 0) Text(w, "content_html", item.ContentHtml);
        if (item.Summary.Length > 0) Text(w, "summary", FeedText.Plain(item.Summary));
        Text(w, "date_published", FeedDates.ToRfc3339(item.Published));
        Text(w, "date_modified", FeedDates.ToRfc3339(item.Updated));
        if (!string.Equals(item.Author, feedAuthor, StringComparison.Ordinal) && item.Author.Length > 0) Authors(w, item.Author);
        if (item.Categories.Count > 0)
        {
            w.WriteStartArray("tags");
            foreach (var category in item.Categories) w.WriteStringValue(FeedText.Plain(category));
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void Authors(Utf8JsonWriter w, string name)
    {
        w.WriteStartArray("authors");
        w.WriteStartObject();
        Text(w, "name", FeedText.Plain(name));
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void Text(Utf8JsonWriter w, string name, string value) => w.WriteString(name, FeedText.Clean(value));
}
