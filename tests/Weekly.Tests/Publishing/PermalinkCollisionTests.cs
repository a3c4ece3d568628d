using System.Text.Json;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Publishing;

/// <summary>
/// An editor adds a seed or a story whose name or headline slugs the same as a published one: the published page keeps its
/// URL and feed id, and the newcomer gets <c>-2</c> (WK0401), whatever their order.
/// </summary>
public class PermalinkCollisionTests
{
    private const string BaseUrl = "https://example.org/";

    [Fact]
    public void A_new_seed_whose_name_slugs_like_a_published_one_gets_the_suffix_and_the_published_issue_keeps_its_url()
    {
        using var site = new TestSite($"-- seeds/2020-03-02-big-news.txt --\n{SeedText.Issue("Published news", null, SeedText.Fuzhou)}");
        site.BuildAndSaveLock(BaseUrl);
        var publishedId = IdOf(site.Read("permalinks.lock"), "/issues/2020-03-02-big-news/");
        site.Write("seeds/2020-03-02 Big News!.txt", SeedText.Issue("Newcomer", null, SeedText.Bank));

        var second = site.BuildAndSaveLock(BaseUrl);

        Assert.Equal("Published news", second.Html("issues/2020-03-02-big-news/index.html").QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Newcomer", second.Html("issues/2020-03-02-big-news-2/index.html").QuerySelector("h1")!.TextContent.Trim());
        var taken = Assert.Single(second.Diagnostics, d => d.Code == "WK0401");
        Assert.Equal("seeds/2020-03-02 Big News!.txt", taken.File);
        Assert.DoesNotContain(second.Diagnostics, d => d.Code is "WK0411" or "WK0415");
        Assert.False(second.Has("_redirects"));
        Assert.Equal(publishedId, IdOf(site.Read("permalinks.lock"), "/issues/2020-03-02-big-news/"));
    }

    [Fact]
    public void A_new_story_above_a_published_one_with_the_same_headline_slug_gets_the_suffix()
    {
        const string seed = "seeds/2020-01-06-two-sessions.txt";
        const string url = "/issues/2020-01-06-two-sessions/fuzhou-city-launches-a-blockchain-pilot-zone/";
        using var site = new TestSite($"-- {seed} --\n{SeedText.Issue("Two sessions", null, SeedText.Fuzhou, SeedText.Bank)}");
        site.BuildAndSaveLock(BaseUrl);
        var newcomer = ("Fuzhou: City launches a blockchain pilot zone!", "On January 5, the Fuzhou government said the pilot zone opens in March.");
        site.Write(seed, SeedText.Issue("Two sessions", null, newcomer, SeedText.Fuzhou, SeedText.Bank));

        var second = site.BuildAndSaveLock(BaseUrl);

        Assert.Contains(SeedText.Fuzhou.Item2, second.Text(url.TrimStart('/') + "index.html"), StringComparison.Ordinal);
        Assert.Contains(newcomer.Item2, second.Text(url.TrimStart('/')[..^1] + "-2/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain(second.Diagnostics, d => d.Code is "WK0412" or "WK0413" or "WK0415");
        var taken = Assert.Single(second.Diagnostics, d => d.Code == "WK0401");
        Assert.Equal(8, taken.Line);
        var lockText = site.Read("permalinks.lock");
        Assert.Equal("issues/2020-01-06-two-sessions/1", IdOf(lockText, url));
        Assert.Equal("issues/2020-01-06-two-sessions/3", IdOf(lockText, url[..^1] + "-2/"));
    }

    [Fact]
    public void A_story_moved_to_another_issue_keeps_its_feed_id_and_its_old_url_redirects_to_it()
    {
        const string story = "bank-of-quanzhou-supply-chain-finance-platform-goes-live/";
        using var site = new TestSite($"""
            -- seeds/2020-01-06-a.txt --
            {SeedText.Issue("A", null, SeedText.Fuzhou, SeedText.Bank)}
            -- seeds/2020-01-13-b.txt --
            {SeedText.Issue("B", null, SeedText.Beijing)}
            """);
        site.BuildAndSaveLock(BaseUrl);
        var id = IdOf(site.Read("permalinks.lock"), "/issues/2020-01-06-a/" + story);
        site.Write("seeds/2020-01-06-a.txt", SeedText.Issue("A", null, SeedText.Fuzhou));
        site.Write("seeds/2020-01-13-b.txt", SeedText.Issue("B", null, SeedText.Beijing, SeedText.Bank));

        var second = site.BuildAndSaveLock(BaseUrl);

        Assert.Contains($"/issues/2020-01-06-a/{story} /issues/2020-01-13-b/{story} 301!", second.Text("_redirects").Split('\n'));
        Assert.DoesNotContain(second.Diagnostics, d => d.Code is "WK0413" or "WK0412");
        Assert.Equal(id, IdOf(site.Read("permalinks.lock"), "/issues/2020-01-13-b/" + story));
        // A new story later put at the moved one's place in its first issue gets an id of its own.
        site.Write("seeds/2020-01-06-a.txt", SeedText.Issue("A", null, SeedText.Fuzhou, ("Xiamen: Port goes on chain", "On January 5, the port of Xiamen went on chain.")));
        site.BuildAndSaveLock(BaseUrl);
        Assert.NotEqual(id, IdOf(site.Read("permalinks.lock"), "/issues/2020-01-06-a/xiamen-port-goes-on-chain/"));
    }

    [Fact]
    public void A_new_seed_that_takes_a_renamed_issues_old_url_is_warned_about_once()
    {
        using var site = new TestSite($"-- seeds/2020-01-06-two-sessions.txt --\n{SeedText.Issue("Two sessions", null, SeedText.Fuzhou, SeedText.Bank)}");
        site.BuildAndSaveLock(BaseUrl);
        site.Move("seeds/2020-01-06-two-sessions.txt", "seeds/2020-01-06-local-two-sessions.txt");
        site.BuildAndSaveLock(BaseUrl);
        site.Write("seeds/2020-01-06-two-sessions.txt", SeedText.Issue("Newcomer", null, SeedText.Beijing));

        var taken = site.BuildAndSaveLock(BaseUrl);

        var warning = Assert.Single(taken.Diagnostics, d => d.Code.StartsWith("WK041", StringComparison.Ordinal));
        Assert.Equal(("WK0415", "seeds/2020-01-06-local-two-sessions.txt"), (warning.Code, warning.File));
        Assert.Equal("Newcomer", taken.Html("issues/2020-01-06-two-sessions/index.html").QuerySelector("h1")!.TextContent.Trim());
        var again = site.Build(BaseUrl);
        Assert.False(again.LockChanged);
        Assert.DoesNotContain(again.Diagnostics, d => d.Code.StartsWith("WK041", StringComparison.Ordinal));
        Assert.DoesNotContain("/issues/2020-01-06-two-sessions/ ", again.Text("_redirects"), StringComparison.Ordinal);
    }

    /// <summary>The id the lock records for the issue or story at <paramref name="url"/>.</summary>
    private static string IdOf(string lockText, string url)
    {
        using var json = JsonDocument.Parse(lockText);
        foreach (var issue in json.RootElement.GetProperty("issues").EnumerateArray())
        {
            if (issue.GetProperty("url").GetString() == url) return issue.GetProperty("id").GetString()!;
            foreach (var story in issue.GetProperty("stories").EnumerateArray())
            {
                if (story.GetProperty("url").GetString() == url) return story.GetProperty("id").GetString()!;
            }
        }
        throw new Xunit.Sdk.XunitException($"{url} is not in the lock:\n{lockText}");
    }
}
