using System.Text.Json;
using System.Xml.Linq;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Publishing;

/// <summary>One instant per issue, in the site's time zone, shown and ordered the same on every page and feed.</summary>
public class PublicationDateTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>
    /// Issue A at 2020-01-06T23:30:00-08:00 (15:30 on 7 January in Shanghai), issue B dated 2020-01-07 (midnight in
    /// Shanghai): both fall on 7 January, and A is the newer.
    /// </summary>
    private static TestSite Site() => new($"""
        -- input/site.yml --
        title: Industry Blockchain Weekly
        description: China's blockchain policy and industry news, every week.
        base_url: https://example.org/
        language: en
        author: Industry Blockchain Weekly
        time_zone: Asia/Shanghai
        -- seeds/a.txt --
        {SeedText.Issue("Issue A", "date: 2020-01-06T23:30:00-08:00", SeedText.Fuzhou)}
        -- seeds/b.txt --
        {SeedText.Issue("Issue B", "date: 2020-01-07", SeedText.Beijing)}
        """);

    [Fact]
    public void An_issue_dated_with_an_offset_shows_the_site_zone_date_everywhere()
    {
        using var site = Site();
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());

        var page = result.Html("issues/a/index.html");
        Assert.Equal("7 January 2020", page.QuerySelector(".issue-meta time, time")!.TextContent);
        Assert.Equal("2020-01-07", page.QuerySelector("time")!.GetAttribute("datetime"));
        var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("2020-01-07T15:30:00+08:00", jsonLd.GetProperty("datePublished").GetString());
        Assert.Equal("2020-01-07T15:30:00+08:00", page.QuerySelector("meta[property='article:published_time']")!.GetAttribute("content"));
        var sitemap = XDocument.Parse(result.Text("sitemap.xml"));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        Assert.Equal("2020-01-07", sitemap.Descendants(sm + "url").Single(u => u.Element(sm + "loc")!.Value == "https://example.org/issues/a/").Element(sm + "lastmod")!.Value);

        var rss = XDocument.Parse(result.Text("feed.xml")).Descendants("item").ToList();
        Assert.Equal("Tue, 07 Jan 2020 15:30:00 +0800", rss.Single(i => i.Element("title")!.Value == "Issue A").Element("pubDate")!.Value);
        var atom = XDocument.Parse(result.Text("atom.xml")).Descendants(Atom + "entry").ToList();
        Assert.Equal("2020-01-07T15:30:00+08:00", atom.Single(e => e.Element(Atom + "title")!.Value == "Issue A").Element(Atom + "published")!.Value);
        var json = JsonDocument.Parse(result.Text("feed.json")).RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal("2020-01-07T15:30:00+08:00", json.Single(i => i.GetProperty("title").GetString() == "Issue A").GetProperty("date_published").GetString());
        var storyItem = XDocument.Parse(result.Text("regions/fujian/feed.xml")).Descendants("item").Single();
        Assert.Equal("Tue, 07 Jan 2020 15:30:00 +0800", storyItem.Element("pubDate")!.Value);
    }

    /// <summary>
    /// JSON-LD and Open Graph give the instant the feeds give, not a bare date: a date-only issue is midnight in the site's
    /// zone on its page and on its stories' pages, an issue with a time keeps its time (issue #16).
    /// </summary>
    [Fact]
    public void Json_ld_and_open_graph_give_the_feeds_instant_on_issue_and_story_pages()
    {
        using var site = Site();
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());

        (string? JsonLd, string? OpenGraph) Dates(string path)
        {
            var page = result.Html(path);
            var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
            return (jsonLd.GetProperty("datePublished").GetString(), page.QuerySelector("meta[property='article:published_time']")!.GetAttribute("content"));
        }

        Assert.Equal(("2020-01-07T00:00:00+08:00", "2020-01-07T00:00:00+08:00"), Dates("issues/b/index.html"));
        Assert.Equal(("2020-01-07T00:00:00+08:00", "2020-01-07T00:00:00+08:00"), Dates("issues/b/beijing-dongcheng-district-supports-blockchain-applications/index.html"));
        var storyA = result.Files.Single(f => f.Destination.StartsWith("issues/a/fuzhou", StringComparison.Ordinal)).Destination;
        Assert.Equal(("2020-01-07T15:30:00+08:00", "2020-01-07T15:30:00+08:00"), Dates(storyA));
        var atomB = XDocument.Parse(result.Text("atom.xml")).Descendants(Atom + "entry").Single(e => e.Element(Atom + "title")!.Value == "Issue B");
        Assert.Equal("2020-01-07T00:00:00+08:00", atomB.Element(Atom + "published")!.Value);
    }

    [Fact]
    public void Home_archive_and_every_feed_list_the_two_issues_in_the_same_order()
    {
        using var site = Site();
        var result = site.Build();
        string[] newestFirst = ["Issue A", "Issue B"];

        var home = result.Html("index.html");
        Assert.Equal(newestFirst, home.QuerySelectorAll("#latest-heading a, .recent .issue-summary h3 a").Select(a => a.TextContent));
        Assert.Equal(newestFirst, result.Html("issues/index.html").QuerySelectorAll(".issue-summary h2 a").Select(a => a.TextContent));
        Assert.Equal(newestFirst, XDocument.Parse(result.Text("feed.xml")).Descendants("item").Select(i => i.Element("title")!.Value));
        Assert.Equal(newestFirst, XDocument.Parse(result.Text("atom.xml")).Descendants(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal(newestFirst, JsonDocument.Parse(result.Text("feed.json")).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
    }

    [Fact]
    public void Search_results_show_the_story_date_as_its_page_does()
    {
        using var site = Site();
        var result = site.Build();
        var story = result.Html("issues/b/beijing-dongcheng-district-supports-blockchain-applications/index.html");
        Assert.Equal("3 January 2020", story.QuerySelector("article time, .meta time")!.TextContent);
        var shard = result.Files.Where(f => f.Destination.StartsWith("search/d/", StringComparison.Ordinal)).Select(f => result.Text(f.Destination));
        var rows = shard.SelectMany(t => JsonDocument.Parse(t).RootElement.EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.ToString()).ToList())).ToList();
        Assert.Equal("3 January 2020", rows.Single(r => r[0].StartsWith("Beijing", StringComparison.Ordinal))[3]);
        Assert.Equal("4 January 2020", rows.Single(r => r[0].StartsWith("Fuzhou", StringComparison.Ordinal))[3]);
    }

    [Fact]
    public void A_yearless_story_date_resolves_against_the_date_the_issue_shows_in_the_site_zone()
    {
        // 20:00 on 31 December 2019 at -08:00 is noon on 1 January 2020 in Shanghai, the date the issue shows.
        using var site = new TestSite($"-- seeds/new-year.txt --\n{SeedText.Issue("New year", "date: 2019-12-31T20:00:00-08:00",
            ("Beijing: Dongcheng District opens a blockchain lab", "On January 1, Dongcheng District of Beijing opened a blockchain lab."))}");

        var result = site.Build();

        Assert.True(result.Succeeded, result.DiagnosticsText());
        Assert.Equal("1 January 2020", result.Html("issues/new-year/index.html").QuerySelector("time")!.TextContent);
        var story = result.Html("issues/new-year/beijing-dongcheng-district-opens-a-blockchain-lab/index.html");
        Assert.Equal("1 January 2020", story.QuerySelector("article time, .meta time")!.TextContent);
    }
}
