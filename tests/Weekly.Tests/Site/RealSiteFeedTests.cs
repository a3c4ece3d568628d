using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using Weekly.Tests.Feeds;
using Weekly.Tests.TestKit;
using Weekly.Urls;

namespace Weekly.Tests.Site;

/// <summary>Issue #3's acceptance on the real site: every feed reads cleanly with feedparser and .NET, term feeds hold exactly their stories.</summary>
public class RealSiteFeedTests
{
    private static BuildResult Site => RealSite.Result;

    private static IEnumerable<string> XmlFeeds => Site.Files.Select(f => f.Destination)
        .Where(d => d is "feed.xml" or "atom.xml" || d.EndsWith("/feed.xml", StringComparison.Ordinal));

    [Fact]
    public void Every_feed_parses_with_feedparser_without_bozo()
    {
        var dir = Directory.CreateTempSubdirectory("weekly-real-feeds-");
        try
        {
            var paths = XmlFeeds.Select(feed =>
            {
                var full = Path.Combine(dir.FullName, feed);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, Site.File(feed).GetBytes());
                return full;
            }).ToList();
            Assert.True(paths.Count > 30, $"expected a feed per term, found {paths.Count}");
            var bad = FeedparserTests.RunFeedparser(paths)
                .Where(r => r.GetProperty("bozo").GetInt32() != 0 || r.GetProperty("items").GetInt32() == 0)
                .Select(r => $"{r.GetProperty("path").GetString()}: bozo={r.GetProperty("bozo").GetInt32()} {r.GetProperty("exception").GetString()} items={r.GetProperty("items").GetInt32()}")
                .ToList();
            Assert.True(bad.Count == 0, string.Join("\n", bad));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Every_feed_loads_with_the_dotnet_syndication_library_and_json_feed_is_valid()
    {
        foreach (var feed in XmlFeeds)
        {
            using var reader = XmlReader.Create(new StringReader(Site.Text(feed)));
            var loaded = SyndicationFeed.Load(reader);
            Assert.True(loaded.Items.Any(), feed + " has no items");
            Assert.All(loaded.Items, item => Assert.True(item.Links.All(l => l.Uri.IsAbsoluteUri), feed + ": relative item link"));
        }
        using var json = JsonDocument.Parse(Site.Text("feed.json"));
        Assert.Equal("https://jsonfeed.org/version/1.1", json.RootElement.GetProperty("version").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("regions/fujian/feed.xml", 4)]
    [InlineData("regions/fujian/fuzhou/feed.xml", 2)]
    [InlineData("regions/beijing/feed.xml", 3)]
    [InlineData("regions/hunan/feed.xml", 3)]
    public void Region_feeds_have_one_item_per_story(string feed, int items)
    {
        using var reader = XmlReader.Create(new StringReader(Site.Text(feed)));
        Assert.Equal(items, SyndicationFeed.Load(reader).Items.Count());
    }

    [Fact]
    public void Topic_feeds_hold_exactly_the_stories_tagged_with_their_topic()
    {
        var model = Site.Site!;
        Assert.NotEmpty(model.Topics);
        foreach (var term in model.Topics)
        {
            var expected = model.Stories.Where(s => s.Story.Topics.Contains(term.Path))
                .Select(s => model.Settings.AbsoluteUrl(Permalinks.Story(s.Issue, s.Story))).Order(StringComparer.Ordinal).ToList();
            using var reader = XmlReader.Create(new StringReader(Site.Text(Permalinks.ToDestination(Permalinks.TermFeed(term)))));
            var actual = SyndicationFeed.Load(reader).Items.Select(i => i.Links.Single().Uri.ToString()).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Pages_link_their_most_specific_feed_and_the_site_feed()
    {
        string Alternates(string page) => string.Join(" ", Site.Html(page).QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("href")));
        Assert.StartsWith("/regions/fujian/fuzhou/feed.xml /feed.xml", Alternates("regions/fujian/fuzhou/index.html"), StringComparison.Ordinal);
        Assert.StartsWith("/topics/finance/feed.xml /feed.xml", Alternates("topics/finance/index.html"), StringComparison.Ordinal);
        Assert.StartsWith("/feed.xml", Alternates("index.html"), StringComparison.Ordinal);
        Assert.StartsWith("/regions/fujian/fuzhou/feed.xml /feed.xml",
            Alternates($"issues/{RealSite.IssueSlug}/mayor-of-fuzhou-creating-a-comprehensive-experimental-zone/index.html"), StringComparison.Ordinal);
        Assert.NotNull(Site.Html("regions/fujian/index.html").QuerySelector("a.follow-link[href='/regions/fujian/feed.xml']"));
        Assert.NotNull(Site.Html("index.html").QuerySelector("a[href='/feed.xml']"));
    }
}
