using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Weekly.Domain;
using Weekly.Feeds;
using Weekly.Rendering.Markup;
using Weekly.Rendering.ViewModels;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Feeds;

public class FeedUrlTests
{
    private static readonly SiteSettings Settings = new() { BaseUrl = "https://example.org/weekly/" };
    private static readonly Uri Page = new("https://example.org/weekly/issues/x/");

    [Fact]
    public void Feed_view_models_hold_absolute_urls_and_page_view_models_site_relative_ones()
    {
        var site = FeedFixtures.StandardSite(new SiteSettings { BaseUrl = "https://example.org/weekly-root/" });
        var entry = site.Stories[0];
        var pages = new SiteViewModels(site);
        var feeds = new FeedViews(pages);
        Assert.Equal("https://example.org/weekly-root/issues/2020-01-13-supply-chains/story-1/", feeds.Story(entry).Url);
        Assert.Equal("/issues/2020-01-13-supply-chains/story-1/", pages.Issues.Story(entry).Url);
        Assert.Equal("https://example.org/weekly-root/regions/jiangxi/", feeds.Story(entry).Regions[0].Url);
        Assert.Equal(pages.Pages.Story(entry).CanonicalUrl, feeds.StoryPage(entry).CanonicalUrl);
        Assert.Same(feeds.Story(entry).TermLinks, feeds.Story(entry).TermLinks); // one object per set of links, for include_cached
    }

    [Fact]
    public void Every_url_a_feed_view_holds_is_absolute()
    {
        var site = FeedFixtures.StandardSite(new SiteSettings { BaseUrl = "https://example.org/weekly-root/" });
        var feeds = new FeedViews(new SiteViewModels(site));
        var urls = new List<(string Path, string Url)>();
        CollectUrls(feeds.Site, "site", urls);
        foreach (var issue in site.Issues)
        {
            CollectUrls(feeds.Issue(issue), "issue", urls);
            CollectUrls(feeds.IssuePage(issue), "page", urls);
        }
        foreach (var entry in site.Stories)
        {
            CollectUrls(feeds.Story(entry), "story", urls);
            CollectUrls(feeds.StoryPage(entry), "page", urls);
        }
        Assert.True(urls.Count > 50, $"only {urls.Count} URLs found");
        Assert.All(urls, u => Assert.True(u.Url.StartsWith("https://example.org/weekly-root/", StringComparison.Ordinal), $"{u.Path} = {u.Url}"));
    }

    /// <summary>Every non-null string property named like a URL (<c>*Url</c>, <c>Permalink</c>) in a view, walking records and lists.</summary>
    private static void CollectUrls(object? value, string path, List<(string, string)> urls)
    {
        if (value is null or string || value.GetType().IsPrimitive || value is TrustedHtml) return;
        if (value is System.Collections.IEnumerable list)
        {
            var i = 0;
            foreach (var item in list) CollectUrls(item, $"{path}[{i++}]", urls);
            return;
        }
        foreach (var property in value.GetType().GetProperties())
        {
            if (property.GetIndexParameters().Length > 0 || property.PropertyType.IsSubclassOf(typeof(Delegate)) || property.Name == "JsonLd") continue;
            var child = property.GetValue(value);
            if (child is string url && (property.Name.EndsWith("Url", StringComparison.Ordinal) || property.Name == "Permalink"))
            {
                if (url.Length > 0) urls.Add(($"{path}.{property.Name}", url));
            }
            else CollectUrls(child, $"{path}.{property.Name}", urls);
        }
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
        Assert.Equal("https://example.org/issues/2020-01-13-supply-chains/story-1/", content0.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Equal("https://example.org/regions/jiangxi/", content0.QuerySelector(".term-links a")!.GetAttribute("href"));
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
