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

    [Fact]
    public void A_variant_or_misspelt_heading_gets_the_topics_of_the_known_name()
    {
        // topics.yml gives every story under "Listed companies" the topic listed-companies; the story text alone does not.
        const string seed = "Industry Blockchain Weekly 丨 Pilots\n\nRecently, the intro.\n\n\n{0}: Results\n\n"
            + "Evergreen: Will build an information system\n\nOn January 4, 2020, Evergreen said so.\n\n\nThe commentary.\n";
        foreach (var heading in new[] { "Listed Companies", "Equity Firms", "Listed Compnaies" })
        {
            using var site = new TestSite("-- seeds/2020-01-06-pilots.txt --\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, seed, heading));
            site.Write("input/sections.yml", site.Read("input/sections.yml").Replace("- name: Listed Companies\n", "- name: Listed Companies\n  variants: [Equity Firms]\n", StringComparison.Ordinal));
            var result = site.Build();
            Assert.True(result.Succeeded, result.DiagnosticsText());
            Assert.Equal(["listed-companies"], result.Site!.Issues[0].Stories.First().Topics);
        }
    }
}
