using System.Text;
using Weekly.Core;
using Weekly.Seeds;
using static Weekly.Tests.TestKit.LayoutSeeds;

namespace Weekly.Tests.Seeds;

/// <summary>
/// Layouts that pasting through mail, WeChat or Word leaves (cases 601–606 of try/parse6): headlines right above their
/// bodies, hard-wrapped lines with full stops inside a paragraph, a wrapped footer title, a story pasted after the
/// commentary, a paragraph split by a blank line, CR CR LF line ends.
/// </summary>
public class PastedLayoutTests
{
    private static readonly SectionNames Names = new([new SectionName("Government Updates", []), new SectionName("Industry News", []), new SectionName("Judicial Practice", [])]);

    /// <summary>The headline right above its body, stories one blank line apart, sections two (a WeChat or Word paste).</summary>
    private static string Tight(string place, string headline, int day) => $"{place}: {headline}\nOn April {day}, 2022, {place} released a plan with three parts, which takes effect on May 1 and covers every district of the city.\n\n";

    [Fact]
    public void A_headline_right_above_its_body_stays_a_headline_and_the_sections_stay_apart()
    {
        // Headlines of 30 to 90 characters, none over 100: the longest is no wrap column.
        var seed = "Industry Blockchain Weekly 丨 A title\n\nThis week, pilots expanded again.\n\n\n"
            + "Government Updates: The pilot expands\n\n" + Tight("Suzhou", "Wages paid", 2) + Tight("Chengdu", "Digital RMB consumption vouchers of 20 million yuan issued to citizens", 3)
            + "\nThe pilot is moving from consumption to wages.\n\n\n"
            + "Judicial Practice: Courts\n\n" + Tight("Hangzhou", "Blockchain evidence used in a copyright case of an online novel", 4) + Tight("Beijing", "A certificate", 5)
            + "\nCourts are the most active users.\n\n\n"
            + "Industry News: Platforms\n\n" + Tight("Xinjiang", "Cotton traced", 6) + Tight("Hohhot", "Dairy products traced on the chain by eighteen enterprises", 7)
            + "\nTraceability is the oldest scenario.\n";
        var (issue, codes) = Parse(seed, Names);
        Assert.Empty(codes);
        Assert.Equal(["Government Updates", "Judicial Practice", "Industry News"], issue.Sections.Select(s => s.Name));
        Assert.Equal(["Hangzhou: Blockchain evidence used in a copyright case of an online novel", "Beijing: A certificate"], Headlines(issue.Sections[1]));
        Assert.All(issue.Stories, s => Assert.Single(s.Paragraphs));
        Assert.Equal(["Courts are the most active users."], issue.Sections[1].Commentary.Select(p => p.Text));
    }

    [Fact]
    public void A_known_heading_right_above_a_headline_is_not_joined_into_it_in_a_blank_separated_seed()
    {
        // Nearly every line set off by blank lines: a line right after another reads as wrapped, but never a known heading's.
        var (issue, codes) = Parse(Intro + $"Government Updates: first\n\n{Story("Beijing", 1)}{Story("Tianjin", 2)}\nThe commentary.\n\n\nIndustry News: platforms\n{Story("Xi'an", 3)}{Story("Qingdao", 4)}\nMore commentary.\n", Names);
        Assert.Empty(codes);
        Assert.Equal([("Government Updates", "first"), ("Industry News", "platforms")], issue.Sections.Select(s => (s.Name, s.Title)));
        Assert.Equal(["Xi'an: A blockchain plan is released", "Qingdao: A blockchain plan is released"], Headlines(issue.Sections[1]));
    }

    /// <summary>A seed wrapped at 72 columns, blank lines between paragraphs; <paramref name="body"/> is the Hainan story's body.</summary>
    private static string Wrapped(string body, string footer = "Review of previous period : Industry Blockchain Weekly 丨 An older issue\n") =>
        "Industry Blockchain Weekly 丨 Hainan issues blockchain pilot zone rules,\nGuangzhou launches a cross-border trade chain\n\n"
        + "This week, Hainan released the management measures for its blockchain\npilot zone, and Guangzhou, Xiamen and Chongqing launched blockchain\nplatforms for cross-border trade.\n\n\n"
        + "Government Updates: Provinces write blockchain into their digital\neconomy plans\n\n"
        + "Hainan Provincial Department of Industry and Information Technology:\nIssued the management measures for the national blockchain pilot zone\n\n"
        + body + "\n"
        + "Wuxi: 30 million yuan to support blockchain enterprises\n\n"
        + "On November 17, 2021, the Wuxi Municipal Bureau of Industry and\nInformation Technology issued a number of policies to support the\ndevelopment of the blockchain industry.\n\n\n"
        + "Since the second half of the year, provinces have successively released\ntheir digital economy plans for the 14th Five-Year period.\n\n\n"
        + footer;

    private const string HainanBody =
        "On November 15, 2021, the Hainan Provincial Department of Industry and\nInformation Technology issued the measures. The measures state that the\npilot zone will focus on cross-border trade, tourism consumption and\ngovernment services.\n"
        + "Government services such as real estate registration and tax payment\nwill be the first to use blockchain certificates.\n";

    [Fact]
    public void A_wrapped_line_closing_a_sentence_continues_its_paragraph_when_blank_lines_set_paragraphs_apart()
    {
        var (issue, codes) = Parse(Wrapped(HainanBody), Names);
        Assert.Empty(codes);
        var section = issue.Sections.Single();
        Assert.Equal(("Government Updates", "Provinces write blockchain into their digital economy plans"), (section.Name, section.Title));
        var hainan = section.Stories[0];
        Assert.Equal("Hainan Provincial Department of Industry and Information Technology: Issued the management measures for the national blockchain pilot zone", hainan.Headline);
        var paragraph = Assert.Single(hainan.Paragraphs);
        Assert.EndsWith("government services. Government services such as real estate registration and tax payment will be the first to use blockchain certificates.", paragraph.Text);
        Assert.Equal(["Since the second half of the year, provinces have successively released their digital economy plans for the 14th Five-Year period."], section.Commentary.Select(p => p.Text));
    }

    [Fact]
    public void A_headline_after_a_closed_wrapped_line_without_a_blank_line_is_still_a_headline()
    {
        // "…services." then "Shandong: …" alone before a blank line: a story the editor forgot to set off, not a wrapped line.
        var body = "On November 15, 2021, the Hainan Provincial Department of Industry and\nInformation Technology issued the measures on government services.\nShandong: The digital economy plan lists blockchain as a key industry\n\nOn November 16, 2021, the Shandong Provincial People's Government issued\nthe plan.\n";
        var (issue, _) = Parse(Wrapped(body), Names);
        Assert.Equal(["Hainan", "Shandong", "Wuxi"], issue.Stories.Select(s => s.Headline.Split(' ', ':')[0]));
    }

    [Fact]
    public void A_footer_title_wrapped_onto_the_next_lines_is_kept_whole()
    {
        var footer = "Review of previous period : Industry Blockchain Weekly 丨 The Ministry of\nIndustry and Information Technology publishes the blockchain development\nplan, and many places follow up\n\nFor more industry blockchain services , please click:\n";
        var (issue, codes) = Parse(Wrapped(HainanBody, footer), Names);
        Assert.Empty(codes);
        Assert.Equal("Industry Blockchain Weekly 丨 The Ministry of Industry and Information Technology publishes the blockchain development plan, and many places follow up", issue.Previous?.Title);
    }

    [Fact]
    public void A_line_after_the_footer_that_is_no_older_issue_title_is_warned_not_dropped()
    {
        var (issue, codes) = Parse(Intro + $"Chain Watch: plans\n\n{Story("Hainan", 4)}{Story("Guizhou", 5)}\nThe commentary.\n\nPast issues:\nWeekly 丨 The plan is out\nWeekly 丨 An older issue\nScan the code to follow us\n");
        Assert.Equal("Weekly 丨 The plan is out", issue.Previous?.Title);
        Assert.Equal(["Scan the code to follow us"], issue.Unplaced.Select(p => p.Text));
        Assert.Equal(["WK0202"], codes);
    }

    [Fact]
    public void A_story_pasted_after_the_commentary_is_a_story_and_the_commentary_stays()
    {
        var (issue, codes) = Parse(Intro + $"Government Updates: first\n\n{Story("Beijing", 1)}{Story("Tianjin", 2)}\nBeijing's plan is the most systematic.\n\nOther provinces are expected to follow.\n\n{Story("Shenzhen", 3)}\n"
            + $"Industry News: platforms\n\n{Story("Xi'an", 4)}{Story("Qingdao", 5)}\nMore commentary.\n", Names);
        Assert.Empty(codes);
        var section = issue.Sections[0];
        Assert.Equal(["Beijing", "Tianjin", "Shenzhen"], section.Stories.Select(s => s.Headline.Split(':')[0]));
        Assert.All(section.Stories, s => Assert.Single(s.Paragraphs));
        Assert.Equal(["Beijing's plan is the most systematic.", "Other provinces are expected to follow."], section.Commentary.Select(p => p.Text));
        Assert.Equal(["More commentary."], issue.Sections[1].Commentary.Select(p => p.Text));
    }

    [Fact]
    public void A_paragraph_split_by_a_blank_line_after_a_comma_is_one_paragraph()
    {
        var (issue, codes) = Parse(Intro + "Chain Watch: plans\n\nChangsha: A fund of 100 million yuan\n\nOn January 4, 2021, Changsha set up a fund, which focuses on chips,\n\nand on the use of blockchain in government services.\n\nChangsha will select ten projects every year.\n\n"
            + $"{Story("Hubei", 5)}\nThe commentary.\n");
        Assert.Empty(codes);
        Assert.Equal(
            ["On January 4, 2021, Changsha set up a fund, which focuses on chips, and on the use of blockchain in government services.", "Changsha will select ten projects every year."],
            issue.Stories.First().Paragraphs.Select(p => p.Text));
        Assert.Equal(10, issue.Stories.First().Paragraphs[0].Line);
    }

    [Fact]
    public void CR_CR_LF_line_ends_read_as_one_line_end_each()
    {
        // A seed converted to CRLF twice: every line end is CR CR LF. Read as LF, not as a blank line after every line.
        var seed = Wrapped(HainanBody);
        var doubled = Encoding.UTF8.GetBytes(seed.Replace("\n", "\r\r\n", StringComparison.Ordinal));
        var diagnostics = new DiagnosticBag();
        var issue = SeedParser.Parse("seeds/x.txt", doubled, diagnostics, Names);
        var (plain, _) = Parse(seed, Names);
        Assert.NotNull(issue);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(plain.Stories.Select(s => (s.Headline, s.Line, s.Paragraphs.Count)), issue.Stories.Select(s => (s.Headline, s.Line, s.Paragraphs.Count)));
        Assert.Equal(2, issue.Stories.Count());
        Assert.Equal(plain.Title, issue.Title);
    }

    [Fact]
    public void A_bad_byte_in_a_CR_CR_LF_seed_is_reported_at_the_line_the_seed_is_read_with()
    {
        var bytes = Encoding.UTF8.GetBytes("Industry Blockchain Weekly 丨 A title\r\r\n\r\r\nThe intro says ").Concat(new byte[] { 0x93 }).Concat(Encoding.UTF8.GetBytes("hello.\r\r\n")).ToArray();
        var diagnostics = new DiagnosticBag();
        Assert.Null(SeedParser.Parse("seeds/x.txt", bytes, diagnostics));
        var bad = Assert.Single(diagnostics.Sorted(), d => d.Code == "WK0103");
        Assert.Equal((3, 16), (bad.Line, bad.Column));
    }
}
