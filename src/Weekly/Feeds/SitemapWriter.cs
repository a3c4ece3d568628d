using System.Text;
using System.Xml;

namespace Weekly.Feeds;

/// <summary>
/// Writes <c>/sitemap.xml</c> (sitemaps.org protocol 0.9), the list of a site's pages that search engines read,
/// with an XmlWriter: absolute URLs, each once, sorted (ordinal), with <c>lastmod</c> (W3C date, <c>YYYY-MM-DD</c>) when known.
/// </summary>
public static class SitemapWriter
{
    /// <summary>The sitemaps.org namespace.</summary>
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Writes the sitemap of <paramref name="pages"/> (absolute URL and last-modified date, or null).</summary>
    /// <returns>The XML document as UTF-8 (no BOM), two-space indent, LF line ends, ending in LF.</returns>
    public static byte[] Write(IEnumerable<(string Url, DateOnly? LastModified)> pages)
    {
        var sorted = pages.DistinctBy(p => p.Url, StringComparer.Ordinal).OrderBy(p => p.Url, StringComparer.Ordinal);
        var stream = IO.ByteBuffers.Stream();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false), CloseOutput = false };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", Namespace);
            foreach (var (url, lastModified) in sorted)
            {
                writer.WriteStartElement("url");
                writer.WriteElementString("loc", url);
                if (lastModified is { } date) writer.WriteElementString("lastmod", Weekly.Text.IsoDates.Format(date));
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
        return IO.ByteBuffers.Copy(IO.ByteBuffers.Written(stream));
    }
}
