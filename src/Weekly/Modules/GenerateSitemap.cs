using System.Globalization;
using System.Text;
using System.Xml;
using Weekly.Core;

namespace Weekly.Modules;

/// <summary>
/// Writes <c>/sitemap.xml</c> (sitemaps.org protocol 0.9) listing every HTML page that carries a
/// <see cref="Keys.Permalink"/> from the given pipelines (the 404 page excepted), with
/// <c>lastmod</c> (W3C date, <c>YYYY-MM-DD</c>) from <see cref="Keys.LastModified"/> when set, and
/// <c>/robots.txt</c> pointing at it. URLs are absolute and sorted (ordinal).
/// </summary>
/// <param name="pipelines">Names of the pipelines whose pages are listed.</param>
public sealed class GenerateSitemap(params string[] pipelines) : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var settings = context.Get(Keys.Settings);
        var pages = pipelines
            .SelectMany(context.OutputsOf)
            .Where(d => d.Has(Keys.Permalink) && d.Destination is { } dest && dest.EndsWith(".html", StringComparison.Ordinal) && dest != "404.html")
            .Select(d => (Url: settings.AbsoluteUrl(d.Get(Keys.Permalink)), LastModified: d.Has(Keys.LastModified) ? d.Get(Keys.LastModified) : (DateOnly?)null))
            .DistinctBy(p => p.Url, StringComparer.Ordinal)
            .OrderBy(p => p.Url, StringComparer.Ordinal);

        // Straight to UTF-8 in a reused buffer: 28,000 URLs at 1,000 issues made three page-sized strings.
        var stream = IO.ByteBuffers.Stream();
        var xmlSettings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false), CloseOutput = false };
        using (var writer = XmlWriter.Create(stream, xmlSettings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var (url, lastModified) in pages)
            {
                writer.WriteStartElement("url");
                writer.WriteElementString("loc", url);
                if (lastModified is { } date) writer.WriteElementString("lastmod", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
        var sitemap = IO.ByteBuffers.Copy(IO.ByteBuffers.Written(stream));
        var robots = $"User-agent: *\nAllow: /\n\nSitemap: {settings.AbsoluteUrl(Permalinks.Sitemap)}\n";
        return
        [
            Document.Create(null).With(Keys.Bytes, sitemap).WithDestination(Permalinks.ToDestination(Permalinks.Sitemap)),
            Document.Create(null, robots).WithDestination(Permalinks.ToDestination(Permalinks.Robots)),
        ];
    }
}
