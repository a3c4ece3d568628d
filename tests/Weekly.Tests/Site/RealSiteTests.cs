using System.ServiceModel.Syndication;
using System.Xml;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Site;

/// <summary>Issue #2's page checks on the real site, read with AngleSharp.</summary>
public class RealSiteTests
{
    private static BuildResult Site => RealSite.Result;

    [Fact]
    public void Issue_page_has_five_sections_24_stories_and_five_commentaries()
    {
        var page = Site.Html($"issues/{RealSite.IssueSlug}/index.html");
        var article = page.QuerySelector("article.issue")!;
        Assert.Equal(5, article.QuerySelectorAll("section.issue-section").Length);
        Assert.Equal(24, article.QuerySelectorAll("article.story").Length);
        Assert.Equal(5, article.QuerySelectorAll("aside.commentary").Length);
        Assert.All(article.QuerySelectorAll("article.story"), story => Assert.False(string.IsNullOrEmpty(story.Id)));
        Assert.StartsWith("Local \"two sessions\" kicked off", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fujian", 4)]
    [InlineData("fujian/fuzhou", 2)]
    [InlineData("beijing", 3)]
    [InlineData("hunan", 3)]
    public void Region_pages_list_their_stories(string path, int stories)
    {
        var page = Site.Html($"regions/{path}/index.html");
        Assert.Equal(stories, page.QuerySelectorAll("article.story-card").Length);
    }

    [Fact]
    public void Region_pages_exist_exactly_for_the_places_the_stories_are_about()
    {
        string[] expected =
        [
            "fujian", "fujian/fuzhou", "fujian/quanzhou", "fujian/zhangzhou", "beijing", "beijing/dongcheng", "hunan/changsha",
            "hunan/loudi", "chongqing/yuzhong", "zhejiang/jiaxing", "jiangsu/nanjing", "sichuan/chengdu", "guangdong/shenzhen",
            "guangdong/guangzhou", "tianjin", "hebei",
        ];
        var missing = expected.Where(p => !Site.Has($"regions/{p}/index.html")).ToList();
        Assert.True(missing.Count == 0, "missing region pages: " + string.Join(", ", missing));

        string[] forbidden = ["hong-kong", "macao", "macau", "xinyi", "fangzhou", "jia", "jiangxi", "gansu"];
        var wrong = Site.Files.Select(f => f.Destination).Where(d => d.StartsWith("regions/", StringComparison.Ordinal))
            .Where(d => d.Split('/').Any(segment => forbidden.Contains(segment))).ToList();
        Assert.True(wrong.Count == 0, "unexpected region pages: " + string.Join(", ", wrong));
    }

    [Fact]
    public void Site_feed_has_the_issue_with_its_pubDate_and_an_absolute_link_to_a_page_that_exists()
    {
        using var reader = XmlReader.Create(new StringReader(Site.Text("feed.xml")));
        var feed = SyndicationFeed.Load(reader);
        var item = Assert.Single(feed.Items);
        Assert.Equal(new DateTimeOffset(2020, 1, 6, 0, 0, 0, TimeSpan.FromHours(8)), item.PublishDate);
        Assert.Contains("<pubDate>Mon, 06 Jan 2020 00:00:00 +0800</pubDate>", Site.Text("feed.xml"), StringComparison.Ordinal);
        var link = item.Links.Single().Uri;
        Assert.True(link.IsAbsoluteUri);
        Assert.Equal(RealSite.BaseUrl + $"issues/{RealSite.IssueSlug}/", link.ToString());
        Assert.True(Site.Has($"issues/{RealSite.IssueSlug}/index.html"));
    }

    [Fact]
    public void About_page_is_rendered_from_markdown()
    {
        var page = Site.Html("about/index.html");
        Assert.Equal("About Industry Blockchain Weekly", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("main h2"));
    }

    [Fact]
    public void Home_shows_the_latest_issue_and_links_to_the_archive()
    {
        var page = Site.Html("index.html");
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/issues/{RealSite.IssueSlug}/");
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/issues/");
    }
}
