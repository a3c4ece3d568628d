using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Weekly.Domain;
using Weekly.Feeds;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Feeds;

public class FeedUrlTests
{
    private static readonly SiteSettings Settings = new() { BaseUrl = "https://example.org/weekly/" };
    private static readonly Uri Page = new("https://example.org/weekly/issues/x/");

    [Theory]
    [InlineData("/issues/y/", "https://example.org/weekly/issues/y/")]
    [InlineData("  /feed.xml ", "https://example.org/weekly/feed.xml")]
    [InlineData("img/a.png", "https://example.org/weekly/issues/x/img/a.png")]
    [InlineData("../y/", "https://example.org/weekly/issues/y/")]
    [InlineData("#story-2", "https://example.org/weekly/issues/x/#story-2")]
    [InlineData("//cdn.example.net/a.png", "https://cdn.example.net/a.png")]
    [InlineData("https://other.example/a?b=1&c=2", "https://other.example/a?b=1&c=2")]
    [InlineData("mailto:editor@example.org", "mailto:editor@example.org")]
    [InlineData("", "")]
    public void Resolves_each_kind_of_url(string value, string expected) =>
        Assert.Equal(expected, new HtmlUrlRewriter(Settings).Resolve(value, Page));

    [Fact]
    public void Rewrites_href_src_and_srcset_in_a_parsed_fragment_and_leaves_text_alone()
    {
        var html = "<p><a href=\"/issues/y/\">/issues/y/ &amp; href=\"/x\"</a><img src=\"a.png\" srcset=\"a.png 1x, /b.png 2x\" alt=\"\"></p>";
        Assert.Equal(
            "<p><a href=\"https://example.org/weekly/issues/y/\">/issues/y/ &amp; href=\"/x\"</a><img src=\"https://example.org/weekly/issues/x/a.png\" srcset=\"https://example.org/weekly/issues/x/a.png 1x, https://example.org/weekly/b.png 2x\" alt=\"\"></p>",
            new HtmlUrlRewriter(Settings).MakeAbsolute(html, Page.AbsoluteUri));
    }

    [Theory]
    [InlineData("https://example.org")]
    [InlineData("https://example.org/")]
    [InlineData("https://example.org//")]
    public void Every_link_in_every_feed_is_absolute_with_one_slash_after_the_base(string baseUrl)
    {
        var files = FeedFixtures.Files(FeedFixtures.StandardSite(new SiteSettings { BaseUrl = baseUrl }));
        Assert.Equal(9, files.Count);
        foreach (var (path, content) in files)
        {
            var urls = UrlsIn(path, content);
            Assert.True(urls.Count >= 4, $"{path}: only {urls.Count} URLs found");
            foreach (var url in urls)
            {
                Assert.Matches(new Regex("^https://example\\.org/(?!/)"), url);
                Assert.DoesNotContain("//", url["https://".Length..], StringComparison.Ordinal);
            }
        }
        var rss = XDocument.Parse(files["feed.xml"]).Root!.Element("channel")!;
        Assert.Equal("https://example.org/", rss.Element("link")!.Value);
        Assert.Equal("https://example.org/issues/2020-01-13-supply-chains/", rss.Element("item")!.Element("link")!.Value);
        var content0 = new HtmlParser().ParseDocument(rss.Element("item")!.Element(XName.Get("encoded", RssFeedWriter.ContentNamespace))!.Value);
        Assert.Equal("https://example.org/issues/2020-01-13-supply-chains/", content0.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("https://example.org/issues/2020-01-13-supply-chains/img/cover.png", content0.QuerySelector("img")!.GetAttribute("src"));
    }

    [Fact]
    public void Rss_declares_the_namespaces_it_uses_and_links_to_itself()
    {
        var files = FeedFixtures.Files(FeedFixtures.StandardSite());
        var root = XDocument.Parse(files["regions/fujian/feed.xml"]).Root!;
        Assert.Equal(RssFeedWriter.AtomNamespace, root.Attribute(XNamespace.Xmlns + "atom")!.Value);
        Assert.Equal(RssFeedWriter.ContentNamespace, root.Attribute(XNamespace.Xmlns + "content")!.Value);
        Assert.Equal(RssFeedWriter.DublinCoreNamespace, root.Attribute(XNamespace.Xmlns + "dc")!.Value);
        var self = root.Element("channel")!.Element(XName.Get("link", RssFeedWriter.AtomNamespace))!;
        Assert.Equal(["https://example.org/regions/fujian/feed.xml", "self", "application/rss+xml"],
            new[] { "href", "rel", "type" }.Select(a => self.Attribute(a)!.Value));

        var empty = XDocument.Parse(FeedFixtures.Files(FeedFixtures.Site([]))["feed.xml"]).Root!;
        Assert.Null(empty.Attribute(XNamespace.Xmlns + "content"));
        Assert.Null(empty.Attribute(XNamespace.Xmlns + "dc"));
    }

    /// <summary>Every URL a feed carries: link elements and attributes, and href/src inside item content.</summary>
    private static List<string> UrlsIn(string path, string content)
    {
        var html = new List<string>();
        var urls = new List<string>();
        if (path.EndsWith(".json", StringComparison.Ordinal))
        {
            using var json = JsonDocument.Parse(content);
            urls.Add(json.RootElement.GetProperty("home_page_url").GetString()!);
            urls.Add(json.RootElement.GetProperty("feed_url").GetString()!);
            foreach (var item in json.RootElement.GetProperty("items").EnumerateArray())
            {
                urls.Add(item.GetProperty("url").GetString()!);
                html.Add(item.GetProperty("content_html").GetString()!);
            }
        }
        else
        {
            var doc = XDocument.Parse(content);
            urls.AddRange(doc.Descendants().Where(e => e.Name.LocalName == "link" && e.Value.Length > 0).Select(e => e.Value));
            urls.AddRange(doc.Descendants().Attributes("href").Select(a => a.Value));
            html.AddRange(doc.Descendants().Where(e => e.Name.LocalName is "encoded" or "content").Select(e => e.Value));
        }
        var parser = new HtmlParser();
        foreach (var fragment in html)
        {
            var dom = parser.ParseDocument(fragment);
            urls.AddRange(dom.QuerySelectorAll("[href]").Select(e => e.GetAttribute("href")!));
            urls.AddRange(dom.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!));
        }
        return urls;
    }
}
