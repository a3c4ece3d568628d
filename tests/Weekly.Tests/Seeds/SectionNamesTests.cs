using System.Text;
using Weekly.Core;
using Weekly.Seeds;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Seeds;

/// <summary>Issue #16, item 6: section names are data (<c>input/sections.yml</c>), and a misspelt heading gets a "did you mean".</summary>
public class SectionNamesTests
{
    /// <summary>The names SectionNames.cs held before they moved to input/sections.yml.</summary>
    private static readonly string[] FormerlyInCode =
    [
        "Government Updates", "Industrial Policy", "Research Institute", "Application Landing", "Listed Companies", "Standards and Patents",
        "Industry News", "Industry Updates", "Policy Updates", "Local Policies", "Financial Applications",
        "Investment and Financing", "Technology Progress", "International News",
    ];

    private static SectionNames Parse(string yaml, DiagnosticBag diagnostics) => SectionNamesFile.Parse(yaml, "input/sections.yml", diagnostics);

    [Fact]
    public void The_real_site_s_file_holds_every_name_the_code_held()
    {
        Assert.Equal(FormerlyInCode, RealSections.Names.Entries.Select(e => e.Name).Take(FormerlyInCode.Length));
        foreach (var name in FormerlyInCode) Assert.True(RealSections.Names.IsKnown(name.ToUpperInvariant()), name);
    }

    [Fact]
    public void Names_and_variants_are_read_in_file_order()
    {
        var diagnostics = new DiagnosticBag();
        var names = Parse("- name: Government Updates\n  variants: [Gov Updates, Official News]\n- name: Blockchain Pilots\n", diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(["Government Updates", "Blockchain Pilots"], names.Entries.Select(e => e.Name));
        Assert.Equal(["Gov Updates", "Official News"], names.Entries[0].Variants);
        Assert.True(names.IsKnown("official news"));
        Assert.True(names.TryMatch("Blockchain Pilot： Xiamen", out var name, out var title));
        Assert.Equal(("Blockchain Pilot", "Xiamen"), (name, title));
    }

    [Theory]
    [InlineData("- name: [unclosed\n", "input/sections.yml:2 WK0630")]
    [InlineData("name: Government Updates\n", "input/sections.yml:1 WK0631")]
    [InlineData("- Government Updates\n", "input/sections.yml:1 WK0631")]
    [InlineData("- name: Government Updates\n  variants: Gov\n", "input/sections.yml:2 WK0631")]
    [InlineData("- name: Government Updates\n- name: government update\n", "input/sections.yml:2 WK0632")]
    [InlineData("- name: Government Updates\n  keywords: [x]\n", "input/sections.yml:2 WK0633")]
    public void Problems_in_the_file_are_reported_at_their_line(string yaml, string expected)
    {
        var diagnostics = new DiagnosticBag();
        Parse(yaml, diagnostics);
        Assert.Equal([expected], diagnostics.Sorted().Select(d => $"{d.File}:{d.Line} {d.Code}"));
    }

    [Theory]
    [InlineData("Goverment Updates", "Government Updates")]
    [InlineData("Government Updtes", "Government Updates")]
    [InlineData("Investment and Finacing", "Investment and Financing")]
    [InlineData("Government Updates", null)]
    [InlineData("Industry Views", null)]
    [InlineData("Fuzhou", null)]
    public void Closest_suggests_a_known_name_for_a_misspelling_only(string written, string? expected) =>
        Assert.Equal(expected, RealSections.Names.Closest(written));

    [Fact]
    public void A_misspelt_heading_is_a_section_with_a_did_you_mean_warning_at_its_line()
    {
        var seed = "Industry Blockchain Weekly 丨 T\n\nRecently, the intro.\n\nGoverment Updates: Local plans\n\nFuzhou: City launches a pilot zone\n\n"
            + "On January 4, 2020, Fuzhou said so.\n\n\nThe commentary.\n";
        var diagnostics = new DiagnosticBag();
        var issue = SeedParser.Parse("seeds/2020-01-06-x.txt", Encoding.UTF8.GetBytes(seed), diagnostics, RealSections.Names)!;
        Assert.Equal(
            ["seeds/2020-01-06-x.txt:5:1: warning WK0206: section name \"Goverment Updates\" is not a known section name; did you mean \"Government Updates\"? "
                + "(correct the heading, or add \"Goverment Updates\" to input/sections.yml if it is a new section)"],
            diagnostics.Sorted().Select(d => d.ToString()));
        var section = Assert.Single(issue.Sections);
        Assert.Equal(("Goverment Updates", "Local plans", 5), (section.Name, section.Title, section.Line));
        Assert.Equal("Fuzhou: City launches a pilot zone", Assert.Single(section.Stories).Headline);
    }
}
