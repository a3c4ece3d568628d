using System.Xml.Linq;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Publishing;

/// <summary>
/// A published story cut from one issue's seed and pasted into another's: the editor is told once (WK0419), its old URL
/// redirects, it keeps its feed id, and a new story with a similar headline never takes its place.
/// </summary>
public class PermalinkMoveTests
{
    private const string BaseUrl = "https://example.org/";
    private const string First = "seeds/2020-01-06-two-sessions.txt";
    private const string Second = "seeds/2020-01-13-next.txt";
    private const string OldUrl = "/issues/2020-01-06-two-sessions/fuzhou-city-launches-a-blockchain-pilot-zone/";
    private const string NewUrl = "/issues/2020-01-13-next/fuzhou-city-launches-a-blockchain-pilot-zone/";
    private static readonly (string, string) Similar = ("Fuzhou: City launches a blockchain pilot area",
        "On January 9, Fuzhou said companies may now apply to join its blockchain pilot area.");

    private static TestSite Site() => new($"-- {First} --\n{SeedText.Issue("Two sessions", null, SeedText.Fuzhou, SeedText.Bank)}" +
        $"-- {Second} --\n{SeedText.Issue("Next week", null, SeedText.Beijing)}");

    [Fact]
    public void A_story_moved_to_another_issue_is_warned_about_once_at_its_line_in_its_new_seed()
    {
        using var site = Site();
        var first = site.BuildAndSaveLock(BaseUrl);
        site.Write(First, SeedText.Issue("Two sessions", null, SeedText.Bank));
        site.Write(Second, SeedText.Issue("Next week", null, SeedText.Beijing, SeedText.Fuzhou));

        var second = site.BuildAndSaveLock(BaseUrl);

        var moved = Assert.Single(second.Diagnostics, d => d.Code.StartsWith("WK041", StringComparison.Ordinal));
        Assert.Equal(("WK0419", Second, 12), (moved.Code, moved.File, moved.Line));
        Assert.Contains($"was published at {OldUrl} (seed {First}) and now gets {NewUrl}", moved.Message, StringComparison.Ordinal);
        Assert.Contains($"put the story back in {First}", moved.Hint, StringComparison.Ordinal);
        Assert.Contains($"{OldUrl} {NewUrl} 301!", second.Text("_redirects").Split('\n'));
        Assert.Equal(Ids(first)["https://example.org" + OldUrl], Ids(second)["https://example.org" + NewUrl]);
        Assert.DoesNotContain(site.Build(BaseUrl).Diagnostics, d => d.Code.StartsWith("WK041", StringComparison.Ordinal));
    }

    [Fact]
    public void A_story_moved_unchanged_keeps_its_identity_though_a_new_story_in_its_old_issue_has_a_similar_headline()
    {
        using var site = Site();
        var first = site.BuildAndSaveLock(BaseUrl);
        site.Write(First, SeedText.Issue("Two sessions", null, Similar, SeedText.Bank));
        site.Write(Second, SeedText.Issue("Next week", null, SeedText.Beijing, SeedText.Fuzhou));

        var second = site.Build(BaseUrl);

        var ids = Ids(second);
        Assert.Equal(Ids(first)["https://example.org" + OldUrl], ids["https://example.org" + NewUrl]);
        Assert.NotEqual(ids["https://example.org" + NewUrl], ids["https://example.org/issues/2020-01-06-two-sessions/fuzhou-city-launches-a-blockchain-pilot-area/"]);
        Assert.Contains($"{OldUrl} {NewUrl} 301!", second.Text("_redirects").Split('\n'));
        Assert.Equal("WK0419", Assert.Single(second.Diagnostics, d => d.Code.StartsWith("WK041", StringComparison.Ordinal)).Code);
    }

    [Fact]
    public void Two_seeds_that_swap_names_keep_each_story_with_its_feed_id()
    {
        using var site = new TestSite($"-- {First} --\n{SeedText.Issue("Two sessions", null, SeedText.Fuzhou)}" +
            $"-- {Second} --\n{SeedText.Issue("Two sessions", null, Similar)}");
        var first = Ids(site.BuildAndSaveLock(BaseUrl));
        var (a, b) = (site.Read(First), site.Read(Second));
        site.Write(First, b);
        site.Write(Second, a);

        var second = Ids(site.Build(BaseUrl));

        Assert.Equal(first["https://example.org" + OldUrl], second["https://example.org" + NewUrl]);
        Assert.Equal(first["https://example.org/issues/2020-01-13-next/fuzhou-city-launches-a-blockchain-pilot-area/"],
            second["https://example.org/issues/2020-01-06-two-sessions/fuzhou-city-launches-a-blockchain-pilot-area/"]);
    }

    /// <summary>Each story item of the Fuzhou feed: its link and its guid.</summary>
    private static Dictionary<string, string> Ids(BuildResult result) =>
        XDocument.Parse(result.Text("regions/fujian/fuzhou/feed.xml")).Descendants("item").ToDictionary(i => i.Element("link")!.Value, i => i.Element("guid")!.Value);
}
