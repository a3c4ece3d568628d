using Weekly.Tests.TestKit;

namespace Weekly.Tests.Site;

/// <summary>
/// Issue #6 variation "a footer whose previous-issue title matches an issue we have": the spec seed
/// <c>Specs/Seeds/056-footer-names-known-issue.txt</c> built next to that issue links to it, though the
/// footer names the newsletter differently and differs in case and spacing.
/// </summary>
public class PreviousIssueLinkTests
{
    [Fact]
    public void Footer_naming_an_issue_we_have_becomes_a_link_to_it()
    {
        using var site = new TestSite("""
            -- seeds/2020-01-06-supreme-law.txt --
            Industry Blockchain Weekly 丨 The Supreme Law issued a document

            Recently, the intro.


            Government Updates: Courts

            Beijing: The court speaks

            On January 3, 2020, the court spoke in Beijing.
            """.Replace("\n            ", "\n", StringComparison.Ordinal).TrimStart());
        site.WriteBytes("seeds/2020-01-13-footer.txt", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Specs", "Seeds", "056-footer-names-known-issue.txt")));
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());
        var footer = result.Html("issues/2020-01-13-footer/index.html").QuerySelector(".previous-issue")!;
        Assert.Equal(["/issues/2020-01-06-supreme-law/"], footer.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!));
        Assert.Empty(result.Html("issues/2020-01-06-supreme-law/index.html").QuerySelectorAll(".previous-issue"));
    }

    /// <summary>A footer may separate newsletter name and title as a title line does (<c>| ｜ 丨</c>) or with a dash or
    /// colon; the title itself may hold a <c>|</c> or a colon.</summary>
    [Theory]
    [InlineData("Industry Blockchain Weekly | The Supreme Law: a document | part two")]
    [InlineData("Industrial Blockchain Weekly ｜ The Supreme Law: a document | part two")]
    [InlineData("Weekly development of industrial blockchain - The Supreme Law: a document | part two")]
    [InlineData("Industry Blockchain Weekly: the supreme law:  a document | part two")]
    [InlineData("The Supreme Law: a document | part two")]
    public void Footer_with_any_title_separator_links_to_the_issue(string footerTitle)
    {
        using var site = new TestSite($"""
            -- seeds/2020-01-06-supreme-law.txt --
            Industry Blockchain Weekly 丨 The Supreme Law: a document | part two

            Recently, the intro.


            Government Updates: Courts

            Beijing: The court speaks

            On January 3, 2020, the court spoke in Beijing.
            -- seeds/2020-01-13-next.txt --
            Industry Blockchain Weekly 丨 The next one

            Recently, the intro.


            Government Updates: Courts

            Beijing: The court speaks again

            On January 10, 2020, the court spoke in Beijing.

            Review of previous period: {footerTitle}
            """.Replace("\n            ", "\n", StringComparison.Ordinal).TrimStart());
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());
        var footer = result.Html("issues/2020-01-13-next/index.html").QuerySelector(".previous-issue")!;
        Assert.Equal(["/issues/2020-01-06-supreme-law/"], footer.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!));
    }
}
