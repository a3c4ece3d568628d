using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Weekly.Feeds;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Feeds;

public class FeedEscapingTests
{
    private const string Shown = "AT&T <b>\"quoted\"</b> ]]> 😀 丨";
    private const string Hostile = Shown + "\u0001";
    private static readonly XNamespace Atom = AtomFeedWriter.Namespace;

    /// <summary>A site whose first issue has the hostile text as its title and its first story's headline.</summary>
    private static IReadOnlyDictionary<string, string> HostileFiles()
    {
        var issues = FeedFixtures.StandardIssues(Hostile).ToList();
        issues[0] = issues[0] with { Title = Hostile, Summary = Hostile };
        return FeedFixtures.Files(FeedFixtures.Site(issues));
    }

    private static XmlReader Reader(string xml) => XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });

    [Fact]
    public void Rss_shows_the_headline_as_text_to_an_xml_reader_and_to_syndication()
    {
        var files = HostileFiles();
        foreach (var path in new[] { "feed.xml", "regions/fujian/fuzhou/feed.xml", "topics/finance/feed.xml" })
        {
            using var reader = Reader(files[path]);
            var titles = XDocument.Load(reader).Root!.Element("channel")!.Elements("item").Select(i => i.Element("title")!.Value);
            Assert.Contains(Shown, titles);

            using var reader2 = Reader(files[path]);
            var feed = SyndicationFeed.Load(reader2);
            Assert.Contains(Shown, feed.Items.Select(i => i.Title.Text));
        }
    }

    [Fact]
    public void Rss_plain_text_uses_the_hexadecimal_references_the_rss_profile_recommends()
    {
        Assert.Contains("<title>AT&#x26;T &#x3C;b&#x3E;\"quoted\"&#x3C;/b&#x3E; ]]&#x3E; 😀 丨</title>", HostileFiles()["regions/fujian/fuzhou/feed.xml"]);
    }

    [Fact]
    public void Rss_description_is_html_that_shows_the_summary_as_text()
    {
        using var reader = Reader(HostileFiles()["feed.xml"]);
        var description = XDocument.Load(reader).Root!.Element("channel")!.Elements("item").Last().Element("description")!.Value;
        Assert.Equal("<p>AT&amp;T &lt;b&gt;&quot;quoted&quot;&lt;/b&gt; ]]&gt; 😀 丨</p>", description);
        Assert.Equal(Shown, new HtmlParser().ParseDocument(description).Body!.TextContent);
    }

    [Fact]
    public void Atom_shows_the_title_summary_and_content_text_as_written()
    {
        using var reader = Reader(HostileFiles()["atom.xml"]);
        var entry = XDocument.Load(reader).Root!.Elements(Atom + "entry").Last();
        Assert.Equal(Shown, entry.Element(Atom + "title")!.Value);
        Assert.Equal(Shown, entry.Element(Atom + "summary")!.Value);
        var content = new HtmlParser().ParseDocument(entry.Element(Atom + "content")!.Value);
        Assert.Equal(Shown, content.QuerySelector("h3.story-headline")!.TextContent); // the theme's feed-issue partial

        using var reader2 = Reader(HostileFiles()["atom.xml"]);
        var feed = SyndicationFeed.Load(reader2);
        Assert.Equal(Shown, feed.Items.Last().Title.Text);
        Assert.Equal(Shown, feed.Items.Last().Summary.Text);
    }

    [Fact]
    public void Json_feed_shows_the_title_summary_and_content_text_as_written()
    {
        using var json = JsonDocument.Parse(HostileFiles()["feed.json"]);
        var item = json.RootElement.GetProperty("items")[1];
        Assert.Equal(Shown, item.GetProperty("title").GetString());
        Assert.Equal(Shown, item.GetProperty("summary").GetString());
        var content = new HtmlParser().ParseDocument(item.GetProperty("content_html").GetString()!);
        Assert.Equal(Shown, content.QuerySelector("h3.story-headline")!.TextContent); // the theme's feed-issue partial
    }

    [Fact]
    public void Clean_removes_only_what_xml_forbids()
    {
        Assert.Equal("a\tb\nc\rd😀丨\u0085", FeedText.Clean("a\u0000\tb\u0001\nc\u000B\rd\u001F😀丨\uFFFE\uFFFF\uD800\u0085"));
        const string fine = "AT&T <b>]]>";
        Assert.Same(fine, FeedText.Clean(fine));
    }
}
