using Weekly.Core;
using Weekly.Seeds;
using Weekly.Tests.TestKit;
using static Weekly.Tests.TestKit.LayoutSeeds;

namespace Weekly.Tests.Seeds;

/// <summary>
/// Markdown and HTML pasted from a CMS or WeChat export (case 603): removed from headlines, headings, bodies and the
/// footer, entities read as their characters, one warning (WK0216) per seed naming the first place; plain text untouched.
/// </summary>
public class SeedMarkupTests
{
    private static readonly SectionNames Known = new([new SectionName("Government Updates", []), new SectionName("Industry News", [])]);

    [Theory]
    [InlineData("**Beijing: A blockchain plan**")]
    [InlineData("__Beijing: A blockchain plan__")]
    [InlineData("*Beijing: A blockchain plan*")]
    [InlineData("### Beijing: A blockchain plan")]
    [InlineData("## Beijing: A blockchain plan ##")]
    [InlineData("<strong>Beijing: A blockchain plan</strong><br>")]
    [InlineData("<p>Beijing: A blockchain plan</p>")]
    [InlineData("<p><span style=\"color: red\">Beijing</span>: A blockchain plan</p>")]
    [InlineData("<B>Beijing: A blockchain plan</B><BR/>")]
    public void A_headlines_markup_is_removed_and_warned(string written)
    {
        var (issue, codes) = Parse(Intro + $"Chain News: first\n\n{written}\n\nOn January 3, 2021, the story.\n\n{Story("Xi'an", 4)}\nThe commentary.\n");
        Assert.Equal(["WK0216"], codes);
        Assert.Equal(["Beijing: A blockchain plan", "Xi'an: A blockchain plan is released"], Headlines(issue.Sections[0]));
    }

    [Fact]
    public void Entities_are_their_characters_and_a_br_inside_a_line_ends_a_paragraph()
    {
        var (issue, codes) = Parse(Intro + "Chain News: first\n\nShenzhen &amp; Guangzhou: Support policies\n\n"
            + "On January 3, 2021, Shenzhen&nbsp;acted.<br>Guangzhou set up 1&nbsp;billion yuan &#8220;fund&#8221;.<br><br>\n\n"
            + Story("Xi'an", 4) + "\nThe commentary.\n");
        Assert.Equal(["WK0216"], codes);
        var story = issue.Sections[0].Stories[0];
        Assert.Equal("Shenzhen & Guangzhou: Support policies", story.Headline);
        Assert.Equal(["On January 3, 2021, Shenzhen acted.", "Guangzhou set up 1 billion yuan “fund”."], story.Paragraphs.Select(p => p.Text));
        Assert.Equal([10, 10], story.Paragraphs.Select(p => p.Line));
    }

    [Fact]
    public void Links_keep_their_text_in_bodies_and_the_footer_and_quote_marks_go()
    {
        var (issue, codes) = Parse(Intro + "Chain News: first\n\n" + Story("Beijing", 3)
            + "Xi'an: A plan\n\nOn January 4, 2021, Xi'an acted. Read more: [the plan](https://example.org/plan.html \"Plan\")\n\n\n"
            + "> The commentary.\n>\n> > Its second paragraph.\n\n"
            + "Review of previous period : [Industry Blockchain Weekly 丨 Last week](https://mp.weixin.qq.com/s/Xy12)\n");
        Assert.Equal(["WK0216"], codes);
        Assert.Equal("On January 4, 2021, Xi'an acted. Read more: the plan", issue.Sections[0].Stories[1].Paragraphs[0].Text);
        Assert.Equal(["The commentary.", "Its second paragraph."], issue.Sections[0].Commentary.Select(p => p.Text));
        Assert.Equal("Industry Blockchain Weekly 丨 Last week", issue.Previous?.Title);
    }

    [Fact]
    public void A_bold_heading_is_the_known_section_not_a_misspelling()
    {
        var (issue, codes) = Parse("# Industry Blockchain Weekly 丨 A title\n\nOn January 2, 2021, the intro.\n\n\n"
            + "**Industry News: Platforms tighten rules**\n\n" + Story("Beijing", 3) + Story("Xi'an", 4) + "\nThe commentary.\n", Known);
        Assert.Equal(["WK0216"], codes);
        Assert.Equal("Industry Blockchain Weekly", issue.Newsletter);
        Assert.Equal([("Industry News", "Platforms tighten rules")], issue.Sections.Select(s => (s.Name, s.Title)));
    }

    [Fact]
    public void The_warning_names_the_first_markup_once_with_its_line_and_column()
    {
        var diagnostics = new DiagnosticBag();
        var seed = Intro + "Chain News: first\n\nBeijing: A plan for **chain** cities\n\nOn January 3, 2021, the **story**.\n\n" + Story("Xi'an", 4) + "\n<b>The</b> commentary.\n";
        SeedParser.Parse("seeds/x.txt", System.Text.Encoding.UTF8.GetBytes(seed), diagnostics, SectionNames.None);
        var warning = Assert.Single(diagnostics.Sorted(), d => d.Code == "WK0216");
        Assert.Equal((8, 21), (warning.Line, warning.Column));
        Assert.Contains("Beijing: A plan for **chain** cities", warning.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On January 3, 2021, 5 * 3 * 2 firms joined, *ST Kangde left, AT&T & Co. too, a <b and c > d.")]
    [InlineData("On January 3, 2021, the file snake_case_name and 2*3 and a_b__c were read.")]
    [InlineData("On January 3, 2021, the <Action Plan> and [Weekly] notes (see list) were read.")]
    public void Plain_text_that_looks_like_markup_is_left_alone(string body)
    {
        var (issue, codes) = Parse(Intro + $"Chain News: first\n\nBeijing: A plan\n\n{body}\n\n{Story("Xi'an", 4)}\nThe commentary.\n");
        Assert.Empty(codes);
        Assert.Equal(body, issue.Sections[0].Stories[0].Paragraphs[0].Text);
    }

    [Fact]
    public void Markup_never_reaches_a_slug_or_the_lock()
    {
        var seed = "Industry Blockchain Weekly 丨 A title\n\nThis week local governments kept publishing blockchain plans.\n\n\nGovernment Updates: Local plans\n\n"
            + "<strong>Fuzhou &amp; Xiamen: City launches a blockchain pilot zone</strong><br>\n\nOn January 4, the Fuzhou government announced a pilot zone.\n\n"
            + "\nThe editor thinks these plans matter.\n";
        using var site = new TestSite($"-- seeds/2020-01-06-a.txt --\n{seed}");

        var result = site.Build();

        Assert.True(result.Succeeded, result.DiagnosticsText());
        var pages = result.Files.Select(f => f.Destination).Where(d => d.Contains("fuzhou-xiamen", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        Assert.DoesNotContain(result.Files, f => f.Destination.Contains("strong", StringComparison.Ordinal) || f.Destination.Contains("amp", StringComparison.Ordinal));
        var locked = System.Text.Encoding.UTF8.GetString(Weekly.Publishing.PermalinkLockFile.Serialize(result.Lock!));
        Assert.Contains("fuzhou-xiamen", locked, StringComparison.Ordinal);
        Assert.DoesNotContain("strong", locked, StringComparison.Ordinal);
        Assert.Equal("Fuzhou & Xiamen: City launches a blockchain pilot zone", result.Html(pages.First(p => p.EndsWith("index.html", StringComparison.Ordinal))).QuerySelector("h1")!.TextContent.Trim());
    }
}
