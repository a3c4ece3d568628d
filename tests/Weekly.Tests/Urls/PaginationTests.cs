using System.Text;
using Weekly.Tests.TestKit;
using Weekly.Urls;

namespace Weekly.Tests.Urls;

public class PaginationTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(30, 1)]
    [InlineData(31, 2)]
    [InlineData(61, 3)]
    public void Page_count_is_the_ceiling_and_never_zero(int items, int pages) =>
        Assert.Equal(pages, Pagination.For(items, 30, "/regions/beijing/").Count);

    [Fact]
    public void Pages_have_their_slices_and_neighbours()
    {
        var pages = Pagination.For(61, 30, "/regions/beijing/");
        Assert.Equal(["/regions/beijing/", "/regions/beijing/page/2/", "/regions/beijing/page/3/"], pages.Select(p => p.Url));
        Assert.Equal([(0, 30), (30, 30), (60, 1)], pages.Select(p => (p.Skip, p.Take)));
        Assert.Equal([null, "/regions/beijing/", "/regions/beijing/page/2/"], pages.Select(p => p.PreviousUrl));
        Assert.Equal(["/regions/beijing/page/2/", "/regions/beijing/page/3/", null], pages.Select(p => p.NextUrl));
        Assert.Equal([60], pages[2].Slice(Enumerable.Range(0, 61).ToList()));
    }

    [Fact]
    public void Paged_permalinks_follow_the_scheme()
    {
        Assert.Equal("/issues/", Permalinks.Paged("/issues/", 1));
        Assert.Equal("/issues/page/12/", Permalinks.Paged("/issues/", 12));
        Assert.Equal("issues/page/12/index.html", Permalinks.ToDestination(Permalinks.Paged("/issues/", 12)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Permalinks.Paged("/issues/", 0));
    }

    /// <summary>A seed with <paramref name="count"/> Beijing stories.</summary>
    internal static string BeijingSeed(int count)
    {
        var sb = new StringBuilder("Industry Blockchain Weekly 丨 Many Beijing stories\n\nRecently, Beijing was busy.\n\nGovernment Updates: Beijing\n\n");
        for (var i = 1; i <= count; i++)
        {
            sb.Append($"Beijing: Measure number {i} announced\n\nOn January 2, Beijing announced measure number {i}.\n\n");
        }
        sb.Append("\nThe editor says Beijing is busy.\n");
        return sb.ToString();
    }

    [Fact]
    public void A_region_with_61_stories_gets_three_pages_linked_with_rel_prev_and_next()
    {
        using var site = new TestSite($"-- seeds/2020-01-06-beijing.txt --\n{BeijingSeed(61)}");
        var result = site.Build("https://weekly.example.org/");
        Assert.True(result.Succeeded, result.DiagnosticsText());

        var first = result.Html("regions/beijing/index.html");
        var second = result.Html("regions/beijing/page/2/index.html");
        var third = result.Html("regions/beijing/page/3/index.html");
        Assert.False(result.Has("regions/beijing/page/4/index.html"));
        Assert.Equal([30, 30, 1], new[] { first, second, third }.Select(p => p.QuerySelectorAll("article.story-card").Length));
        // Newest first by event date, then position: page 1 starts with story 1, page 3 holds story 61.
        Assert.Equal("Beijing: Measure number 61 announced", third.QuerySelector("article.story-card h3")!.TextContent);

        Assert.Null(first.QuerySelector("link[rel=prev]"));
        Assert.Equal("/regions/beijing/page/2/", first.QuerySelector("link[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/regions/beijing/", second.QuerySelector("link[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/regions/beijing/page/3/", second.QuerySelector("link[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/regions/beijing/page/2/", third.QuerySelector("nav.page-pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(third.QuerySelector("link[rel=next]"));

        Assert.Equal("https://weekly.example.org/regions/beijing/page/2/", second.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.StartsWith("Beijing, page 2 · ", second.Title, StringComparison.Ordinal);
        Assert.Contains("Page 2 of 3", second.QuerySelector(".page-header .meta")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<loc>https://weekly.example.org/regions/beijing/page/3/</loc>", result.Text("sitemap.xml"), StringComparison.Ordinal);
    }
}
