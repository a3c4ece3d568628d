using static Weekly.Tests.TestKit.LayoutSeeds;

namespace Weekly.Tests.Seeds;

/// <summary>Commentary labels of later issues open the commentary, alone on their line or opening its paragraph.</summary>
public class CommentaryLabelTests
{
    public static TheoryData<string> Labels => ["Weekly Review:", "Weekly review：", "Xiaobian comment:", "Xiaobian comments:", "Xiaobian says:", "Editor's words:", "Editor’s remarks:", "Editor's note:", "Commentary:", "Our view:", "Weekly comment:"];

    [Theory]
    [MemberData(nameof(Labels))]
    [InlineData("Weekly Review")]
    [InlineData("Xiaobian says")]
    public void A_label_alone_on_its_line_opens_the_commentary(string label)
    {
        var (issue, codes) = Parse(Intro + $"Chain News: first\n\n{Story("Beijing", 1)}{Story("Shanghai", 2)}{label}\n\nThe cities move. More is coming.\n\nMarket Pulse: second\n\n{Story("Suzhou", 3)}{Story("Wuxi", 4)}Editor's comment:\n\nLast commentary.\n");
        Assert.Empty(codes);
        Assert.Equal(["Chain News", "Market Pulse"], issue.Sections.Select(s => s.Name));
        Assert.Equal([label, "The cities move. More is coming."], issue.Sections[0].Commentary.Select(p => p.Text));
        Assert.All(issue.Sections[0].Stories, s => Assert.Single(s.Paragraphs));
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void A_label_opening_a_paragraph_opens_the_commentary(string label)
    {
        var (issue, codes) = Parse(Intro + $"Chain News: first\n\n{Story("Beijing", 1)}{Story("Shanghai", 2)}{label} The cities move.\n\nMore is coming.\n\nMarket Pulse: second\n\n{Story("Suzhou", 3)}{Story("Wuxi", 4)}Editor's comment: last commentary.\n");
        Assert.Empty(codes);
        Assert.Equal([label + " The cities move.", "More is coming."], issue.Sections[0].Commentary.Select(p => p.Text));
        Assert.All(issue.Sections[0].Stories, s => Assert.Single(s.Paragraphs));
    }
}
