using Weekly.Tests.TestKit;

namespace Weekly.Tests.Site;

/// <summary>Issue numbers are the live site's in every build: a draft between published issues moves none of them.</summary>
public class IssueNumberSiteTests
{
    private static string Seed(string title, string date, bool draft = false) =>
        (draft ? "---\ndraft: true\n---\n" : "") + $"Industry Blockchain Weekly 丨 {title}\n\nThe intro.\n\n\nGovernment Updates: Plans\n\nBeijing: A plan\n\nOn {date}, Beijing released a plan.\n";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_draft_between_published_issues_does_not_renumber_the_later_ones(bool drafts)
    {
        using var site = new TestSite();
        site.Write("seeds/2020-01-06-a.txt", Seed("First", "January 3, 2020"));
        site.Write("seeds/2020-01-10-draft.txt", Seed("Draft", "January 9, 2020", draft: true));
        site.Write("seeds/2020-01-13-b.txt", Seed("Second", "January 10, 2020"));
        var result = site.Build(drafts: drafts);
        Assert.True(result.Succeeded, result.DiagnosticsText());
        Assert.StartsWith("Issue 1 ·", result.Html("issues/2020-01-06-a/index.html").QuerySelector(".meta")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("Issue 2 ·", result.Html("issues/2020-01-13-b/index.html").QuerySelector(".meta")!.TextContent.Trim(), StringComparison.Ordinal);
    }
}
