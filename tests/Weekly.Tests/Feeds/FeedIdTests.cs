using System.Text.Json;
using System.Xml.Linq;
using Weekly.Core;
using Weekly.Domain;
using Weekly.Feeds;
using Weekly.Settings;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Feeds;

public class FeedIdTests
{
    private static readonly XNamespace Atom = AtomFeedWriter.Namespace;

    private static List<string> RssGuids(string xml) =>
        XDocument.Parse(xml).Root!.Element("channel")!.Elements("item").Select(i => i.Element("guid")!.Value).ToList();

    [Fact]
    public void Ids_are_tag_uris_from_the_host_and_slugs()
    {
        var files = FeedFixtures.Files(FeedFixtures.StandardSite());
        Assert.Equal(["tag:example.org,2020:issues/2020-01-13-supply-chains", "tag:example.org,2020:issues/2020-01-06-local-two-sessions"], RssGuids(files["feed.xml"]));
        Assert.Equal(["tag:example.org,2020:issues/2020-01-13-supply-chains/2", "tag:example.org,2020:issues/2020-01-06-local-two-sessions/1"],
            RssGuids(files["regions/fujian/fuzhou/feed.xml"]));
        var guid = XDocument.Parse(files["feed.xml"]).Root!.Element("channel")!.Element("item")!.Element("guid")!;
        Assert.Equal("false", guid.Attribute("isPermaLink")!.Value);
        Assert.Equal("tag:example.org,2020:feed", XDocument.Parse(files["atom.xml"]).Root!.Element(Atom + "id")!.Value);
        Assert.Equal("tag:example.org,2020:regions/fujian/fuzhou", FeedIds.ForTerm(new SiteSettings { BaseUrl = "https://example.org/" },
            FeedFixtures.StandardSite().Regions[0].Children[0]));
    }

    [Fact]
    public void Fixing_a_typo_in_a_headline_or_title_keeps_the_story_id()
    {
        var typo = FeedFixtures.StandardIssues("Mayor of Fuzhuo").ToList();
        var fixedIssues = FeedFixtures.StandardIssues("Mayor of Fuzhou").ToList();
        fixedIssues[0] = fixedIssues[0] with { Title = fixedIssues[0].Title + " (corrected)" };
        var before = FeedFixtures.Files(FeedFixtures.Site(typo));
        var after = FeedFixtures.Files(FeedFixtures.Site(fixedIssues));

        static string IdOf(string xml, string title) =>
            XDocument.Parse(xml).Root!.Element("channel")!.Elements("item").Single(i => i.Element("title")!.Value == title).Element("guid")!.Value;
        const string expected = "tag:example.org,2020:issues/2020-01-06-local-two-sessions/1";
        Assert.Equal(expected, IdOf(before["regions/fujian/fuzhou/feed.xml"], "Mayor of Fuzhuo"));
        Assert.Equal(expected, IdOf(after["regions/fujian/fuzhou/feed.xml"], "Mayor of Fuzhou"));
        Assert.Equal(RssGuids(before["feed.xml"]), RssGuids(after["feed.xml"]));
        Assert.NotEqual(before["feed.xml"], after["feed.xml"]);
    }

    [Fact]
    public void Changing_the_base_url_scheme_keeps_every_id_and_rebuilding_changes_nothing()
    {
        var https = FeedFixtures.Files(FeedFixtures.StandardSite(new SiteSettings { BaseUrl = "https://example.org/" }));
        var http = FeedFixtures.Files(FeedFixtures.StandardSite(new SiteSettings { BaseUrl = "http://example.org/" }));
        var again = FeedFixtures.Files(FeedFixtures.StandardSite(new SiteSettings { BaseUrl = "https://example.org/" }));
        Assert.Equal(https.Keys.Order(StringComparer.Ordinal), http.Keys.Order(StringComparer.Ordinal));
        foreach (var path in https.Keys.Where(k => k.EndsWith(".xml", StringComparison.Ordinal)))
        {
            Assert.NotEqual(https[path], http[path]);
            Assert.Equal(RssOrAtomIds(https[path]), RssOrAtomIds(http[path]));
            Assert.Equal(https[path], again[path]);
        }
        Assert.Equal(JsonIds(https["feed.json"]), JsonIds(http["feed.json"]));
    }

    [Fact]
    public void A_pinned_authority_and_date_replace_the_host()
    {
        var settings = new SiteSettings { BaseUrl = "https://weekly.example.com/", FeedIdAuthority = "industry-blockchain-weekly.netlify.app", FeedIdDate = "2020-01-06" };
        var files = FeedFixtures.Files(FeedFixtures.StandardSite(settings));
        Assert.Equal("tag:industry-blockchain-weekly.netlify.app,2020-01-06:issues/2020-01-13-supply-chains", RssGuids(files["feed.xml"])[0]);
    }

    [Fact]
    public void No_two_items_of_any_feed_share_an_id_and_a_story_tagged_twice_is_listed_once()
    {
        var issues = FeedFixtures.StandardIssues().ToList();
        var twice = FeedFixtures.Story(4, "Fuzhou and Xiamen Sign a Pact", [FeedFixtures.Fuzhou, FeedFixtures.Xiamen], ["finance"]);
        issues[0] = issues[0] with { Sections = [issues[0].Sections[0] with { Stories = [.. issues[0].Sections[0].Stories, twice] }] };
        var site = FeedFixtures.Site(issues);
        // Fujian's stories listed twice over (as a careless grouping might): the feed must list each once.
        var fujian = site.Regions[0] with { Stories = [.. site.Regions[0].Stories, .. site.Regions[0].Stories] };
        var feed = new FeedBuilder(site with { Regions = [fujian] }, FeedFixtures.IssueHtml, FeedFixtures.StoryHtml).BuildTermFeed(fujian, new DiagnosticBag());
        Assert.Equal(["tag:example.org,2020:issues/2020-01-13-supply-chains/2", "tag:example.org,2020:issues/2020-01-06-local-two-sessions/1",
            "tag:example.org,2020:issues/2020-01-06-local-two-sessions/2", "tag:example.org,2020:issues/2020-01-06-local-two-sessions/4"],
            feed.Items.Select(i => i.Id));
        Assert.Equal(feed.Items.Count, feed.Items.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count());

        foreach (var (path, content) in FeedFixtures.Files(site))
        {
            var ids = path.EndsWith(".json", StringComparison.Ordinal) ? JsonIds(content) : RssOrAtomIds(content);
            Assert.True(ids.Count > 0, path);
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void Two_issues_with_one_slug_are_a_bug_not_a_silent_duplicate()
    {
        var issues = FeedFixtures.StandardIssues().ToList();
        issues[1] = issues[1] with { Slug = issues[0].Slug };
        var builder = new FeedBuilder(FeedFixtures.Site(issues), FeedFixtures.IssueHtml, FeedFixtures.StoryHtml);
        var error = Assert.Throws<InvalidOperationException>(() => builder.BuildSiteFeed(new DiagnosticBag()));
        Assert.Contains("tag:example.org,2020:issues/2020-01-06-local-two-sessions", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("feed_id_authority: \"bad authority!\"", "WK0803")]
    [InlineData("feed_id_date: \"20\"", "WK0803")]
    [InlineData("time_zone: Mars/Olympus_Mons", "WK0005")]
    public void Invalid_id_or_zone_settings_are_errors_in_the_settings_file(string line, string code)
    {
        using var dir = new TempDirectory();
        dir.Write("input/site.yml", "base_url: https://example.org/\n" + line + "\n");
        var bag = new DiagnosticBag();
        SiteSettingsLoader.Load(dir.Path, null, bag);
        var diagnostics = bag.Sorted();
        Assert.Equal([code], diagnostics.Select(d => d.Code));
        Assert.StartsWith($"input/site.yml:2:1: error {code}: ", diagnostics[0].ToString(), StringComparison.Ordinal);
    }

    private static List<string> RssOrAtomIds(string xml)
    {
        var root = XDocument.Parse(xml).Root!;
        return root.Name == "rss"
            ? RssGuids(xml)
            : root.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToList();
    }

    private static List<string> JsonIds(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
    }
}
