using Weekly.Seeds;
using static Weekly.Tests.TestKit.LayoutSeeds;

namespace Weekly.Tests.Seeds;

/// <summary>
/// Section headings that later issues number or mark (<c>01 Local News</c>, <c>Part 3 | …</c>, <c>II. …</c>, <c>一、…</c>,
/// <c>▌…</c>, <c>【…】</c>): found, named without the number or mark, and no misspelling warning (WK0206).
/// </summary>
public class NumberedHeadingTests
{
    private static readonly SectionNames Known = new([new SectionName("Policy Interpretation", []), new SectionName("Local News", []), new SectionName("Judicial Practice", []), new SectionName("Financial Field", []), new SectionName("Overseas News", [])]);

    [Theory]
    [InlineData("01 Local News", "Local News", "")]
    [InlineData("2. Local News", "Local News", "")]
    [InlineData("１．Local News", "Local News", "")]
    [InlineData("Part 3 | Local News", "Local News", "")]
    [InlineData("PART 3: Local News: cities", "Local News", "cities")]
    [InlineData("Section 2: Local News", "Local News", "")]
    [InlineData("II. Financial Field: banks", "Financial Field", "banks")]
    [InlineData("Ⅳ Financial Field", "Financial Field", "")]
    [InlineData("一、Judicial Practice", "Judicial Practice", "")]
    [InlineData("(一) Judicial Practice", "Judicial Practice", "")]
    [InlineData("（三）Judicial Practice: courts", "Judicial Practice", "courts")]
    [InlineData("▌Policy Interpretation", "Policy Interpretation", "")]
    [InlineData("■ Policy Interpretation: rules", "Policy Interpretation", "rules")]
    [InlineData("【Overseas News】", "Overseas News", "")]
    [InlineData("【Overseas News】Hong Kong", "Overseas News", "Hong Kong")]
    [InlineData("[Overseas News]: Hong Kong", "Overseas News", "Hong Kong")]
    public void A_known_heading_with_a_number_or_mark_is_found_without_it(string heading, string name, string title)
    {
        foreach (var gap in new[] { "\n", "\n\n" })
        {
            var (issue, codes) = Parse(Intro + $"Policy Interpretation: first\n\n{Story("Beijing", 1)}\nThe commentary.\n{gap}{heading}\n\n{Story("Xi'an", 3)}{Story("Qingdao", 4)}\nMore commentary.\n", Known);
            Assert.Empty(codes);
            Assert.Equal(2, issue.Sections.Count);
            Assert.Equal((name, title), (issue.Sections[1].Name, issue.Sections[1].Title));
            Assert.Equal(["Xi'an: A blockchain plan is released", "Qingdao: A blockchain plan is released"], Headlines(issue.Sections[1]));
        }
    }

    [Theory]
    [InlineData("01 Enterprise Dynamics", "Enterprise Dynamics")]
    [InlineData("Part 4 | Financial Institutions", "Financial Institutions")]
    [InlineData("三、Chain Watch", "Chain Watch")]
    [InlineData("▌Chain Watch", "Chain Watch")]
    [InlineData("【Chain Watch】", "Chain Watch")]
    public void An_unlisted_numbered_heading_is_found_by_layout_without_its_number(string heading, string name)
    {
        var (issue, codes) = Parse(Intro + $"Chain News: first\n\n{Story("Beijing", 1)}\nThe commentary.\n\n\n{heading}\n\n{Story("Xi'an", 3)}{Story("Qingdao", 4)}\nMore commentary.\n");
        Assert.Empty(codes);
        Assert.Equal(["Chain News", name], issue.Sections.Select(s => s.Name));
        Assert.Equal(2, issue.Sections[1].Stories.Count);
    }

    [Theory]
    [InlineData("5G + blockchain: Operators build a trusted network")]
    [InlineData("2021 digital economy summit opens in Local News city")]
    [InlineData("100 enterprises join the Overseas News alliance")]
    [InlineData("3D printing meets blockchain")]
    public void A_headline_opening_with_a_number_stays_a_story(string headline)
    {
        var (issue, codes) = Parse(Intro + $"Policy Interpretation: first\n\n{Story("Beijing", 1)}{headline}\n\nOn January 5, 2021, the story.\n\n\nThe commentary.\n", Known);
        Assert.Empty(codes);
        Assert.Equal(["Policy Interpretation"], issue.Sections.Select(s => s.Name));
        Assert.Equal(headline, issue.Sections[0].Stories[1].Headline);
    }
}
