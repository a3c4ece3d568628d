using System.Text.Json;
using System.Text.RegularExpressions;
using Weekly.Tests.TestKit;
using Xunit.Abstractions;

namespace Weekly.Tests.Site;

/// <summary>Issue #5's checks on the real site that need no browser: chart counts, sharing tags, related links, page weight.</summary>
public partial class ReadersSiteTests(ITestOutputHelper output)
{
    private static BuildResult Site => RealSite.Result;

    private const string FuzhouStory = "issues/" + RealSite.IssueSlug + "/fuzhou-revise-the-development-policy-of-the-blockchain-and/index.html";

    [Fact]
    public void The_404_page_is_not_indexed_and_names_no_url_of_its_own_while_other_pages_keep_theirs()
    {
        var notFound = Site.Html("404.html");
        Assert.Equal("noindex", notFound.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Null(notFound.QuerySelector("link[rel=canonical]"));
        Assert.Null(notFound.QuerySelector("meta[property='og:url']"));
        var about = Site.Html("about/index.html");
        Assert.Null(about.QuerySelector("meta[name=robots]"));
        Assert.EndsWith("/about/", about.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.EndsWith("/about/", about.QuerySelector("meta[property='og:url']")!.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_name_two_region_pages_share_gets_its_province_in_the_page_title()
    {
        using var site = new TestSite("-- seeds/2020-01-13-taizhou.txt --\n" + SeedText.Issue("Taizhou", "date: 2020-01-13",
            ("Taizhou, Jiangsu: A blockchain pilot", "On January 10, Taizhou in Jiangsu Province launched a blockchain pilot."),
            ("Taizhou, Zhejiang: A blockchain port", "On January 9, Taizhou in Zhejiang Province opened a blockchain port platform."),
            SeedText.Fuzhou));
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());
        var jiangsu = result.Html("regions/jiangsu/taizhou/index.html");
        var zhejiang = result.Html("regions/zhejiang/taizhou/index.html");
        Assert.Equal(("Taizhou, Jiangsu · Industry Blockchain Weekly", "Taizhou, Zhejiang · Industry Blockchain Weekly"), (jiangsu.Title, zhejiang.Title));
        Assert.Equal("Taizhou, Zhejiang", zhejiang.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal(["Home", "Regions", "Zhejiang", "Taizhou"], zhejiang.QuerySelectorAll(".breadcrumbs a, .breadcrumbs [aria-current]").Select(a => a.TextContent.Trim()).Distinct());
        Assert.Equal("Fuzhou · Industry Blockchain Weekly", result.Html("regions/fujian/fuzhou/index.html").Title);
    }

    [Fact]
    public void Region_index_chart_shows_stories_per_province_in_svg_text_and_in_its_table()
    {
        var page = Site.Html("regions/index.html");
        var svg = page.QuerySelector("svg.chart")!;
        var texts = svg.QuerySelectorAll("text").Select(t => t.TextContent).ToList();
        var bars = Enumerable.Range(0, texts.Count / 2).ToDictionary(i => texts[2 * i], i => texts[2 * i + 1], StringComparer.Ordinal);
        Assert.Equal("4", bars["Fujian"]);
        Assert.Equal("3", bars["Beijing"]);
        Assert.Equal("3", bars["Hunan"]);
        Assert.Equal(["Fujian", "4", "Guangdong", "4", "Beijing", "3", "Hunan", "3"], texts.Take(8)); // most first, ties by name

        var table = page.QuerySelectorAll(".chart-data tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelector("td")!.TextContent, StringComparer.Ordinal);
        Assert.Equal(("4", "3", "3"), (table["Fujian"], table["Beijing"], table["Hunan"]));
        Assert.Equal(bars.Count, table.Count);
        Assert.Equal("/regions/fujian/", page.QuerySelector(".chart-data tbody th a")!.GetAttribute("href"));
    }

    /// <summary>Issue #17: with one issue a topic's chart over time would be one column; the topic index's ranking says more.</summary>
    [Fact]
    public void With_one_issue_topic_pages_have_no_chart_over_time_and_the_topic_index_ranks_the_topics()
    {
        Assert.Null(Site.Html("topics/copyright/index.html").QuerySelector("svg.chart"));
        var page = Site.Html("topics/index.html");
        var texts = page.QuerySelectorAll("svg.chart text").Select(t => t.TextContent).ToList();
        Assert.Equal(["Finance", "6", "Internet of Things", "5", "Manufacturing", "5"], texts.Take(6));
        Assert.Equal(["6 other topics", "7"], texts.TakeLast(2)); // 18 topics: the top 12 as bars, the rest in one row
        Assert.Equal(12, page.QuerySelectorAll("svg.chart rect").Length);
        Assert.Equal(18, page.QuerySelectorAll(".chart-data tbody tr").Length);
    }

    [Fact]
    public void Story_page_has_sharing_tags_and_safe_news_article_json_ld()
    {
        var page = Site.Html(FuzhouStory);
        string Meta(string selector) => page.QuerySelector(selector)!.GetAttribute("content")!;
        var headline = "Fuzhou: Revise the development policy of the blockchain and other industries to accelerate the layout of the blockchain industry";
        Assert.Equal(headline, Meta("meta[property='og:title']"));
        Assert.Equal("article", Meta("meta[property='og:type']"));
        Assert.Equal("summary", Meta("meta[name='twitter:card']"));
        Assert.Equal(headline, Meta("meta[name='twitter:title']"));
        Assert.Equal("2020-01-06T00:00:00+08:00", Meta("meta[property='article:published_time']"));
        Assert.Equal(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), Meta("meta[property='og:url']"));

        using var ld = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("NewsArticle", ld.RootElement.GetProperty("@type").GetString());
        Assert.Equal(headline, ld.RootElement.GetProperty("headline").GetString());
        Assert.Equal("2020-01-06T00:00:00+08:00", ld.RootElement.GetProperty("datePublished").GetString());
    }

    [Fact]
    public void Story_page_links_more_from_its_region_and_more_on_its_topic()
    {
        var page = Site.Html(FuzhouStory);
        var groups = page.QuerySelectorAll(".related-group").ToList();
        Assert.Equal(["More from Fuzhou", "More on Digital economy"], groups.Select(g => g.QuerySelector("h2")!.TextContent));
        Assert.Equal(["Mayor of Fuzhou: Creating a Comprehensive Experimental Zone for Blockchain Economy"], groups[0].QuerySelectorAll("li a").Select(a => a.TextContent));
        Assert.Equal("/regions/fujian/fuzhou/", groups[0].QuerySelector(".more a")!.GetAttribute("href"));
        Assert.DoesNotContain(groups[1].QuerySelectorAll("li a"), a => a.GetAttribute("href")!.Contains("fuzhou-revise", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_page_has_a_labelled_form_that_works_as_a_plain_get_and_its_script()
    {
        var page = Site.Html("search/index.html");
        var form = page.QuerySelector("form[role=search]")!;
        Assert.Equal(("/search/", "get"), (form.GetAttribute("action"), form.GetAttribute("method")));
        Assert.Equal("/search/index.json", form.GetAttribute("data-index"));
        Assert.NotNull(page.QuerySelector("label[for=search-q]"));
        Assert.True(Site.Has("search/index.json") && Site.Has("search/d/0.json") && Site.Has("assets/js/search.js"));
        Assert.Contains("<loc>https://industry-blockchain-weekly.netlify.app/search/</loc>", Site.Text("sitemap.xml"), StringComparison.Ordinal);
        // The filters' box is inside the form (its selects go into the URL) and filled by the script; without
        // the script the page points to the lists that hold every story.
        Assert.NotNull(form.QuerySelector("#search-filters[hidden]"));
        var noscript = System.Text.RegularExpressions.Regex.Match(Site.Text("search/index.html"), "<noscript>(.*?)</noscript>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("needs JavaScript", noscript, StringComparison.Ordinal);
        foreach (var list in new[] { "/regions/", "/topics/", "/issues/" }) Assert.Contains($"href=\"{list}\"", noscript, StringComparison.Ordinal);
    }

    /// <summary>Issue #5, acceptance 5: no page over 100 KB of HTML + the CSS and JS it references (the search index is data, not counted).</summary>
    [Fact]
    public void No_page_weighs_more_than_100_KB_of_html_css_and_js()
    {
        const int limit = 100 * 1024;
        var bytes = Site.Files.ToDictionary(f => "/" + f.Destination, f => f.GetBytes().Length, StringComparer.Ordinal);
        var weights = new List<(string Page, int Bytes)>();
        foreach (var file in Site.Files.Where(f => f.Destination.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = Site.Text(file.Destination);
            var assets = AssetReference().Matches(html).Select(m => m.Groups["url"].Value).Distinct(StringComparer.Ordinal).ToList();
            var missing = assets.Where(a => !bytes.ContainsKey(a)).ToList();
            Assert.True(missing.Count == 0, $"{file.Destination} references missing {string.Join(", ", missing)}");
            weights.Add((file.Destination, file.GetBytes().Length + assets.Sum(a => bytes[a])));
        }
        var heaviest = weights.OrderByDescending(w => w.Bytes).ThenBy(w => w.Page, StringComparer.Ordinal).First();
        output.WriteLine($"heaviest page: {heaviest.Page}, {heaviest.Bytes} bytes of HTML+CSS+JS");
        Assert.All(weights, w => Assert.True(w.Bytes <= limit, $"{w.Page}: {w.Bytes} bytes"));
        Assert.True(weights.Count > 70, $"{weights.Count} pages");
    }

    [GeneratedRegex("<(?:link[^>]*rel=\"stylesheet\"[^>]*href|script[^>]*src)=\"(?<url>/[^\"]+)\"")]
    private static partial Regex AssetReference();
}
