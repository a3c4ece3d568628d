using System.Text.Json;
using System.Xml.Linq;
using Weekly.Content;
using Weekly.Domain;
using Weekly.Feeds;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Feeds;

public class FeedDatesTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly TimeZoneInfo LosAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    [Fact]
    public void Date_only_means_midnight_in_the_site_zone_in_both_formats()
    {
        var midnight = PublicationDates.MidnightIn(new DateOnly(2020, 1, 6), Shanghai);
        Assert.Equal("Mon, 06 Jan 2020 00:00:00 +0800", FeedDates.ToRfc822(midnight));
        Assert.Equal("2020-01-06T00:00:00+08:00", FeedDates.ToRfc3339(midnight));
        Assert.Equal(new DateTimeOffset(2020, 1, 5, 16, 0, 0, TimeSpan.Zero), midnight.ToUniversalTime());
    }

    [Fact]
    public void Negative_offsets_and_daylight_saving_follow_the_zone()
    {
        Assert.Equal("Mon, 06 Jan 2020 00:00:00 -0800", FeedDates.ToRfc822(PublicationDates.MidnightIn(new DateOnly(2020, 1, 6), LosAngeles)));
        Assert.Equal("2020-07-06T00:00:00-07:00", FeedDates.ToRfc3339(PublicationDates.MidnightIn(new DateOnly(2020, 7, 6), LosAngeles)));
        Assert.Equal("Sun, 05 Jan 2020 00:00:00 +0000", FeedDates.ToRfc822(PublicationDates.MidnightIn(new DateOnly(2020, 1, 5), TimeZoneInfo.Utc)));
    }

    [Fact]
    public void An_exact_instant_is_shown_in_the_site_zone_in_whole_seconds()
    {
        var issue = FeedFixtures.StandardIssues()[1];
        var instant = PublicationDates.Instant(issue, Shanghai);
        Assert.Equal("Mon, 13 Jan 2020 09:30:15 +0800", FeedDates.ToRfc822(instant));
        Assert.Equal("2020-01-13T09:30:15+08:00", FeedDates.ToRfc3339(instant));
    }

    [Fact]
    public void Rss_pub_dates_and_last_build_date_come_from_content()
    {
        var rss = XDocument.Parse(FeedFixtures.Files(FeedFixtures.StandardSite())["feed.xml"]);
        var channel = rss.Root!.Element("channel")!;
        Assert.Equal("Mon, 13 Jan 2020 09:30:15 +0800", channel.Element("lastBuildDate")!.Value);
        Assert.Equal(["Mon, 13 Jan 2020 09:30:15 +0800", "Mon, 06 Jan 2020 00:00:00 +0800"],
            channel.Elements("item").Select(i => i.Element("pubDate")!.Value));
    }

    [Fact]
    public void A_story_item_carries_its_issue_publication_date_not_its_event_date()
    {
        var files = FeedFixtures.Files(FeedFixtures.StandardSite());
        var fuzhou = XDocument.Parse(files["regions/fujian/fuzhou/feed.xml"]).Root!.Element("channel")!;
        Assert.Equal("Mon, 13 Jan 2020 09:30:15 +0800", fuzhou.Element("lastBuildDate")!.Value);
        Assert.Equal(["Mon, 13 Jan 2020 09:30:15 +0800", "Mon, 06 Jan 2020 00:00:00 +0800"],
            fuzhou.Elements("item").Select(i => i.Element("pubDate")!.Value));
    }

    [Fact]
    public void Atom_and_json_feed_use_rfc3339_with_updated_from_the_newest_item()
    {
        var files = FeedFixtures.Files(FeedFixtures.StandardSite());
        XNamespace a = AtomFeedWriter.Namespace;
        var atom = XDocument.Parse(files["atom.xml"]).Root!;
        Assert.Equal("2020-01-13T09:30:15+08:00", atom.Element(a + "updated")!.Value);
        Assert.Equal(["2020-01-13T09:30:15+08:00", "2020-01-06T00:00:00+08:00"], atom.Elements(a + "entry").Select(e => e.Element(a + "published")!.Value));
        Assert.Equal(["2020-01-13T09:30:15+08:00", "2020-01-06T00:00:00+08:00"], atom.Elements(a + "entry").Select(e => e.Element(a + "updated")!.Value));

        using var json = JsonDocument.Parse(files["feed.json"]);
        Assert.Equal(["2020-01-13T09:30:15+08:00", "2020-01-06T00:00:00+08:00"],
            json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("date_published").GetString()));
    }

    [Fact]
    public void The_site_zone_setting_changes_every_date()
    {
        var site = FeedFixtures.StandardSite(new SiteSettings { BaseUrl = "https://example.org/", TimeZone = "America/Los_Angeles" });
        var channel = XDocument.Parse(FeedFixtures.Files(site)["feed.xml"]).Root!.Element("channel")!;
        Assert.Equal(["Sun, 12 Jan 2020 17:30:15 -0800", "Mon, 06 Jan 2020 00:00:00 -0800"],
            channel.Elements("item").Select(i => i.Element("pubDate")!.Value));
    }

    [Fact]
    public void An_empty_site_has_feeds_dated_from_the_epoch_not_the_clock()
    {
        var files = FeedFixtures.Files(FeedFixtures.Site([]));
        XNamespace a = AtomFeedWriter.Namespace;
        Assert.Equal("1970-01-01T08:00:00+08:00", XDocument.Parse(files["atom.xml"]).Root!.Element(a + "updated")!.Value);
        Assert.Null(XDocument.Parse(files["feed.xml"]).Root!.Element("channel")!.Element("lastBuildDate"));
    }
}
