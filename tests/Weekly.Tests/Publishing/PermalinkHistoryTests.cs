using Weekly.Core;
using Weekly.Publishing;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Publishing;

public class PermalinkHistoryTests
{
    [Fact]
    public void A_story_inserted_into_a_published_issue_takes_a_new_feed_id_and_the_others_keep_theirs()
    {
        var issue = FeedFixtures.Issue("2020-01-06-x", new DateOnly(2020, 1, 6), "X",
        [
            FeedFixtures.Story(1, "Fuzhou pilot", slug: "fuzhou-pilot"),
            FeedFixtures.Story(2, "Xiamen invoices", slug: "xiamen-invoices"),
        ]);
        var first = PermalinkHistory.Apply([issue], PermalinkLock.Empty, new DiagnosticBag());
        Assert.Equal(["issues/2020-01-06-x/1", "issues/2020-01-06-x/2"], first.Issues[0].Stories.Select(s => s.FeedId));

        var inserted = issue with
        {
            Sections = [issue.Sections[0] with
            {
                Stories = [FeedFixtures.Story(1, "Beijing court", slug: "beijing-court"), .. issue.Sections[0].Stories.Select(s => s with { Ordinal = s.Ordinal + 1 })],
            }],
        };
        var bag = new DiagnosticBag();
        var second = PermalinkHistory.Apply([inserted], first.Lock, bag);

        Assert.Equal(["issues/2020-01-06-x/3", "issues/2020-01-06-x/1", "issues/2020-01-06-x/2"], second.Issues[0].Stories.Select(s => s.FeedId));
        Assert.Equal("issues/2020-01-06-x", second.Issues[0].FeedId);
        Assert.Empty(second.Redirects);
        Assert.Empty(bag.Sorted());
        Assert.True(second.Changed);
    }

    [Fact]
    public void Nothing_changes_when_nothing_moved()
    {
        var issues = FeedFixtures.StandardIssues();
        var first = PermalinkHistory.Apply(issues, PermalinkLock.Empty, new DiagnosticBag());
        var again = PermalinkHistory.Apply(issues, first.Lock, new DiagnosticBag());
        Assert.False(again.Changed);
        Assert.Equal(PermalinkLockFile.Serialize(first.Lock), PermalinkLockFile.Serialize(again.Lock));
    }
}
