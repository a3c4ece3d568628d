using static Weekly.Tests.TestKit.LayoutSeeds;

namespace Weekly.Tests.Seeds;

/// <summary>
/// A line of marks only separates paragraphs: Markdown rules and a lone quote mark (case 603), rows of marks. It is dropped,
/// never glued onto the paragraph above; stray full stops (<c>. .</c>) still close it.
/// </summary>
public class SeparatorLineTests
{
    [Theory]
    [InlineData("---", "WK0216")]
    [InlineData("* * *", "WK0216")]
    [InlineData("***", "WK0216")]
    [InlineData("___", "WK0216")]
    [InlineData("- - -", "WK0216")]
    [InlineData(">", "WK0216")]
    [InlineData("◆◆◆", null)]
    [InlineData("【】", null)]
    [InlineData("!!!", null)]
    [InlineData("~~~~~~", null)]
    [InlineData("······", null)]
    public void A_separator_line_is_dropped_not_glued_onto_the_paragraph_above(string separator, string? code)
    {
        var (issue, codes) = Parse(Intro + $"Chain News: first\n\n{Story("Beijing", 3)}{separator}\n\n{Story("Xi'an", 4)}\nThe commentary.\n\n{separator}\n\nReview of previous period : Last week's title\n");
        Assert.Equal(code is null ? [] : [code], codes);
        Assert.Equal(["On January 3, 2021, Beijing released a plan.", "On January 4, 2021, Xi'an released a plan."], issue.Stories.Select(s => Assert.Single(s.Paragraphs).Text));
        Assert.Equal(["The commentary."], issue.Sections[0].Commentary.Select(p => p.Text));
        Assert.Empty(issue.Unplaced);
    }

    [Fact]
    public void Stray_full_stops_still_close_the_paragraph_above()
    {
        var (issue, _) = Parse(Intro + $"Chain News: first\n\nBeijing: A plan\n\nOn January 3, 2021, Beijing released a plan\n\n. .\n\n{Story("Xi'an", 4)}\nThe commentary.\n");
        Assert.Equal("On January 3, 2021, Beijing released a plan . .", issue.Stories.First().Paragraphs[0].Text);
    }

    [Fact]
    public void Front_matter_is_still_read_and_a_rule_in_the_body_is_no_front_matter()
    {
        var (issue, codes) = Parse("---\ndate: 2021-01-05\ndraft: true\n---\n" + Intro + $"Chain News: first\n\n{Story("Beijing", 3)}---\n\n{Story("Xi'an", 4)}---\n\nThe commentary.\n");
        Assert.Equal(["WK0216"], codes);
        Assert.True(issue.Draft);
        Assert.Equal(new DateOnly(2021, 1, 5), issue.Date);
        Assert.Equal(["On January 3, 2021, Beijing released a plan.", "On January 4, 2021, Xi'an released a plan."], issue.Stories.Select(s => Assert.Single(s.Paragraphs).Text));
    }
}
