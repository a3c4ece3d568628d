using Weekly.Core;
using Weekly.Seeds;
using static Weekly.Tests.TestKit.LayoutSeeds;

namespace Weekly.Tests.Seeds;

/// <summary>
/// Layouts later issues use that the first one lacks (cases 201–205 in Data/cases): headings without a title or after a
/// dash, attribution lines, long headlines, footer wordings, title line separators, commentary labels. Seeds are parsed
/// with no known section names, so each rule is shown not to depend on input/sections.yml.
/// </summary>
public class SeedLayoutTests
{
    [Theory]
    [InlineData("Chain Watch", "Chain Watch", "")]
    [InlineData("Chain Watch:", "Chain Watch", "")]
    [InlineData("Chain Watch：", "Chain Watch", "")]
    [InlineData("Chain Watch — banks on chain", "Chain Watch", "banks on chain")]
    [InlineData("Chain Watch—banks on chain", "Chain Watch", "banks on chain")]
    [InlineData("Chain Watch - banks on chain", "Chain Watch", "banks on chain")]
    [InlineData("Chain Watch – banks on chain", "Chain Watch", "banks on chain")]
    [InlineData("Chain Watch: banks on chain", "Chain Watch", "banks on chain")]
    public void An_unlisted_heading_after_a_wide_gap_is_found_with_or_without_title(string heading, string name, string title)
    {
        var (issue, codes) = Parse(Intro + $"Government Updates: first\n\n{Story("Beijing", 1)}\nThe commentary.\n\n\n{heading}\n\n{Story("Xi'an", 3)}{Story("Qingdao", 4)}\nMore commentary.\n",
            new SectionNames([new SectionName("Government Updates", [])]));
        Assert.Empty(codes);
        Assert.Equal(["On January 2, 2021, the intro."], issue.Intro.Select(p => p.Text));
        Assert.Equal(2, issue.Sections.Count);
        Assert.Equal((name, title), (issue.Sections[1].Name, issue.Sections[1].Title));
        Assert.Equal(["Xi'an: A blockchain plan is released", "Qingdao: A blockchain plan is released"], Headlines(issue.Sections[1]));
        Assert.Equal(["The commentary."], issue.Sections[0].Commentary.Select(p => p.Text));
    }

    [Fact]
    public void The_first_heading_alone_is_found_and_its_stories_do_not_fall_into_the_intro()
    {
        var (issue, codes) = Parse(Intro + $"Industry trends\n\n{Story("Shenzhen", 1)}{Story("Beijing", 2)}\nThe commentary.\n\n\nMarket Pulse: the rest\n\n{Story("Suzhou", 3)}\nLast commentary.\n");
        Assert.Empty(codes);
        Assert.Single(issue.Intro);
        Assert.Equal(["Industry trends", "Market Pulse"], issue.Sections.Select(s => s.Name));
        Assert.Equal(3, issue.Stories.Count());
    }

    [Theory]
    [InlineData("Industry trends")]
    [InlineData("Industry trends:")]
    public void A_name_alone_right_before_the_first_story_is_the_first_heading_after_one_blank_line(string heading)
    {
        var (issue, codes) = Parse($"Industry Blockchain Weekly 丨 A title\n\nOn January 2, 2021, the intro.\n\n{heading}\n\n{Story("Shenzhen", 1)}{Story("Beijing", 2)}\nThe commentary.\n");
        Assert.Empty(codes);
        Assert.Single(issue.Intro);
        Assert.Equal([("Industry trends", "")], issue.Sections.Select(s => (s.Name, s.Title)));
        Assert.Equal(2, issue.Stories.Count());
    }

    [Fact]
    public void A_heading_with_a_dash_after_a_wide_gap_commentary_is_found_after_one_blank_line()
    {
        var (issue, codes) = Parse(Intro + $"Industry trends: pilots\n\n{Story("Xi'an", 1)}\nThe commentary on pilots.\n\nFinancial field — blockchain in trade finance\n\n{Story("Hubei", 2)}{Story("Hunan", 3)}\nThe commentary on banks.\n");
        Assert.Empty(codes);
        Assert.Equal([("Industry trends", "pilots"), ("Financial field", "blockchain in trade finance")], issue.Sections.Select(s => (s.Name, s.Title)));
        Assert.Equal(["The commentary on pilots."], issue.Sections[0].Commentary.Select(p => p.Text));
        Assert.Single(issue.Sections[0].Stories[0].Paragraphs);
    }

    [Theory]
    [InlineData("Editor's comment: courts lead the way")]
    [InlineData("Editor’s note: courts lead the way")]
    [InlineData("Short comment: courts lead the way")]
    public void A_name_alone_after_a_labelled_commentary_is_a_heading(string label)
    {
        var (issue, codes) = Parse(Intro + $"Judicial Practice: evidence\n\n{Story("Hangzhou", 1)}{Story("Beijing", 2)}{label}\n\nJudicial blockchains are routine now.\n\nOverseas News\n\n{Story("Hong Kong", 3)}{Story("Singapore", 4)}\n\nComments:\n\nHong Kong is competing.\n");
        Assert.Empty(codes);
        Assert.Equal(["Judicial Practice", "Overseas News"], issue.Sections.Select(s => s.Name));
        Assert.Equal(["Hangzhou: A blockchain plan is released", "Beijing: A blockchain plan is released"], Headlines(issue.Sections[0]));
        Assert.Equal([label, "Judicial blockchains are routine now."], issue.Sections[0].Commentary.Select(p => p.Text));
        Assert.Equal(["Comments:", "Hong Kong is competing."], issue.Sections[1].Commentary.Select(p => p.Text));
    }

    [Theory]
    [InlineData("Overseas Briefs", "Overseas Briefs")]
    [InlineData("Chain Watch — banks on chain", "Chain Watch")]
    public void A_heading_without_a_colon_after_a_body_paragraph_needs_no_wide_gap(string heading, string name)
    {
        var (issue, codes) = Parse("Industry Blockchain Weekly 丨 A title\n\nOn January 2, 2021, the intro.\n\nLocal Policies: data\n\n" + Story("Hainan", 4) + Story("Guizhou", 5)
            + $"The commentary.\n\n{heading}\n\n{Story("Hong Kong", 6)}{Story("Macao", 7)}The last commentary.\n", new SectionNames([new SectionName("Local Policies", [])]));
        Assert.Empty(codes);
        Assert.Equal(2, issue.Sections.Count);
        Assert.Equal(name, issue.Sections[1].Name);
        Assert.Equal(["The commentary."], issue.Sections[0].Commentary.Select(p => p.Text));
        Assert.Equal(["The last commentary."], issue.Sections[1].Commentary.Select(p => p.Text));
    }

    [Fact]
    public void Stories_before_the_first_heading_are_warned_and_kept_as_stories()
    {
        var (issue, codes) = Parse(Intro + $"{Story("Shenzhen", 1)}{Story("Beijing", 2)}\nThe commentary.\n\nGovernment Updates: policies\n\n{Story("Suzhou", 3)}\nLast commentary.\n",
            new SectionNames([new SectionName("Government Updates", [])]));
        Assert.Equal(["WK0211"], codes);
        Assert.Single(issue.Intro);
        Assert.Equal(["", "Government Updates"], issue.Sections.Select(s => s.Name));
        Assert.Equal(["Shenzhen: A blockchain plan is released", "Beijing: A blockchain plan is released"], Headlines(issue.Sections[0]));
    }

    [Fact]
    public void A_headline_over_250_characters_followed_by_a_body_is_a_headline()
    {
        var longHeadline = "Beijing: Web3 white paper released, proposing to build Chaoyang into a Web3 industrial cluster, to support Zhongguancun enterprises in developing underlying blockchain technology, to cultivate 100 Web3 enterprises, to open 20 application scenarios and to establish a 100 million yuan industry fund by 2025";
        Assert.True(longHeadline.Length > 250);
        var (issue, codes) = Parse(Intro + $"Chain Watch: plans\n\n{Story("Shanghai", 1)}{longHeadline}\n\nOn January 5, the commission released the white paper.\n\n\nThe commentary.\n");
        Assert.Empty(codes);
        Assert.Equal(["Shanghai: A blockchain plan is released", longHeadline], Headlines(issue.Sections[0]));
        Assert.Single(issue.Sections[0].Stories[0].Paragraphs);
    }

    [Theory]
    [InlineData("Source: Xinhua")]
    [InlineData("(Source: 21st Century Business Herald)")]
    [InlineData("（Source：Shenzhen Special Zone Daily）")]
    [InlineData("Full text: https://stcsm.sh.gov.cn/zwgk/blockchain.html")]
    [InlineData("Link: https://example.org/plan")]
    [InlineData("Original title: Shanghai releases a plan")]
    [InlineData("Reporter: Li Ming")]
    [InlineData("Editor in charge: Wang Wu")]
    [InlineData("Image source: Xinhua")]
    public void An_attribution_line_after_a_body_is_a_paragraph_of_that_story(string attribution)
    {
        var (issue, codes) = Parse(Intro + $"Chain Watch: plans\n\nShanghai: Plan released\n\nOn January 3, Shanghai released a plan.\n\n{attribution}\n\n{Story("Hainan", 4)}{attribution}\n\n{Story("Guizhou", 5)}\n\nThe commentary.\n");
        Assert.Empty(codes);
        var stories = issue.Sections.Single().Stories;
        Assert.Equal(["Shanghai: Plan released", "Hainan: A blockchain plan is released", "Guizhou: A blockchain plan is released"], stories.Select(s => s.Headline));
        Assert.Equal([attribution, attribution], stories.Take(2).Select(s => s.Paragraphs[^1].Text));
    }

    [Fact]
    public void An_attribution_closing_the_last_story_is_not_taken_for_the_commentary()
    {
        var (issue, codes) = Parse(Intro + $"Chain Watch: plans\n\n{Story("Hainan", 4)}Source: Xinhua\n");
        Assert.Empty(codes);
        var story = issue.Sections.Single().Stories.Single();
        Assert.Equal(["On January 4, 2021, Hainan released a plan.", "Source: Xinhua"], story.Paragraphs.Select(p => p.Text));
        Assert.Empty(issue.Sections.Single().Commentary);
    }

    [Theory]
    [InlineData("Previous review: Weekly 丨 The plan is out", "Weekly 丨 The plan is out")]
    [InlineData("Past issues: Weekly 丨 The plan is out", "Weekly 丨 The plan is out")]
    [InlineData("Previous issue: Weekly 丨 The plan is out", "Weekly 丨 The plan is out")]
    [InlineData("Review of last issue: Weekly 丨 The plan is out", "Weekly 丨 The plan is out")]
    [InlineData("Last issue: Weekly 丨 The plan is out", "Weekly 丨 The plan is out")]
    [InlineData("Previous Period Review: Weekly 丨 The plan is out", "Weekly 丨 The plan is out")]
    [InlineData("Past Review | Weekly 丨 The plan is out", "Weekly 丨 The plan is out")]
    [InlineData("Review of the previous issue：Weekly 丨 The plan is out", "Weekly 丨 The plan is out")]
    [InlineData("Review of the past period\nWeekly 丨 The plan is out", "Weekly 丨 The plan is out")]
    [InlineData("Review of previous period:\nWeekly 丨 The plan is out", "Weekly 丨 The plan is out")]
    [InlineData("Past issues:\nWeekly 丨 The plan is out\nWeekly 丨 An older issue", "Weekly 丨 The plan is out")]
    [InlineData("Past issues:\n\nWeekly 丨 The plan is out\n\nWeekly 丨 An older issue", "Weekly 丨 The plan is out")]
    public void Footer_wordings_give_the_previous_issue_and_stay_out_of_the_commentary(string footer, string previous)
    {
        var (issue, codes) = Parse(Intro + $"Chain Watch: plans\n\n{Story("Hainan", 4)}{Story("Guizhou", 5)}\nThe commentary.\n\n{footer}\n");
        Assert.Empty(codes);
        Assert.Equal(previous, issue.Previous?.Title);
        Assert.Equal(["The commentary."], issue.Sections.Single().Commentary.Select(p => p.Text));
        Assert.Empty(issue.Unplaced);
    }

    [Fact]
    public void Footer_title_lines_are_not_joined_in_a_blank_separated_seed()
    {
        // Ten and more paragraphs, nearly all set off by blank lines: a line right after another is a wrapped one, except in the footer.
        var body = string.Concat(Enumerable.Range(1, 5).Select(d => Story("Hainan", d)));
        var (issue, _) = Parse(Intro + $"Chain Watch: plans\n\n{body}\nThe commentary.\n\nPast issues:\nWeekly 丨 The plan is out\nWeekly 丨 An older issue\n");
        Assert.Equal("Weekly 丨 The plan is out", issue.Previous?.Title);
    }

    [Theory]
    [InlineData("Industry Blockchain Weekly: Looking back at 2020, where will blockchain go?", "Industry Blockchain Weekly", "Looking back at 2020, where will blockchain go?")]
    [InlineData("Weekly development of industrial blockchain - Digital RMB pilots reach Xi'an", "Weekly development of industrial blockchain", "Digital RMB pilots reach Xi'an")]
    [InlineData("Industry Blockchain Weekly — Digital RMB pilots: Xi'an", "Industry Blockchain Weekly", "Digital RMB pilots: Xi'an")]
    [InlineData("Industry Blockchain Weekly – Digital RMB pilots", "Industry Blockchain Weekly", "Digital RMB pilots")]
    [InlineData("【Industry Blockchain Weekly】Digital RMB pilots", "Industry Blockchain Weekly", "Digital RMB pilots")]
    [InlineData("Industrial Blockchain Weekly (Issue 12) ｜ \"Blockchain+judiciary\": courts", "Industrial Blockchain Weekly", "\"Blockchain+judiciary\": courts")]
    [InlineData("Industry Blockchain Weekly Issue 12 丨 Digital RMB pilots", "Industry Blockchain Weekly", "Digital RMB pilots")]
    [InlineData("Industry blockchain weekly report | Hainan | ten provinces", "Industry blockchain weekly report", "Hainan | ten provinces")]
    [InlineData("Xiamen: Digital RMB pilots - what next", "", "Xiamen: Digital RMB pilots - what next")]
    [InlineData("\"Blockchain+judiciary\": courts build a chain", "", "\"Blockchain+judiciary\": courts build a chain")]
    public void The_title_line_splits_after_the_newsletter_s_name(string line, string newsletter, string title)
    {
        var (issue, _) = Parse(line + "\n\nOn January 2, 2021, the intro.\n\n\nChain Watch: plans\n\n" + Story("Hainan", 4) + "\nThe commentary.\n");
        Assert.Equal((newsletter, title), (issue.Newsletter, issue.Title));
    }

    [Fact]
    public void The_title_line_splits_after_the_site_s_title()
    {
        var seed = "Chain Digest - Digital RMB pilots\n\nOn January 2, 2021, the intro.\n\n\nChain Watch: plans\n\n" + Story("Hainan", 4) + "\nThe commentary.\n";
        var issue = SeedParser.Parse("seeds/x.txt", System.Text.Encoding.UTF8.GetBytes(seed), new DiagnosticBag(), SectionNames.None, siteName: "Chain Digest");
        Assert.Equal(("Chain Digest", "Digital RMB pilots"), (issue!.Newsletter, issue.Title));
        var other = SeedParser.Parse("seeds/x.txt", System.Text.Encoding.UTF8.GetBytes(seed), new DiagnosticBag(), SectionNames.None, siteName: "Other Site");
        Assert.Equal(("", "Chain Digest - Digital RMB pilots"), (other!.Newsletter, other.Title));
    }

    [Fact]
    public void A_question_inside_a_commentary_after_the_last_story_is_not_a_story()
    {
        var (issue, codes) = Parse(Intro + $"Local Policies: data\n\n{Story("Hainan", 4)}{Story("Guizhou", 5)}\nData elements are the new keyword.\n\nWhy does every plan mention blockchain?\n\nBecause the plans ask for data to be traceable.\n\n\nChain Watch: banks\n\n{Story("Guangxi", 6)}\nThe last commentary.\n");
        Assert.Empty(codes);
        Assert.Equal(["Hainan: A blockchain plan is released", "Guizhou: A blockchain plan is released"], Headlines(issue.Sections[0]));
        Assert.Equal(3, issue.Sections[0].Commentary.Count);
    }

    [Fact]
    public void A_commentary_opening_with_a_headline_like_line_after_a_wide_gap_is_not_a_story()
    {
        var (issue, codes) = Parse(Intro + $"Local Policies: data\n\n{Story("Hainan", 4)}\nThe first commentary.\n\n\nChain Watch: banks\n\n{Story("Guangxi", 6)}{Story("Yunnan", 7)}\nBlockchain business is still small\n\nAmong the listed companies, few break out the revenue of the business.\n");
        Assert.Empty(codes);
        Assert.Equal(["Guangxi: A blockchain plan is released", "Yunnan: A blockchain plan is released"], Headlines(issue.Sections[1]));
        Assert.Equal(["Blockchain business is still small", "Among the listed companies, few break out the revenue of the business."], issue.Sections[1].Commentary.Select(p => p.Text));
    }

    /// <summary>A headline an editor closed like a sentence still starts a story when a body opening with its date follows.</summary>
    [Theory]
    [InlineData("Shanghai: Blockchain pilot launched.")]
    [InlineData("Shanghai: What is next for blockchain…")]
    [InlineData("Shanghai: Blockchain pilot launched;")]
    [InlineData("Shanghai: \"Blockchain pilot launched.\"")]
    public void A_headline_closed_like_a_sentence_before_a_dated_body_starts_a_story(string headline)
    {
        var (issue, codes) = Parse(Intro + $"Government Updates: first\n\n{Story("Beijing", 1)}{headline}\n\nOn January 2, 2021, Shanghai did a thing.\n\n{Story("Qingdao", 4)}\nThe commentary.\n");
        Assert.Empty(codes);
        Assert.Equal(["Beijing: A blockchain plan is released", headline, "Qingdao: A blockchain plan is released"], Headlines(issue.Sections[0]));
        Assert.All(issue.Sections[0].Stories, story => Assert.Single(story.Paragraphs));
    }

    /// <summary>A closed line is a body paragraph when no dated body follows it, or when it holds two sentences.</summary>
    [Theory]
    [InlineData("Shanghai: Blockchain pilot launched.", "The city also said more.")]
    [InlineData("Shanghai: Blockchain pilot launched. More follows soon.", "On January 2, 2021, Shanghai did a thing.")]
    [InlineData("He said: we will build it.", "The city also said more.")]
    [InlineData("Li Wei, director of the bureau, said: the chain is ready.", "On January 2, 2021, Shanghai did a thing.")]
    [InlineData("Li Wei, director of the bureau, said: The chain is ready.", "On January 2, 2021, Shanghai did a thing.")]
    [InlineData("The plan has three goals: technology, industry and application.", "Recently, Shanghai did a thing.")]
    [InlineData("Note: The project is open to all banks.", "On January 2, 2021, Shanghai did a thing.")]
    public void A_closed_line_without_a_dated_body_after_it_stays_in_the_story(string line, string next)
    {
        var (issue, _) = Parse(Intro + $"Government Updates: first\n\n{Story("Beijing", 1)}{line}\n\n{next}\n\n{Story("Qingdao", 4)}\nThe commentary.\n");
        Assert.Equal(["Beijing: A blockchain plan is released", "Qingdao: A blockchain plan is released"], Headlines(issue.Sections[0]));
        Assert.Equal(3, issue.Sections[0].Stories[0].Paragraphs.Count);
    }
}
