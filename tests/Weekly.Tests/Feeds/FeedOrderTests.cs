using System.Xml.Linq;
using Weekly.Caching;
using Weekly.Core;
using Weekly.Domain;
using Weekly.Feeds;
using Weekly.IO;
using Weekly.Modules;
using Weekly.Pipelines;
using Weekly.Rendering;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Feeds;

public class FeedOrderTests
{
    private static List<string> RssTitles(string xml) =>
        XDocument.Parse(xml).Root!.Element("channel")!.Elements("item").Select(i => i.Element("title")!.Value).ToList();

    private static Issue Dated(string slug, int day, int? number = null, int hour = -1) =>
        FeedFixtures.Issue(slug, new DateOnly(2020, 3, day), slug, [FeedFixtures.Story(1, $"{slug} story", [FeedFixtures.Fuzhou])], number,
            hour < 0 ? null : new DateTimeOffset(2020, 3, day, hour, 0, 0, TimeSpan.FromHours(8)));

    [Fact]
    public void Issues_are_ordered_newest_first_by_instant_then_number_then_source_path()
    {
        // Same day: "c" published at 09:00 beats midnight; numbered beat unnumbered; then source path ordinal.
        Issue[] issues = [Dated("a", 2), Dated("b", 9), Dated("z", 9, number: 7), Dated("y", 9, number: 8), Dated("c", 9, hour: 9), Dated("B", 9)];
        var expected = new[] { "c", "y", "z", "B", "b", "a" };
        Assert.Equal(expected, issues.Reverse().Order(Weekly.Content.IssueOrder.NewestFirst).Select(i => i.Slug));
        Assert.Equal(expected, issues.Order(Weekly.Content.IssueOrder.NewestFirst).Select(i => i.Slug));
    }

    [Fact]
    public void The_site_feed_lists_issues_in_the_site_models_order_and_never_sorts_them_again()
    {
        Issue[] issues = [Dated("a", 2), Dated("b", 9), Dated("c", 9, hour: 9)];
        var site = FeedFixtures.Site(issues);
        var given = site with { Issues = [.. site.Issues.Reverse()] };
        Assert.Equal(given.Issues.Select(i => i.Title), RssTitles(FeedFixtures.Files(given)["feed.xml"]));
    }

    [Fact]
    public void Term_stories_are_newest_first_then_by_issue_slug_then_ordinal()
    {
        var files = FeedFixtures.Files(FeedFixtures.StandardSite());
        Assert.Equal(["Fuzhou Port Goes On Chain", "Mayor of Fuzhou: Creating a Blockchain City", "Xiamen Tax Bureau Issues Blockchain Invoices"],
            RssTitles(files["regions/fujian/feed.xml"]));
        Assert.Equal(["Jiangxi Launches Supply Chain Platform", "Mayor of Fuzhou: Creating a Blockchain City", "Bank of China: Blockchain Pilot"],
            RssTitles(files["topics/finance/feed.xml"]));
    }

    [Fact]
    public void A_province_feed_includes_its_cities_stories()
    {
        var files = FeedFixtures.Files(FeedFixtures.StandardSite());
        var fujian = RssTitles(files["regions/fujian/feed.xml"]);
        Assert.Superset(RssTitles(files["regions/fujian/fuzhou/feed.xml"]).ToHashSet(), fujian.ToHashSet());
        Assert.Superset(RssTitles(files["regions/fujian/xiamen/feed.xml"]).ToHashSet(), fujian.ToHashSet());
    }

    [Fact]
    public void Item_counts_default_to_20_issues_and_50_stories()
    {
        var issues = Enumerable.Range(1, 26).Select(n => FeedFixtures.Issue($"i{n:00}", new DateOnly(2020, 1, 1).AddDays(7 * n), $"Issue {n}",
            [FeedFixtures.Story(1, $"A {n}", [FeedFixtures.Fuzhou]), FeedFixtures.Story(2, $"B {n}", [FeedFixtures.Fuzhou])], n)).ToList();
        var files = FeedFixtures.Files(FeedFixtures.Site(issues));
        var site = RssTitles(files["feed.xml"]);
        Assert.Equal(20, site.Count);
        Assert.Equal(["Issue 26", "Issue 7"], new[] { site[0], site[^1] });
        var fuzhou = RssTitles(files["regions/fujian/fuzhou/feed.xml"]);
        Assert.Equal(50, fuzhou.Count);
        Assert.Equal(["A 26", "B 26", "A 2", "B 2"], new[] { fuzhou[0], fuzhou[1], fuzhou[^2], fuzhou[^1] });
    }

    [Fact]
    public void Item_counts_follow_the_settings_and_last_build_date_stays_the_newest()
    {
        var settings = new SiteSettings { BaseUrl = "https://example.org/", SiteFeedItems = 1, TermFeedItems = 2 };
        var files = FeedFixtures.Files(FeedFixtures.StandardSite(settings));
        Assert.Equal(["Supply Chains"], RssTitles(files["feed.xml"]));
        Assert.Single(XDocument.Parse(files["atom.xml"]).Root!.Elements(XName.Get("entry", AtomFeedWriter.Namespace)));
        Assert.Equal(["Fuzhou Port Goes On Chain", "Mayor of Fuzhou: Creating a Blockchain City"], RssTitles(files["regions/fujian/feed.xml"]));
        Assert.Equal("Mon, 13 Jan 2020 09:30:15 +0800", XDocument.Parse(files["feed.xml"]).Root!.Element("channel")!.Element("lastBuildDate")!.Value);
    }

    [Fact]
    public void Content_is_rendered_only_for_items_within_the_limit_and_once_per_story()
    {
        var settings = new SiteSettings { BaseUrl = "https://example.org/", SiteFeedItems = 1, TermFeedItems = 1 };
        var site = FeedFixtures.StandardSite(settings);
        var (issueCalls, storyCalls) = (new List<string>(), new List<string>());
        var builder = new FeedBuilder(site, (i, _) => { issueCalls.Add(i.Slug); return ""; }, (e, _) => { storyCalls.Add(e.Story.Headline); return ""; });
        builder.BuildSiteFeed(new DiagnosticBag());
        foreach (var term in site.AllTerms) builder.BuildTermFeed(term, new DiagnosticBag());
        Assert.Equal(["2020-01-13-supply-chains"], issueCalls);
        Assert.Equal(["Fuzhou Port Goes On Chain", "Xiamen Tax Bureau Issues Blockchain Invoices", "Jiangxi Launches Supply Chain Platform"], storyCalls);
    }

    [Fact]
    public void The_feeds_pipeline_makes_one_document_per_feed_in_a_fixed_order()
    {
        var site = FeedFixtures.StandardSite();
        var renderer = new SiteRenderer(Theme.Load(RepoPaths.Theme, new DiagnosticBag()), site, BuildCache.None);
        var context = new BuildContext();
        var bag = new DiagnosticBag();
        var pipeline = new FeedsPipeline(site, renderer, new OutputWriter(DiscardOutput.Instance, bag)).Modules.Single().Execute([], context);
        Assert.Equal(
            ["feed.xml", "atom.xml", "feed.json", "regions/fujian/feed.xml", "regions/fujian/fuzhou/feed.xml", "regions/fujian/xiamen/feed.xml",
             "regions/jiangxi/feed.xml", "topics/finance/feed.xml", "topics/taxation/feed.xml"],
            pipeline.Select(d => d.Destination));
        Assert.Equal("/regions/fujian/fuzhou/feed.xml", pipeline[4].Get(Keys.Request).Permalink);
        var texts = pipeline.Select(d => new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(d.Content.ToBytes(bag))).ToList();
        Assert.Empty(bag.Sorted());
        Assert.All(texts, t => Assert.EndsWith("\n", t, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.DoesNotContain("\r", t, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.False(t.StartsWith('\uFEFF'), "no byte order mark"));
        Assert.Equal("Industry Blockchain Weekly: Fuzhou, Fujian", XDocument.Parse(texts[4]).Root!.Element("channel")!.Element("title")!.Value);
        Assert.Equal("Tax invoices on a blockchain.", XDocument.Parse(texts[8]).Root!.Element("channel")!.Element("description")!.Value);
    }
}
