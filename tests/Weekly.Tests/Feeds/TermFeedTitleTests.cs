using System.Xml.Linq;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Feeds;

/// <summary>A term page's autodiscovery link is titled as the feed it points to titles itself.</summary>
public class TermFeedTitleTests
{
    [Fact]
    public void A_term_pages_feed_link_title_is_the_feeds_own_title()
    {
        using var site = new TestSite($"-- seeds/2020-01-06-a.txt --\n{SeedText.Issue("A", null, SeedText.Fuzhou)}");

        var result = site.Build();

        Assert.True(result.Succeeded, result.DiagnosticsText());
        var page = result.Html("regions/fujian/fuzhou/index.html");
        var link = page.QuerySelector("link[rel=alternate][href='/regions/fujian/fuzhou/feed.xml']")!;
        var feedTitle = XDocument.Parse(result.Text("regions/fujian/fuzhou/feed.xml")).Root!.Element("channel")!.Element("title")!.Value;
        Assert.Equal("Industry Blockchain Weekly: Fuzhou, Fujian", feedTitle);
        Assert.Equal(feedTitle, link.GetAttribute("title"));
    }
}
