using Weekly.Seeds;
using static Weekly.Tests.TestKit.LayoutSeeds;

namespace Weekly.Tests.Seeds;

/// <summary>
/// Layouts the layout rules of <see cref="SeedLayoutTests"/> once misread (cases 401–404 in try/parse4): a body paragraph
/// opening like a footer, a commentary label or two blank lines inside a section, a headline opening with a section name,
/// attribution-like headlines, an intro label, section names with digits. Parsed with no known section names unless said.
/// </summary>
public class SeedLayoutRegressionTests
{
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

    [Theory]
    [InlineData("Comment: The subway is a high-frequency scenario.")]
    [InlineData("Editor's note: This article is reprinted from a daily.")]
    public void A_commentary_label_before_later_dated_stories_is_a_paragraph_of_the_story_before(string label)
    {
        var (issue, codes) = Parse(Intro + $"Chain Watch: plans\n\n{Story("Shenzhen", 2)}{Story("Suzhou", 3)}{Story("Hefei", 4)}{label}\n\n{Story("Hubei", 5)}{Story("Hunan", 6)}\nThe commentary.\n");
        Assert.Empty(codes);
        var section = issue.Sections.Single();
        Assert.Equal(5, section.Stories.Count);
        Assert.Equal(label, section.Stories[2].Paragraphs[^1].Text);
        Assert.Equal(["The commentary."], section.Commentary.Select(p => p.Text));
    }

    [Fact]
    public void Two_blank_lines_inside_the_second_to_last_story_do_not_swallow_the_last_story()
    {
        var (issue, codes) = Parse(Intro + $"Chain Watch: plans\n\n{Story("Suzhou", 2)}{Story("Chengdu", 3)}Experts said the pilot is new.\n\n\nResidents opened wallets.\n\n{Story("Shanghai", 4)}\n\nThe commentary.\n\n\nMarket Pulse: more\n\n{Story("Hainan", 5)}\n\nLast commentary.\n");
        Assert.Empty(codes);
        var section = issue.Sections[0];
        Assert.Equal(["Suzhou: A blockchain plan is released", "Chengdu: A blockchain plan is released", "Shanghai: A blockchain plan is released"], Headlines(section));
        Assert.Equal(3, section.Stories[1].Paragraphs.Count);
        Assert.Equal(["The commentary."], section.Commentary.Select(p => p.Text));
    }

    [Fact]
    public void A_story_s_only_paragraph_after_two_blank_lines_is_its_body()
    {
        var (issue, codes) = Parse(Intro + $"Chain Watch: plans\n\n{Story("Hong Kong", 2)}Shanghai: Metaverse industry plan\n\n\nOn January 6, 2021, Shanghai released a plan.\n\n\nThe commentary.\n\n\nMarket Pulse: more\n\n{Story("Hainan", 5)}\n\nLast commentary.\n");
        Assert.Empty(codes);
        var section = issue.Sections[0];
        Assert.Equal(["Hong Kong: A blockchain plan is released", "Shanghai: Metaverse industry plan"], Headlines(section));
        Assert.Equal(["On January 6, 2021, Shanghai released a plan."], section.Stories[1].Paragraphs.Select(p => p.Text));
        Assert.Equal(["The commentary."], section.Commentary.Select(p => p.Text));
    }

    [Theory]
    [InlineData("Digital RMB: Suzhou issues red envelopes for the Double Twelfth")]
    [InlineData("International: Singapore tests a digital currency")]
    public void A_headline_opening_with_a_section_name_before_a_dated_body_is_a_headline(string headline)
    {
        var names = new SectionNames([new SectionName("Central Bank Digital Currency", ["Digital RMB"]), new SectionName("International", [])]);
        var (issue, codes) = Parse(Intro + $"Central Bank Digital Currency: red envelopes\n\n{Story("Shenzhen", 2)}{headline}\n\nOn January 3, 2021, the city gave out envelopes.\n\n{Story("Chengdu", 4)}\nThe commentary.\n", names);
        Assert.Empty(codes);
        var section = issue.Sections.Single();
        Assert.Equal(["Shenzhen: A blockchain plan is released", headline, "Chengdu: A blockchain plan is released"], Headlines(section));
    }

    [Theory]
    [InlineData("Data source: Beijing Municipal Science and Technology Commission")]
    [InlineData("News source: Shenzhen Special Zone Daily")]
    [InlineData("Information source: the Hangzhou government")]
    [InlineData("Picture source: Xinhua")]
    public void An_attribution_with_a_qualifier_is_a_paragraph_of_the_story_above(string attribution)
    {
        var (issue, codes) = Parse(Intro + $"Chain Watch: plans\n\n{Story("Beijing", 2)}{attribution}\n\n{Story("Hubei", 3)}\nThe commentary.\n");
        Assert.Empty(codes);
        var section = issue.Sections.Single();
        Assert.Equal(["Beijing: A blockchain plan is released", "Hubei: A blockchain plan is released"], Headlines(section));
        Assert.Equal(attribution, section.Stories[0].Paragraphs[^1].Text);
    }

    [Fact]
    public void An_attribution_like_line_before_a_dated_body_is_a_headline()
    {
        const string headline = "Sources: The digital RMB app will be launched in more cities";
        var (issue, codes) = Parse(Intro + $"Chain Watch: plans\n\n{Story("Shenzhen", 2)}{headline}\n\nOn January 3, people familiar with the matter said so.\n\n{Story("Suzhou", 4)}\nThe commentary.\n");
        Assert.Empty(codes);
        var section = issue.Sections.Single();
        Assert.Equal(["Shenzhen: A blockchain plan is released", headline, "Suzhou: A blockchain plan is released"], Headlines(section));
        Assert.Equal(["On January 3, people familiar with the matter said so."], section.Stories[1].Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("Highlights of this issue:")]
    [InlineData("This week's highlights:")]
    [InlineData("In this issue:")]
    [InlineData("Highlights")]
    public void An_intro_label_right_before_the_first_story_is_intro_not_a_section(string label)
    {
        var (issue, codes) = Parse($"Industry Blockchain Weekly 丨 A title\n\nThis week, several places released plans.\n\n{label}\n\n{Story("Beijing", 2)}{Story("Shanghai", 3)}");
        Assert.Equal(["This week, several places released plans.", label], issue.Intro.Select(p => p.Text));
        Assert.Equal("", issue.Sections.Single().Name);
        Assert.Equal(2, issue.Stories.Count());
        Assert.Contains("WK0203", codes);
    }

    [Theory]
    [InlineData("Web3 Observation: Hong Kong and Beijing", "Web3 Observation", "Hong Kong and Beijing")]
    [InlineData("5G + blockchain", "5G + blockchain", "")]
    public void A_section_name_with_a_digit_inside_a_word_is_found_by_layout(string heading, string name, string title)
    {
        var (issue, codes) = Parse(Intro + $"Government Updates: first\n\n{Story("Beijing", 1)}\nThe commentary.\n\n\n{heading}\n\n{Story("Hong Kong", 3)}{Story("Qingdao", 4)}\nMore commentary.\n",
            new SectionNames([new SectionName("Government Updates", [])]));
        Assert.Empty(codes);
        Assert.Equal([("Government Updates", "first"), (name, title)], issue.Sections.Select(s => (s.Name, s.Title)));
        Assert.Equal(2, issue.Sections[1].Stories.Count);
    }

    [Theory]
    [InlineData("2021 review: the year of pilots")]
    [InlineData("01 Jiangsu: plans")]
    public void A_leading_number_is_no_section_name(string line)
    {
        Assert.False(LineShape.TrySplitHeading(line, out _, out _));
    }
}
