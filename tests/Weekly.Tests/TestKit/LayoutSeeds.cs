using Weekly.Core;
using Weekly.Domain;
using Weekly.Seeds;

namespace Weekly.Tests.TestKit;

/// <summary>Small seeds for the layout tests (<c>SeedLayoutTests</c>, <c>SeedLayoutRegressionTests</c>): a title line and
/// intro, stories of one dated paragraph, parsed with no known section names unless given.</summary>
internal static class LayoutSeeds
{
    /// <summary>Title line and a one-paragraph intro, then two blank lines.</summary>
    public const string Intro = "Industry Blockchain Weekly 丨 A title\n\nOn January 2, 2021, the intro.\n\n\n";

    /// <summary>Parses <paramref name="seed"/> as <c>seeds/x.txt</c>; the issue and its diagnostics' codes in order.</summary>
    public static (Issue Issue, List<string> Codes) Parse(string seed, SectionNames? names = null)
    {
        var diagnostics = new DiagnosticBag();
        var issue = SeedParser.Parse("seeds/x.txt", System.Text.Encoding.UTF8.GetBytes(seed), diagnostics, names ?? SectionNames.None);
        Assert.NotNull(issue);
        return (issue, diagnostics.Sorted().Select(d => d.Code).ToList());
    }

    /// <summary>A story about <paramref name="place"/> dated January <paramref name="day"/>, 2021, and one blank line.</summary>
    public static string Story(string place, int day) => $"{place}: A blockchain plan is released\n\nOn January {day}, 2021, {place} released a plan.\n\n";

    /// <summary>The section's headlines in order.</summary>
    public static IEnumerable<string> Headlines(Section section) => section.Stories.Select(s => s.Headline);
}
