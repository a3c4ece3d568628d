using Weekly.Seeds;
using static Weekly.Tests.TestKit.LayoutSeeds;

namespace Weekly.Tests.Seeds;

/// <summary>
/// One list of leading marks for headlines and headings (<see cref="ListMarks"/>), one of brackets for headings and the title
/// line (<see cref="Brackets"/>): emoji bullets and the U+FE0F after them (case 605) are marks, not text.
/// </summary>
public class ListMarkTests
{
    [Theory]
    [InlineData("▶️ Beijing: A blockchain plan")]
    [InlineData("📌 Beijing: A blockchain plan")]
    [InlineData("📌Beijing: A blockchain plan")]
    [InlineData("🔥 Beijing: A blockchain plan")]
    [InlineData("✅ Beijing: A blockchain plan")]
    [InlineData("👉 Beijing: A blockchain plan")]
    [InlineData("⭐ Beijing: A blockchain plan")]
    [InlineData("1️⃣ Beijing: A blockchain plan")]
    [InlineData("▌Beijing: A blockchain plan")]
    [InlineData("◼ Beijing: A blockchain plan")]
    [InlineData("Ⅲ Beijing: A blockchain plan")]
    [InlineData("➀ Beijing: A blockchain plan")]
    [InlineData("㈠ Beijing: A blockchain plan")]
    public void An_emoji_or_any_list_mark_before_a_headline_is_dropped(string written)
    {
        var (issue, codes) = Parse(Intro + $"Chain News: first\n\n{written}\n\nOn January 3, 2021, the story.\n\n{Story("Xi'an", 4)}\nThe commentary.\n");
        Assert.Empty(codes);
        Assert.Equal(["Beijing: A blockchain plan", "Xi'an: A blockchain plan is released"], Headlines(issue.Sections[0]));
    }

    [Theory]
    [InlineData("📌 Government Updates")]
    [InlineData("🔥Government Updates: Local plans")]
    [InlineData("✦ Government Updates")]
    [InlineData("➔ Government Updates")]
    [InlineData("※ Government Updates")]
    [InlineData("♦ Government Updates")]
    [InlineData("▪ Government Updates")]
    [InlineData("➀ Government Updates")]
    [InlineData("〖Government Updates〗")]
    [InlineData("［Government Updates］")]
    public void A_known_section_heading_is_found_after_any_list_mark_or_in_any_bracket(string written)
    {
        var names = new SectionNames([new SectionName("Government Updates", [])]);
        var (issue, codes) = Parse(Intro + $"{written}\n\n{Story("Beijing", 3)}{Story("Xi'an", 4)}\nThe commentary.\n", names);
        Assert.Empty(codes);
        Assert.Equal("Government Updates", Assert.Single(issue.Sections).Name);
        Assert.Equal(2, issue.Stories.Count());
    }

    [Theory]
    [InlineData("〖Industry Blockchain Weekly〗Banks go on chain")]
    [InlineData("〔Industry Blockchain Weekly〕Banks go on chain")]
    [InlineData("〖Exclusive〗 Industry Blockchain Weekly 丨 Banks go on chain")]
    public void The_title_line_reads_every_bracket(string line)
    {
        var (issue, _) = Parse(line + "\n\nOn January 2, 2021, the intro.\n\n\nChain News: first\n\n" + Story("Beijing", 3) + "\nThe commentary.\n");
        Assert.Equal(("Industry Blockchain Weekly", "Banks go on chain"), (issue.Newsletter, issue.Title));
    }
}
