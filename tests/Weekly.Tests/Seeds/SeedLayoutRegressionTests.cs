using Weekly.Core;
using Weekly.Domain;
using Weekly.Seeds;

namespace Weekly.Tests.Seeds;

/// <summary>
/// Layouts the layout rules of <see cref="SeedLayoutTests"/> once misread (cases 401–404 in try/parse4): a body paragraph
/// opening like a footer, a commentary label or two blank lines inside a section, a headline opening with a section name,
/// attribution-like headlines, an intro label, section names with digits. Parsed with no known section names unless said.
/// </summary>
public class SeedLayoutRegressionTests
{
    private const string Intro = "Industry Blockchain Weekly 丨 A title\n\nOn January 2, 2021, the intro.\n\n\n";

    private static (Issue Issue, List<string> Codes) Parse(string seed, SectionNames? names = null)
    {
        var diagnostics = new DiagnosticBag();
        var issue = SeedParser.Parse("seeds/x.txt", System.Text.Encoding.UTF8.GetBytes(seed), diagnostics, names ?? SectionNames.None);
        Assert.NotNull(issue);
        return (issue, diagnostics.Sorted().Select(d => d.Code).ToList());
    }

    private static string Story(string place, int day) => $"{place}: A blockchain plan is released\n\nOn January {day}, 2021, {place} released a plan.\n\n";

    private static IEnumerable<string> Headlines(Section section) => section.Stories.Select(s => s.Headline);

    [Theory]
    [InlineData("Last issue: we reported that Zhejiang released a similar plan.")]
    [InlineData("Previous issue: the Suzhou pilot covered buses only.")]
    [InlineData("Past issues: two cities had plans of this kind.")]
    public void A_body_paragraph_opening_like_a_loose_footer_stays_in_its_story(string paragraph)
    {
        var (issue, codes) = Parse(Intro + $"Chain Watch: plans\n\n{Story("Jiangsu", 4)}{paragraph}\n\n{Story("Hubei", 5)}\nThe commentary.\n\nReview of previous period : Weekly 丨 The plan is out\n");
        Assert.Empty(codes);
        Assert.Equal("Weekly 丨 The plan is out", issue.Previous?.Title);
        var section = issue.Sections.Single();
        Assert.Equal(["Jiangsu: A blockchain plan is released", "Hubei: A blockchain plan is released"], Headlines(section));
        Assert.Equal(["On January 4, 2021, Jiangsu released a plan.", paragraph], section.Stories[0].Paragraphs.Select(p => p.Text));
        Assert.Equal(["The commentary."], section.Commentary.Select(p => p.Text));
    }
}
