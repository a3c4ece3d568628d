using static Weekly.Tests.TestKit.LayoutSeeds;

namespace Weekly.Tests.Seeds;

/// <summary>A figure or table caption after a body paragraph is a paragraph of that story, never a story of its own (case 504).</summary>
public class CaptionTests
{
    [Theory]
    [InlineData("Figure 1 Top five provinces by number of blockchain enterprises (Source: CCID)")]
    [InlineData("Chart 2: Blockchain financing by quarter")]
    [InlineData("Table 3 Blockchain enterprises by province")]
    [InlineData("Image: The signing ceremony in Hangzhou")]
    [InlineData("Fig. 4 Patent applications")]
    public void A_caption_after_a_body_is_a_paragraph_of_the_story(string caption)
    {
        var (issue, codes) = Parse(Intro + $"Chain News: first\n\n{Story("Beijing", 1)}{caption}\n\n{Story("Shanghai", 2)}\nThe commentary.\n");
        Assert.Empty(codes);
        Assert.Equal(["Beijing: A blockchain plan is released", "Shanghai: A blockchain plan is released"], Headlines(issue.Sections[0]));
        Assert.Equal(["On January 1, 2021, Beijing released a plan.", caption], issue.Sections[0].Stories[0].Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_caption_like_headline_before_a_dated_body_stays_a_story()
    {
        var (issue, codes) = Parse(Intro + $"Chain News: first\n\n{Story("Beijing", 1)}Chart: Blockchain financing fell 40%\n\nOn January 2, 2021, a report showed it.\n\n{Story("Shanghai", 3)}\nThe commentary.\n");
        Assert.Empty(codes);
        Assert.Equal(["Beijing: A blockchain plan is released", "Chart: Blockchain financing fell 40%", "Shanghai: A blockchain plan is released"], Headlines(issue.Sections[0]));
    }
}
