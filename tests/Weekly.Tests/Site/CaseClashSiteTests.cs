using Weekly.Tests.TestKit;

namespace Weekly.Tests.Site;

/// <summary>Two seeds (or pages) whose paths differ only in letter case cannot both exist on macOS or Windows: an error naming both.</summary>
public class CaseClashSiteTests
{
    [Fact]
    public void Two_seeds_whose_names_differ_only_in_case_are_an_error_naming_both()
    {
        using var site = new TestSite(
            $"-- seeds/2020-01-13-second.txt --\n{SeedText.Issue("Second", null, SeedText.Fuzhou)}\n-- seeds/2020-01-13-Second.txt --\n{SeedText.Issue("Other", null, SeedText.Bank)}");

        var result = site.Build("https://example.org/");

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "WK0421");
        Assert.Equal("seeds/2020-01-13-second.txt", error.File);
        Assert.StartsWith("seeds/2020-01-13-second.txt and seeds/2020-01-13-Second.txt differ only in letter case", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "WK0401");
    }

    [Fact]
    public void Two_pages_whose_names_differ_only_in_case_are_an_error_naming_both()
    {
        using var site = new TestSite("-- input/pages/Colophon.md --\n---\ntitle: A\n---\nA\n-- input/pages/colophon.md --\n---\ntitle: B\n---\nB\n");

        var result = site.Build("https://example.org/");

        var error = Assert.Single(result.Diagnostics, d => d.Code == "WK0421");
        Assert.Equal(("input/pages/colophon.md", "error"), (error.File, error.Severity.ToString().ToLowerInvariant()));
        Assert.Contains("input/pages/Colophon.md", error.Message, StringComparison.Ordinal);
    }
}
