using System.Xml.Linq;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Publishing;

/// <summary>
/// A seed renamed while its title or date is corrected is still the published issue (its stories say so): its old URL
/// redirects and its feed id stays. A different issue that only shares a date is not taken for a deleted one.
/// </summary>
public class PermalinkRenameTests
{
    private const string BaseUrl = "https://example.org/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void A_seed_renamed_and_retitled_keeps_its_feed_id_and_its_old_url_redirects()
    {
        using var site = new TestSite($"-- seeds/2021-01-06-two-sessions.txt --\n{SeedText.Issue("two sesions", null, SeedText.Fuzhou, SeedText.Bank)}");
        var first = site.BuildAndSaveLock(BaseUrl);
        File.Delete(Path.Combine(site.Root, "seeds/2021-01-06-two-sessions.txt"));
        site.Write("seeds/2020-01-06-two-sessions.txt", SeedText.Issue("two sessions", null, SeedText.Fuzhou, SeedText.Bank));

        var second = site.Build(BaseUrl);

        Assert.Equal(IssueIds(first), IssueIds(second));
        Assert.Contains("/issues/2021-01-06-two-sessions/ /issues/2020-01-06-two-sessions/ 301!", second.Text("_redirects").Split('\n'));
        Assert.Equal("seeds/2020-01-06-two-sessions.txt", Assert.Single(second.Diagnostics, d => d.Code == "WK0411").File);
        Assert.DoesNotContain(second.Diagnostics, d => d.Code is "WK0414" or "WK0412" or "WK0413");
    }

    [Fact]
    public void A_seed_renamed_and_redated_with_one_story_corrected_keeps_its_feed_id()
    {
        using var site = new TestSite($"-- seeds/2020-01-06-two-sessions.txt --\n{SeedText.Issue("Two sessions", null, SeedText.Fuzhou, SeedText.Bank, SeedText.Beijing)}");
        var first = site.BuildAndSaveLock(BaseUrl);
        File.Delete(Path.Combine(site.Root, "seeds/2020-01-06-two-sessions.txt"));
        var corrected = ("Beijing: Dongcheng backs blockchain", "On January 3, Dongcheng District of Beijing said it backs blockchain.");
        site.Write("seeds/2020-01-07-local-two-sessions.txt", SeedText.Issue("Local two sessions", null, SeedText.Fuzhou, SeedText.Bank, corrected));

        var second = site.Build(BaseUrl);

        Assert.Equal(IssueIds(first), IssueIds(second));
        Assert.Contains("/issues/2020-01-06-two-sessions/ /issues/2020-01-07-local-two-sessions/ 301!", second.Text("_redirects").Split('\n'));
        Assert.DoesNotContain(second.Diagnostics, d => d.Code == "WK0414");
    }

    [Fact]
    public void A_different_issue_on_the_date_of_a_deleted_one_is_a_new_issue()
    {
        using var site = new TestSite($"-- seeds/2020-01-06-two-sessions.txt --\n{SeedText.Issue("Two sessions", null, SeedText.Fuzhou, SeedText.Bank)}");
        var first = site.BuildAndSaveLock(BaseUrl);
        File.Delete(Path.Combine(site.Root, "seeds/2020-01-06-two-sessions.txt"));
        site.Write("seeds/2020-01-06-beijing.txt", SeedText.Issue("Beijing backs blockchain", null, SeedText.Beijing));

        var second = site.Build(BaseUrl);

        Assert.NotEqual(IssueIds(first), IssueIds(second));
        Assert.Equal("seeds/2020-01-06-two-sessions.txt", Assert.Single(second.Diagnostics, d => d.Code == "WK0414").File);
        Assert.DoesNotContain(second.Diagnostics, d => d.Code == "WK0411");
        Assert.False(second.Has("_redirects"));
    }

    [Fact]
    public void Following_the_rename_hint_keeps_the_published_url_and_warns_no_more()
    {
        using var site = new TestSite($"-- seeds/2020-01-06-two-sessions.txt --\n{SeedText.Issue("Two sessions", null, SeedText.Fuzhou, SeedText.Bank)}");
        var first = site.BuildAndSaveLock(BaseUrl);
        site.Move("seeds/2020-01-06-two-sessions.txt", "seeds/2020-01-06-local-two-sessions.txt");
        var renamed = site.BuildAndSaveLock(BaseUrl);
        Assert.Contains("add slug: 2020-01-06-two-sessions", Assert.Single(renamed.Diagnostics, d => d.Code == "WK0411").Hint, StringComparison.Ordinal);
        site.Write("seeds/2020-01-06-local-two-sessions.txt", SeedText.Issue("Two sessions", "slug: 2020-01-06-two-sessions", SeedText.Fuzhou, SeedText.Bank));

        var pinned = site.BuildAndSaveLock(BaseUrl);

        Assert.Equal([], pinned.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(IssueIds(first), IssueIds(pinned));
        Assert.True(pinned.Has("issues/2020-01-06-two-sessions/index.html"));
        Assert.Contains("/issues/2020-01-06-local-two-sessions/ /issues/2020-01-06-two-sessions/ 301!", pinned.Text("_redirects").Split('\n'));
        Assert.Empty(site.Build(BaseUrl).Diagnostics);
    }

    private static string[] IssueIds(BuildResult result) =>
        XDocument.Parse(result.Text("atom.xml")).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToArray();
}
