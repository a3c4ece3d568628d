using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Site;

/// <summary>Issue #3's acceptance 3 and 4 on whole sites built from seeds (the feed unit tests in Feeds/ cover the writers alone).</summary>
public class FeedAcceptanceTests
{
    private const string Hostile = "AT&T <b>\"quoted\"</b> ]]> 😀 丨";

    /// <summary><see cref="Hostile"/> as a seed writes it: tags in a seed are markup and removed (WK0216), so its &lt; &gt; are
    /// character references the parser decodes into the text to show.</summary>
    private const string HostileInSeed = "AT&T &lt;b&gt;\"quoted\"&lt;/b&gt; ]]> 😀 丨";

    private static string Seed(string title, string headline) => $"""
        Industry Blockchain Weekly 丨 {title}

        This week Fuzhou in Fujian Province announced a blockchain plan.


        Government Updates: Local plans

        {headline}

        On January 4, the Fuzhou government in Fujian Province released a blockchain plan for finance.


        The editor thinks this matters.
        """;

    private static SyndicationFeed Load(BuildResult site, string feed)
    {
        using var reader = XmlReader.Create(new StringReader(site.Text(feed)));
        return SyndicationFeed.Load(reader);
    }

    [Fact]
    public void Hostile_title_and_headline_show_as_written_in_rss_atom_and_json()
    {
        using var site = new TestSite();
        site.Write("seeds/2020-01-06-hostile.txt", Seed(HostileInSeed + "\u0001", HostileInSeed + "\u0001"));
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());

        Assert.Equal(Hostile, Assert.Single(Load(result, "feed.xml").Items).Title.Text);
        Assert.Equal(Hostile, Assert.Single(Load(result, "atom.xml").Items).Title.Text);
        Assert.Equal(Hostile, Assert.Single(Load(result, "regions/fujian/fuzhou/feed.xml").Items).Title.Text);
        using var json = JsonDocument.Parse(result.Text("feed.json"));
        Assert.Equal(Hostile, json.RootElement.GetProperty("items")[0].GetProperty("title").GetString());
        Assert.DoesNotContain("\u0001", result.Text("feed.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Fixing_a_typo_in_a_headline_keeps_the_story_feed_id()
    {
        string StoryId(string headline)
        {
            using var site = new TestSite();
            site.Write("seeds/2020-01-06-mayor.txt", Seed("Local plans", headline));
            var result = site.Build();
            Assert.True(result.Succeeded, result.DiagnosticsText());
            var item = Assert.Single(Load(result, "regions/fujian/fuzhou/feed.xml").Items);
            Assert.Equal(headline, item.Title.Text);
            return item.Id;
        }

        var before = StoryId("Mayor of Fuzhuo");
        var after = StoryId("Mayor of Fuzhou");
        Assert.Equal(before, after);
        Assert.Equal("tag:industry-blockchain-weekly.netlify.app,2020:issues/2020-01-06-mayor/1", after);
    }
}
