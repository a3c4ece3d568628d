using Weekly.Tests.TestKit;

namespace Weekly.Tests.Site;

/// <summary>Issue #16, item 6, end to end: an editor adds a section name in <c>input/sections.yml</c>, without C#; without the file, layout still works.</summary>
public class SectionNamesSiteTests
{
    // One blank line before each heading: only a known name makes "Blockchain Pilots: …" a heading here, layout alone does not.
    private const string Seed = "Industry Blockchain Weekly 丨 Pilots\n\nRecently, the intro.\n\n"
        + "Government Updates: Local plans\n\nFuzhou: City launches a pilot zone\n\nOn January 4, 2020, Fuzhou announced a pilot zone.\n\n"
        + "Blockchain Pilots: New zones\n\nXiamen: City opens a lab\n\nOn January 3, 2020, Xiamen opened a blockchain lab.\n\nThe commentary.\n";

    private static IReadOnlyList<string> SectionNames(BuildResult result) =>
        result.Html("issues/2020-01-06-pilots/index.html").QuerySelectorAll(".section-name").Select(h => h.TextContent.Trim()).ToList();

    [Fact]
    public void A_section_name_added_to_the_data_file_is_recognised()
    {
        using var before = new TestSite("-- seeds/2020-01-06-pilots.txt --\n" + Seed);
        var result = before.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());
        Assert.Single(SectionNames(result));

        using var site = new TestSite("-- seeds/2020-01-06-pilots.txt --\n" + Seed);
        site.Write("input/sections.yml", site.Read("input/sections.yml") + "- name: Blockchain Pilots\n");
        result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());
        Assert.Equal(2, SectionNames(result).Count);
        Assert.Contains("Blockchain Pilots", SectionNames(result)[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_file_a_warning_and_headings_are_found_by_layout()
    {
        using var site = new TestSite("-- seeds/2020-01-06-pilots.txt --\n" + SeedText.Issue("Pilots", null, SeedText.Fuzhou));
        File.Delete(Path.Combine(site.Root, "input", "sections.yml"));
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());
        Assert.Contains(result.Diagnostics, d => d.Code == "WK0019" && d.File == "input/sections.yml");
        Assert.Contains("Government Updates", Assert.Single(SectionNames(result)), StringComparison.Ordinal);
    }
}
