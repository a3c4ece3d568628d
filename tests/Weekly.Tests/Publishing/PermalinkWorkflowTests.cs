using System.Xml.Linq;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Publishing;

/// <summary>
/// An editor's weeks, built as <c>weekly build</c> builds (the lock saved after each build): published URLs keep working
/// when a headline is corrected or a seed renamed, feed items keep their ids, and the editor is told.
/// </summary>
public class PermalinkWorkflowTests
{
    private const string BaseUrl = "https://example.org/";
    private const string Seed = "seeds/2020-01-06-two-sessions.txt";
    private const string IssueUrl = "/issues/2020-01-06-two-sessions/";
    private const string OldStoryUrl = IssueUrl + "fuzhou-city-launches-a-blockchain-pilot-zone/";
    private const string NewStoryUrl = IssueUrl + "fuzhou-city-opens-a-blockchain-pilot-zone/";
    private static readonly (string, string) Corrected = ("Fuzhou: City opens a blockchain pilot zone", SeedText.Fuzhou.Item2);

    private static TestSite Site() => new($"-- {Seed} --\n{SeedText.Issue("Two sessions", null, SeedText.Fuzhou, SeedText.Bank)}");

    [Fact]
    public void A_corrected_headline_moves_the_story_and_its_published_url_redirects_to_the_new_one()
    {
        using var site = Site();
        var first = site.BuildAndSaveLock(BaseUrl);
        var (firstId, _) = FuzhouItem(first);
        site.Write(Seed, SeedText.Issue("Two sessions", null, Corrected, SeedText.Bank));

        var second = site.Build(BaseUrl);

        var alias = second.Html(Destination(OldStoryUrl));
        Assert.Equal("0; url=https://example.org" + NewStoryUrl, alias.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal("https://example.org" + NewStoryUrl, alias.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("noindex", alias.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal(Corrected.Item1, alias.QuerySelector("body a")!.TextContent);
        Assert.Contains($"{OldStoryUrl} {NewStoryUrl} 301!", second.Text("_redirects").Split('\n'));
        var (id, link) = FuzhouItem(second);
        Assert.Equal(firstId, id);
        Assert.Equal("https://example.org" + NewStoryUrl, link);
        Assert.Equal(Corrected.Item1, second.Html(Destination(NewStoryUrl)).QuerySelector("h1")!.TextContent);
        var sitemap = second.Text("sitemap.xml");
        Assert.Contains("<loc>https://example.org" + NewStoryUrl + "</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain(OldStoryUrl, sitemap, StringComparison.Ordinal);
        var moved = Assert.Single(second.Diagnostics, d => d.Code == "WK0412");
        Assert.Equal((Seed, 8), (moved.File, moved.Line));
        Assert.Contains("- story: 1 with slug: fuzhou-city-launches-a-blockchain-pilot-zone", moved.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Once_the_lock_records_the_move_the_redirect_stays_and_the_warning_stops()
    {
        using var site = Site();
        site.BuildAndSaveLock(BaseUrl);
        site.Write(Seed, SeedText.Issue("Two sessions", null, Corrected, SeedText.Bank));
        site.BuildAndSaveLock(BaseUrl);

        var third = site.Build(BaseUrl);

        Assert.False(third.LockChanged);
        Assert.DoesNotContain(third.Diagnostics, d => d.Code.StartsWith("WK041", StringComparison.Ordinal));
        Assert.Contains($"{OldStoryUrl} {NewStoryUrl} 301!", third.Text("_redirects").Split('\n'));
        Assert.Contains("\"aliases\": [\"" + OldStoryUrl + "\"]", site.Read("permalinks.lock"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_renamed_seed_moves_the_issue_and_its_stories_and_every_old_url_redirects()
    {
        using var site = Site();
        var first = site.BuildAndSaveLock(BaseUrl);
        var issueId = IssueItemId(first);
        var (storyId, _) = FuzhouItem(first);
        site.Move(Seed, "seeds/2020-01-06-local-two-sessions.txt");

        var second = site.Build(BaseUrl);

        const string newIssueUrl = "/issues/2020-01-06-local-two-sessions/";
        var rules = second.Text("_redirects").Split('\n');
        Assert.Contains($"{IssueUrl} {newIssueUrl} 301!", rules);
        Assert.Contains($"{OldStoryUrl} {newIssueUrl}fuzhou-city-launches-a-blockchain-pilot-zone/ 301!", rules);
        Assert.Equal("0; url=https://example.org" + newIssueUrl, second.Html(Destination(IssueUrl)).QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal(issueId, IssueItemId(second));
        Assert.Equal(storyId, FuzhouItem(second).Id);
        var moved = Assert.Single(second.Diagnostics, d => d.Code == "WK0411");
        Assert.Equal("seeds/2020-01-06-local-two-sessions.txt", moved.File);
        Assert.Contains("slug: 2020-01-06-two-sessions", moved.Hint, StringComparison.Ordinal);
        Assert.DoesNotContain(second.Diagnostics, d => d.Code is "WK0412" or "WK0414");
    }

    [Fact]
    public void A_pinned_slug_keeps_the_published_url_when_the_editor_follows_the_hint()
    {
        using var site = Site();
        site.BuildAndSaveLock(BaseUrl);
        site.Write(Seed, SeedText.Issue("Two sessions", "stories:\n  - story: 1\n    slug: fuzhou-city-launches-a-blockchain-pilot-zone", Corrected, SeedText.Bank));

        var second = site.Build(BaseUrl);

        Assert.True(second.Has(Destination(OldStoryUrl)));
        Assert.Equal(Corrected.Item1, second.Html(Destination(OldStoryUrl)).QuerySelector("h1")!.TextContent);
        Assert.False(second.Has("_redirects"));
        Assert.Empty(second.Diagnostics);
    }

    [Fact]
    public void Pinning_the_old_slug_after_the_lock_recorded_the_move_brings_the_url_back_without_another_warning()
    {
        using var site = Site();
        site.BuildAndSaveLock(BaseUrl);
        site.Write(Seed, SeedText.Issue("Two sessions", null, Corrected, SeedText.Bank));
        Assert.Single(site.BuildAndSaveLock(BaseUrl).Diagnostics, d => d.Code == "WK0412");
        site.Write(Seed, SeedText.Issue("Two sessions", "stories:\n  - story: 1\n    slug: fuzhou-city-launches-a-blockchain-pilot-zone", Corrected, SeedText.Bank));

        var pinned = site.BuildAndSaveLock(BaseUrl);

        Assert.Empty(pinned.Diagnostics);
        Assert.Equal(Corrected.Item1, pinned.Html(Destination(OldStoryUrl)).QuerySelector("h1")!.TextContent);
        Assert.Contains($"{NewStoryUrl} {OldStoryUrl} 301!", pinned.Text("_redirects").Split('\n'));
        Assert.Empty(site.Build(BaseUrl).Diagnostics);
    }

    [Fact]
    public void A_story_taken_out_of_a_published_issue_redirects_to_its_issue()
    {
        using var site = Site();
        site.BuildAndSaveLock(BaseUrl);
        site.Write(Seed, SeedText.Issue("Two sessions", null, SeedText.Bank));

        var second = site.Build(BaseUrl);

        Assert.Contains($"{OldStoryUrl} {IssueUrl} 301!", second.Text("_redirects").Split('\n'));
        var removed = Assert.Single(second.Diagnostics, d => d.Code == "WK0413");
        Assert.Contains(OldStoryUrl, removed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_issue_withdrawn_after_publication_is_reported_and_its_urls_are_not_redirected()
    {
        using var site = Site();
        site.Write("seeds/2020-01-13-next.txt", SeedText.Issue("Next week", null, SeedText.Beijing));
        site.BuildAndSaveLock(BaseUrl);
        site.Write(Seed, SeedText.Issue("Two sessions", "draft: true", SeedText.Fuzhou, SeedText.Bank));

        var second = site.Build(BaseUrl);

        var withdrawn = Assert.Single(second.Diagnostics, d => d.Code == "WK0414");
        Assert.Equal(Seed, withdrawn.File);
        Assert.False(second.Has("_redirects"));
        Assert.False(second.Has(Destination(IssueUrl)));
    }

    [Fact]
    public void A_ci_build_does_not_update_the_lock_but_says_it_is_out_of_date_and_locked_fails()
    {
        using var site = Site();
        var readOnly = site.Build(o => o with { BaseUrl = BaseUrl, LockMode = PermalinkLockMode.ReadOnly });
        Assert.True(readOnly.Succeeded);
        Assert.Equal(["permalinks.lock: warning WK0416"], readOnly.Diagnostics.Select(d => $"{d.File}: warning {d.Code}"));

        var locked = site.Build(o => o with { BaseUrl = BaseUrl, LockMode = PermalinkLockMode.Locked });
        Assert.False(locked.Succeeded);
        Assert.Equal("WK0417", Assert.Single(locked.Diagnostics).Code);

        site.SaveLock(site.Build(BaseUrl));
        Assert.True(site.Build(o => o with { BaseUrl = BaseUrl, LockMode = PermalinkLockMode.Locked }).Succeeded);
    }

    [Fact]
    public void Weekly_build_then_check_records_the_lock_and_check_warns_about_a_corrected_headline()
    {
        using var site = Site();
        var build = CliProcess.Run(site.Root, null, "build", "--base-url", BaseUrl);
        Assert.True(build.ExitCode == 0, build.Stderr);
        Assert.Contains("Updated permalinks.lock", build.Stdout, StringComparison.Ordinal);
        Assert.Contains(OldStoryUrl, site.Read("permalinks.lock"), StringComparison.Ordinal);
        site.Write(Seed, SeedText.Issue("Two sessions", null, Corrected, SeedText.Bank));

        var check = CliProcess.Run(site.Root, new Dictionary<string, string> { ["CI"] = "true" }, "check");

        Assert.Equal(0, check.ExitCode);
        Assert.Contains($"{Seed}:8:1: warning WK0412: story \"{Corrected.Item1}\" was published at {OldStoryUrl} and now gets {NewStoryUrl}", check.Stdout, StringComparison.Ordinal);
        Assert.Contains("warning WK0416", check.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(NewStoryUrl, site.Read("permalinks.lock"), StringComparison.Ordinal);
    }

    private static string Destination(string permalink) => permalink.TrimStart('/') + "index.html";

    /// <summary>The Fuzhou story's item in the Fuzhou feed: its guid and link.</summary>
    private static (string Id, string Link) FuzhouItem(BuildResult result)
    {
        var item = Assert.Single(XDocument.Parse(result.Text("regions/fujian/fuzhou/feed.xml")).Descendants("item"));
        return (item.Element("guid")!.Value, item.Element("link")!.Value);
    }

    private static string IssueItemId(BuildResult result) =>
        Assert.Single(XDocument.Parse(result.Text("atom.xml")).Root!.Elements(XName.Get("entry", "http://www.w3.org/2005/Atom"))).Element(XName.Get("id", "http://www.w3.org/2005/Atom"))!.Value;

    [Fact]
    public void A_published_seed_that_no_longer_reads_is_an_error_there_not_a_withdrawn_issue()
    {
        using var site = Site();
        site.BuildAndSaveLock(BaseUrl);
        var text = SeedText.Issue("Two sessions", null, Corrected, SeedText.Bank).Replace("City opens", "City \u201copens\u201d", StringComparison.Ordinal);
        File.WriteAllBytes(Path.Combine(site.Root, Seed), System.Text.Encoding.Latin1.GetBytes(text.Replace('\u201c', '\u0093').Replace('\u201d', '\u0094')));

        var broken = site.Build(BaseUrl);

        Assert.Contains(broken.Diagnostics, d => d.Code == "WK0103" && d.File == Seed);
        Assert.DoesNotContain(broken.Diagnostics, d => d.Code == "WK0414");
    }
}
