using Weekly.Rendering.Maps;
using Weekly.Rendering.ViewModels;
using Weekly.Tagging;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Rendering;

/// <summary>Issue #17: maps of China on the region index, issue pages and region pages.</summary>
public class MapViewTests
{
    private static BuildResult Site => RealSite.Result;

    [Fact]
    public void The_map_data_has_an_outline_for_every_province_of_the_region_tree()
    {
        var map = ChinaMap.Default;
        Assert.Equal(RegionTree.Default.Provinces.Select(p => p.Code).Order(StringComparer.Ordinal), map.Outlines.Select(o => o.Code));
        Assert.Equal(34, map.Outlines.Count);
        Assert.Equal(["810000", "820000"], map.Outlines.Where(o => o.IsDot).Select(o => o.Code)); // Hong Kong, Macao
        Assert.Equal(1000, map.Width);
        Assert.All(map.Outlines, o => Assert.Matches("^(M[0-9]+ [0-9]+[la0-9 -]+z)+$", o.Path));
        Assert.True(map.Outlines.Sum(o => o.Path.Length) < 12_000, "the outlines stay small: they are on every issue page");
    }

    [Theory]
    [InlineData(0, 4, 0)]
    [InlineData(1, 4, 1)]
    [InlineData(3, 4, 3)]
    [InlineData(4, 4, 4)]
    [InlineData(1, 1, 4)]
    [InlineData(1, 1000, 1)]
    [InlineData(250, 1000, 1)]
    [InlineData(251, 1000, 2)]
    [InlineData(1000, 1000, 4)]
    public void Provinces_are_shaded_in_four_equal_steps_of_the_largest_count(int count, int max, int bucket) =>
        Assert.Equal(bucket, MapViews.Bucket(count, max));

    [Fact]
    public void Maps_share_one_outline_layer_and_one_locator_per_province()
    {
        var site = SampleSite.Create();
        var maps = new MapViews(site);
        var fujian = site.Regions.Single(t => t.Name == "Fujian");
        var fuzhou = fujian.Children.Single(c => c.Name == "Fuzhou");
        Assert.Same(maps.Locator(fujian), maps.Locator(fuzhou));
        Assert.Same(maps.Locator(fujian)!.Base, maps.Issue(site.Issues[0])!.Base);
        Assert.Equal(34, maps.Locator(fujian)!.Base!.Regions.Count);
        Assert.Equal(["fujian"], maps.Locator(fuzhou)!.Regions.Select(r => r.Slug));
        Assert.Null(maps.Regions().Base); // the index map shades every province itself
    }

    [Fact]
    public void The_region_index_map_names_each_province_with_its_count_and_links_those_with_stories()
    {
        var page = Site.Html("regions/index.html");
        var map = page.QuerySelector("figure.map-figure svg.map")!;
        var links = map.QuerySelectorAll("a").ToDictionary(a => a.GetAttribute("aria-label")!, a => a, StringComparer.Ordinal);
        Assert.Equal("/regions/fujian/", links["Fujian, 4 stories"].GetAttribute("href"));
        Assert.Equal("map-4", links["Fujian, 4 stories"].QuerySelector("path")!.GetAttribute("class"));
        Assert.Equal("Fujian, 4 stories", links["Fujian, 4 stories"].QuerySelector("title")!.TextContent);
        Assert.Equal("map-3", links["Beijing, 3 stories"].QuerySelector("path")!.GetAttribute("class"));
        Assert.Equal("map-3", links["Hunan, 3 stories"].QuerySelector("path")!.GetAttribute("class"));
        Assert.Equal("map-1", links["Tianjin, 1 story"].QuerySelector("path")!.GetAttribute("class"));
        Assert.Equal(10, links.Count); // the provinces of the real issue's stories

        var qinghai = map.QuerySelector("path[data-region=qinghai]")!;
        Assert.Equal(("map-0", "Qinghai, no stories"), (qinghai.GetAttribute("class"), qinghai.QuerySelector("title")!.TextContent));
        Assert.Null(qinghai.Closest("a"));
        Assert.Equal(34, map.QuerySelectorAll("path").Length);
        Assert.Equal(["No stories", "1 story", "2 stories", "3 stories", "4 stories"], page.QuerySelectorAll(".map-legend li").Select(li => li.TextContent));
        Assert.NotNull(page.QuerySelector("svg.chart")); // the chart and the table stay as the map's fallback
    }

    [Fact]
    public void An_issue_map_highlights_exactly_the_provinces_of_its_stories()
    {
        var page = Site.Html($"issues/{RealSite.IssueSlug}/index.html");
        Assert.Equal("Where this issue’s news happened", page.QuerySelector(".issue-map h2")!.TextContent);
        var highlighted = page.QuerySelectorAll("svg.map .map-on").Select(p => p.Closest("a")!.GetAttribute("href")!).Order(StringComparer.Ordinal);
        var storyProvinces = page.QuerySelectorAll("article.story .term-links a[href^='/regions/']")
            .Select(a => a.GetAttribute("href")!).Select(h => "/regions/" + h.Split('/')[2] + "/").Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(storyProvinces, highlighted);
        Assert.Contains("/regions/fujian/", highlighted);
        Assert.Equal(34, page.QuerySelectorAll("svg.map .map-base path[id^=map-]").Length); // the shared outline layer, under the highlights
        Assert.Equal(10, page.QuerySelectorAll("svg.map a use.map-on").Length);
        Assert.Equal("#map-350000", page.QuerySelector("svg.map a[data-region=fujian] use")!.GetAttribute("href")); // Fujian's outline, reused
    }

    [Fact]
    public void A_city_page_locates_its_province_and_names_it_in_Chinese()
    {
        var page = Site.Html("regions/fujian/fuzhou/index.html");
        var map = page.QuerySelector(".map-locator svg.map")!;
        Assert.Equal("Where Fujian is", map.QuerySelector("title")!.TextContent);
        Assert.Equal(["/regions/fujian/"], map.QuerySelectorAll(".map-on").Select(p => p.Closest("a")!.GetAttribute("href")));
        Assert.Equal("福州", page.QuerySelector("h1 span[lang=zh-Hans]")!.TextContent);
        Assert.Equal("Fuzhou 福州", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void The_region_index_gives_Chinese_names_beside_pinyin()
    {
        var page = Site.Html("regions/index.html");
        var fujian = page.QuerySelectorAll(".term-index > li").Single(li => li.QuerySelector("a")!.TextContent == "Fujian");
        Assert.Equal("福建", fujian.QuerySelector(":scope > span[lang=zh-Hans]")!.TextContent);
        Assert.Equal(["福州", "泉州", "漳州"], fujian.QuerySelectorAll(":scope ul span[lang=zh-Hans]").Select(s => s.TextContent));
        Assert.Null(Site.Html("topics/index.html").QuerySelector("[lang=zh-Hans]"));
    }

    [Fact]
    public void Each_page_with_a_map_stays_within_30_KB_of_the_page_without_it()
    {
        foreach (var path in new[] { "regions/index.html", $"issues/{RealSite.IssueSlug}/index.html", "regions/fujian/index.html" })
        {
            var html = Site.Text(path);
            var start = html.IndexOf("<figure class=\"map-figure", StringComparison.Ordinal);
            var end = html.IndexOf("</figure>", start, StringComparison.Ordinal);
            Assert.True(start >= 0 && end - start < 30 * 1024, $"{path}: map of {end - start} bytes");
        }
    }
}
