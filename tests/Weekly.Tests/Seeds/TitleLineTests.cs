using System.Text;
using Weekly.Core;
using Weekly.Seeds;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Seeds;

/// <summary>Title lines in the forms a newsletter drifts into (the finder's cases 501–505 and probes): several separators, issue
/// numbers and dates beside the name and the title, bracketed tags.</summary>
public class TitleLineTests
{
    private static (string Newsletter, string Title, string Date) Read(string line)
    {
        var seed = line + "\n\nThis week, things happened.\n\n\nPolicy Updates: dates\n\nHunan: Blockchain plan released\n\nOn the 5th, Hunan released a blockchain plan.\n";
        var diagnostics = new DiagnosticBag();
        var issue = SeedParser.Parse("seeds/x.txt", Encoding.UTF8.GetBytes(seed), diagnostics, RealSections.Names, siteName: "Industry Blockchain Weekly");
        Assert.NotNull(issue);
        return (issue.Newsletter, issue.Title, issue.Date == DateOnly.MinValue ? "-" : issue.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Industry Blockchain Weekly | Issue 37 | 2020.09.14", "Industry Blockchain Weekly", "2020.09.14", "2020-09-14")]
    [InlineData("Industry Blockchain Weekly | March 8, 2021 | Hunan releases a blockchain plan", "Industry Blockchain Weekly", "Hunan releases a blockchain plan", "2021-03-08")]
    [InlineData("Industry Blockchain Weekly | 2022.03.21 | Beijing and Shenzhen release plans", "Industry Blockchain Weekly", "Beijing and Shenzhen release plans", "2022-03-21")]
    [InlineData("Industry Blockchain Weekly丨2021年3月8日丨Hunan releases a blockchain plan", "Industry Blockchain Weekly", "Hunan releases a blockchain plan", "2021-03-08")]
    [InlineData("Industry Blockchain Weekly | Hunan releases a blockchain plan | 8 March 2021", "Industry Blockchain Weekly", "Hunan releases a blockchain plan", "2021-03-08")]
    [InlineData("Industry Blockchain Weekly | Issue 37 | ２０２１-０３-０８", "Industry Blockchain Weekly", "２０２１-０３-０８", "2021-03-08")]
    [InlineData("Industry Blockchain Weekly｜２０２０．０９．１４｜Hunan releases a blockchain plan", "Industry Blockchain Weekly", "Hunan releases a blockchain plan", "2020-09-14")]
    public void A_date_in_the_title_line_dates_the_issue_and_is_not_the_title(string line, string newsletter, string title, string date) =>
        Assert.Equal((newsletter, title, date), Read(line));

    [Fact]
    public void The_title_line_date_gives_yearless_story_dates_their_year_and_ranks_after_the_file_name()
    {
        var seed = "Industry Blockchain Weekly | Issue 37 | 2020.09.14\n\nThis week.\n\n\nPolicy Updates: x\n\nHunan: Plan released\n\nOn September 12, Hunan released a blockchain plan.\n";
        var issue = SeedParser.Parse("seeds/x.txt", Encoding.UTF8.GetBytes(seed), new DiagnosticBag(), RealSections.Names);
        Assert.Equal(new DateOnly(2020, 9, 14), issue!.Date);
        Assert.Equal(new DateOnly(2020, 9, 12), issue.Stories.First().Date);

        var named = SeedParser.Parse("seeds/2020-09-15 x.txt", Encoding.UTF8.GetBytes(seed), new DiagnosticBag(), RealSections.Names);
        Assert.Equal(new DateOnly(2020, 9, 15), named!.Date);
        var given = SeedParser.Parse("seeds/x.txt", Encoding.UTF8.GetBytes("---\ndate: 2020-09-16\n---\n" + seed), new DiagnosticBag(), RealSections.Names);
        Assert.Equal(new DateOnly(2020, 9, 16), given!.Date);
    }

    [Theory]
    [InlineData("Industry Blockchain Weekly 丨 Issue 88 丨 Is the digital yuan going abroad? Blockchain enterprises exceed 60,000", "Industry Blockchain Weekly", "Is the digital yuan going abroad? Blockchain enterprises exceed 60,000")]
    [InlineData("Industry Blockchain Weekly丨2021年第10期丨Hunan releases a blockchain plan", "Industry Blockchain Weekly", "Hunan releases a blockchain plan")]
    [InlineData("Industry Blockchain Weekly · Issue 37 · Hunan releases a blockchain plan", "Industry Blockchain Weekly", "Hunan releases a blockchain plan")]
    [InlineData("Industry Blockchain Weekly•No. 37•Hunan releases a blockchain plan", "Industry Blockchain Weekly", "Hunan releases a blockchain plan")]
    [InlineData("Industry Blockchain Weekly (2021 Issue 12) 丨 Hunan releases a blockchain plan", "Industry Blockchain Weekly", "Hunan releases a blockchain plan")]
    [InlineData("Industry Blockchain Weekly 第37期 丨 Hunan releases a blockchain plan", "Industry Blockchain Weekly", "Hunan releases a blockchain plan")]
    [InlineData("Industry Blockchain Weekly Vol.3 No.12 | Hunan releases a blockchain plan", "Industry Blockchain Weekly", "Hunan releases a blockchain plan")]
    [InlineData("【Industry Blockchain Weekly】Issue 37: Hunan releases a blockchain plan", "Industry Blockchain Weekly", "Hunan releases a blockchain plan")]
    [InlineData("【Industry Blockchain Weekly】丨 Phase 37 丨 Hunan releases a blockchain plan", "Industry Blockchain Weekly", "Hunan releases a blockchain plan")]
    [InlineData("Industry Blockchain Weekly - The 37th issue - Hunan releases a blockchain plan", "Industry Blockchain Weekly", "Hunan releases a blockchain plan")]
    [InlineData("Issue 52 丨 Chengdu-Chongqing builds a blockchain corridor, Xiong'an releases its chain plan", "", "Chengdu-Chongqing builds a blockchain corridor, Xiong'an releases its chain plan")]
    [InlineData("No. 52 | Hunan releases a blockchain plan", "", "Hunan releases a blockchain plan")]
    [InlineData("Industry blockchain weekly report | Hainan puts blockchain at the core | ten provinces publish data plans", "Industry blockchain weekly report", "Hainan puts blockchain at the core | ten provinces publish data plans")]
    [InlineData("Industry Blockchain Weekly 丨 Xi·Jinping and Ma•Yun meet", "Industry Blockchain Weekly", "Xi·Jinping and Ma•Yun meet")]
    [InlineData("Industry Blockchain Weekly 丨 Local \"two sessions\" kicked off, blockchain becomes a hot topic for discussion", "Industry Blockchain Weekly", "Local \"two sessions\" kicked off, blockchain becomes a hot topic for discussion")]
    [InlineData("Industry Blockchain Weekly 丨 AT&T rises 丨", "Industry Blockchain Weekly", "AT&T rises 丨")]
    [InlineData("Industry Blockchain Weekly 丨 Issue 37 丨 AT&T rises 丨", "Industry Blockchain Weekly", "AT&T rises 丨")]
    public void Issue_numbers_are_neither_name_nor_title_and_every_separator_splits(string line, string newsletter, string title)
    {
        var (n, t, _) = Read(line);
        Assert.Equal((newsletter, title), (n, t));
    }

    [Theory]
    [InlineData("[Weekly] Hunan releases a blockchain plan", "", "Hunan releases a blockchain plan")]
    [InlineData("[Weekly] Industry Blockchain Weekly丨Shanghai and Zhejiang issue data rules", "Industry Blockchain Weekly", "Shanghai and Zhejiang issue data rules")]
    [InlineData("【Exclusive】Hunan releases a blockchain plan", "", "Hunan releases a blockchain plan")]
    [InlineData("[Industry Blockchain Weekly] Hunan releases a blockchain plan", "Industry Blockchain Weekly", "Hunan releases a blockchain plan")]
    public void A_bracketed_tag_opening_the_title_line_is_dropped(string line, string newsletter, string title)
    {
        var (n, t, _) = Read(line);
        Assert.Equal((newsletter, title), (n, t));
    }

    [Theory]
    [InlineData("Industry Blockchain Weekly | Issue 37 | 2020.09.14", "2020.09.14")]
    [InlineData("Industry Blockchain Weekly 丨 Issue 37", "Issue 37")]
    [InlineData("【Industry Blockchain Weekly】第37期", "第37期")]
    public void A_title_line_without_a_title_is_titled_by_its_date_or_number_and_warned(string line, string title)
    {
        var seed = line + "\n\nThis week.\n\n\nPolicy Updates: x\n\nHunan: Plan released\n\nOn September 12, 2020, Hunan released a blockchain plan.\n";
        var diagnostics = new DiagnosticBag();
        var issue = SeedParser.Parse("seeds/x.txt", Encoding.UTF8.GetBytes(seed), diagnostics, RealSections.Names);
        Assert.Equal(title, issue!.Title);
        var warning = Assert.Single(diagnostics.Sorted(), d => d.Code == Weekly.Diagnostics.Codes.UntitledTitleLine.Id);
        Assert.Equal((1, 1), (warning.Line, warning.Column));

        var given = new DiagnosticBag();
        Assert.Equal("Given", SeedParser.Parse("seeds/x.txt", Encoding.UTF8.GetBytes("---\ntitle: Given\n---\n" + seed), given, RealSections.Names)!.Title);
        Assert.DoesNotContain(given.Sorted(), d => d.Code == Weekly.Diagnostics.Codes.UntitledTitleLine.Id);
    }
}
