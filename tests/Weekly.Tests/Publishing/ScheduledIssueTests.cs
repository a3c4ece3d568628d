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
        Assert.Contains(result.Lock!.Issues, i => i.Source == "seeds/2039-03-01-later.txt"); // it goes live at that URL on its day
        Assert.False(result.Has("_redirects"));
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
        Assert.Contains(future.Lock!.Issues, i => i.Source == "seeds/2039-03-01-later.txt");
    }

    /// <summary>A test build that names no clock uses <see cref="FixedClock.Default"/> (1 January 2030), never the day the tests run.</summary>
    [Fact]
    public void A_test_build_without_a_clock_uses_the_fixed_test_clock()
    {
        using var site = new TestSite($"""
            -- seeds/2029-12-31-before.txt --
            {SeedText.Issue("Before", null, SeedText.Beijing)}
            -- seeds/2030-01-02-after.txt --
            {SeedText.Issue("After", null, SeedText.Fuzhou)}
            """);
        var result = site.Build();
        Assert.True(result.Has("issues/2029-12-31-before/index.html"));
        Assert.False(result.Has("issues/2030-01-02-after/index.html"));
        Assert.Equal("seeds/2030-01-02-after.txt", Assert.Single(result.Diagnostics, d => d.Code == "WK0903").File);
    }

    [Fact]
    public void A_scheduled_draft_is_not_recorded()
    {
        using var site = new TestSite($"-- seeds/2039-03-01-later.txt --\n{SeedText.Issue("Out later", "draft: true", SeedText.Fuzhou)}");
        var result = site.Build(o => o with { Clock = new FixedClock(PublishedAt.AddDays(-1)), IncludeDrafts = true });
        Assert.Empty(result.Lock!.Issues);
    }

    [Fact]
    public void A_scheduled_issue_published_by_a_ci_build_on_its_day_keeps_its_url_when_a_headline_is_fixed_later()
    {
        const string baseUrl = "https://example.org/";
        const string url = "/issues/2039-03-01-later/fuzhou-city-launches-a-blockchain-pilot-zone/";
        using var site = Site();
        // The editor commits the seed before its day, with the lock weekly build wrote.
        site.SaveLock(site.Build(o => o with { BaseUrl = baseUrl, Clock = new FixedClock(PublishedAt.AddDays(-3)) }));
        // The daily build hook publishes it on Netlify, which cannot write the lock.
        var onTheDay = site.Build(o => o with { BaseUrl = baseUrl, Clock = new FixedClock(PublishedAt), LockMode = PermalinkLockMode.ReadOnly });
        Assert.True(onTheDay.Has(url.TrimStart('/') + "index.html"));
        Assert.DoesNotContain(onTheDay.Diagnostics, d => d.Code == "WK0416");
        // A week later the editor fixes the headline.
        site.Write("seeds/2039-03-01-later.txt", SeedText.Issue("Out later", null, ("Fuzhou: City opens a blockchain pilot zone", SeedText.Fuzhou.Item2)));

        var fixedLater = site.Build(o => o with { BaseUrl = baseUrl, Clock = new FixedClock(PublishedAt.AddDays(7)) });

        Assert.Contains($"{url} /issues/2039-03-01-later/fuzhou-city-opens-a-blockchain-pilot-zone/ 301!", fixedLater.Text("_redirects").Split('\n'));
        Assert.Single(fixedLater.Diagnostics, d => d.Code == "WK0412");
    }

    [Fact]
    public void A_scheduled_issue_deleted_before_its_day_was_never_published_so_it_leaves_the_lock_without_a_withdrawal_warning()
    {
        using var site = Site();
        site.SaveLock(Build(site, PublishedAt.AddDays(-3)));
        Assert.Contains("seeds/2039-03-01-later.txt", site.Read("permalinks.lock"), StringComparison.Ordinal);
        File.Delete(Path.Combine(site.Root, "seeds", "2039-03-01-later.txt"));

        var before = Build(site, PublishedAt.AddDays(-2));

        Assert.True(before.Succeeded, before.DiagnosticsText());
        Assert.DoesNotContain(before.Diagnostics, d => d.Code == "WK0414");
        Assert.DoesNotContain(before.Lock!.Issues, e => e.Source == "seeds/2039-03-01-later.txt");

        // Deleted after its day, the same issue was published: withdrawing it is worth a warning.
        var after = Build(site, PublishedAt.AddDays(1));
        Assert.Single(after.Diagnostics, d => d.Code == "WK0414");
    }
}
