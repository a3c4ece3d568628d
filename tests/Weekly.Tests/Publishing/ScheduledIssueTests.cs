using System.Xml.Linq;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Publishing;

/// <summary>Issues dated after now (in the site's time zone) wait for their day, as Hugo's buildFuture does.</summary>
public class ScheduledIssueTests
{
    /// <summary>1 March 2039, 00:00 in Shanghai is 28 February 2039, 16:00 UTC.</summary>
    private static readonly DateTimeOffset PublishedAt = new(2039, 2, 28, 16, 0, 0, TimeSpan.Zero);

    private static TestSite Site() => new($"""
        -- seeds/2020-01-06-now.txt --
        {SeedText.Issue("Out now", null, SeedText.Beijing)}
        -- seeds/2039-03-01-later.txt --
        {SeedText.Issue("Out later", null, SeedText.Fuzhou)}
        """);

    private static BuildResult Build(TestSite site, DateTimeOffset now, bool future = false) =>
        site.Build(o => o with { Clock = new FixedClock(now), IncludeFuture = future });

    [Fact]
    public void A_scheduled_issue_is_left_out_of_a_build_before_its_time_and_said_when_it_appears()
    {
        using var site = Site();
        var result = Build(site, PublishedAt.AddSeconds(-1));

        Assert.True(result.Succeeded, result.DiagnosticsText());
        Assert.False(result.Has("issues/2039-03-01-later/index.html"));
        Assert.DoesNotContain(result.Files, f => f.Destination.StartsWith("regions/fujian", StringComparison.Ordinal));
        Assert.DoesNotContain("Out later", result.Text("feed.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain("2039-03-01-later", result.Text("sitemap.xml"), StringComparison.Ordinal);
        var scheduled = Assert.Single(result.Diagnostics, d => d.Code == "WK0903");
        Assert.Equal("seeds/2039-03-01-later.txt:1:1: warning WK0903: issue is scheduled for 2039-03-01 00:00 (Asia/Shanghai): builds leave it out until then",
            scheduled.ToString().Split(" (weekly preview")[0]);
        Assert.DoesNotContain("2039-03-01-later", result.Lock!.Issues.Select(i => i.Source).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_scheduled_issue_appears_at_its_time_and_with_future()
    {
        using var site = Site();
        Assert.True(Build(site, PublishedAt).Has("issues/2039-03-01-later/index.html"));

        var future = Build(site, PublishedAt.AddDays(-30), future: true);
        Assert.True(future.Has("issues/2039-03-01-later/index.html"));
        Assert.Equal("Out later", XDocument.Parse(future.Text("feed.xml")).Descendants("item").First().Element("title")!.Value);
        Assert.Single(future.Diagnostics, d => d.Code == "WK0903");
        Assert.DoesNotContain(future.Lock!.Issues, i => i.Source == "seeds/2039-03-01-later.txt"); // shown, not yet published
    }
}
