using System.Text;
using Weekly.Core;
using Weekly.Seeds;
using Weekly.Tests.TestKit;
using SeedText = Weekly.Tests.TestKit.SeedText;

namespace Weekly.Tests.Seeds;

/// <summary>Story and issue dates read from whole seeds, as the finder's real-looking issues write them.</summary>
public class StoryDateSeedTests
{
    private static (string Issue, string[] Stories, List<string> Diagnostics) Parse(string? frontMatter, params (string, string)[] stories)
    {
        var diagnostics = new DiagnosticBag();
        var issue = SeedParser.Parse("seeds/x.txt", Encoding.UTF8.GetBytes(SeedText.Issue("X", frontMatter, stories)), diagnostics, RealSections.Names);
        Assert.NotNull(issue);
        static string Show(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-";
        return (Show(issue.Date), issue.Stories.Select(s => Show(s.Date)).ToArray(), diagnostics.Sorted().Select(d => d.Code).ToList());
    }

    [Fact]
    public void A_yearless_date_months_away_does_not_date_the_issue_and_a_Chinese_date_is_read()
    {
        var (issue, stories, diagnostics) = Parse(null,
            ("Supreme People's Court: Judicial blockchain stores 2 billion pieces of evidence", "On November 29, 2022, the Supreme People's Court said its platform stores 2 billion pieces of evidence."),
            ("Hong Kong: The first virtual asset futures ETFs are listed", "On December 2, two virtual asset futures ETFs were listed on the Hong Kong Stock Exchange."),
            ("Dubai: Virtual Assets Regulatory Authority issues its first full rules", "On February 7, the Dubai Virtual Assets Regulatory Authority issued its regulations."),
            ("Shanghai: Action plan names blockchain a key technology", "2022年11月30日，the Shanghai Municipal Commission of Economy and Informatization issued an action plan."),
            ("Shenzhen: Data exchange opens with a blockchain trading system", "On the 30th, the Shenzhen Data Exchange held its opening ceremony."));
        Assert.Equal([], diagnostics);
        Assert.Equal("2022-12-02", issue);
        Assert.Equal(["2022-11-29", "2022-12-02", "2022-02-07", "2022-11-30", "2022-11-30"], stories);
    }

    [Fact]
    public void When_no_story_date_names_its_year_a_date_written_later_in_a_story_gives_it()
    {
        var (issue, stories, diagnostics) = Parse(null,
            ("Bank of Korea: Digital currency pilot to begin", "On December 28, the Bank of Korea said it would run a pilot. The plan was first announced on December 30, 2020 by its board."),
            ("Bank of Thailand: Completes a cross-border test", "On the 29th, the Bank of Thailand announced that its project had completed its first phase."),
            ("China Academy: Releases its blockchain white paper", "On January 2, the academy released its white paper."));
        Assert.Equal([], diagnostics);
        Assert.Equal("2021-01-02", issue);
        Assert.Equal(["2020-12-28", "2020-12-29", "2021-01-02"], stories);
    }

    [Fact]
    public void Numeric_dates_year_first_date_an_issue_without_front_matter()
    {
        var (issue, stories, _) = Parse(null,
            ("Beijing: The bureau issues a plan", "On 2021-01-04, the Beijing Municipal Bureau issued a blockchain plan."),
            ("Fuzhou: The city opens a pilot zone", "On 2021/1/3, the Fuzhou government opened a blockchain pilot zone."),
            ("Xiamen: The port goes live", "On December 31 last year, the Xiamen port put its blockchain platform into use."));
        Assert.Equal("2021-01-04", issue);
        Assert.Equal(["2021-01-04", "2021-01-03", "2020-12-31"], stories);
    }

    [Fact]
    public void A_given_date_lets_an_event_announced_for_the_next_days_keep_its_year()
    {
        var (issue, stories, _) = Parse("date: 2021-01-04",
            ("Beijing: Forum opens on Wednesday", "On January 6, the Beijing blockchain forum will open in Haidian."),
            ("Fuzhou: The city opens a pilot zone", "On the 31st of last month, the Fuzhou government opened a blockchain pilot zone."));
        Assert.Equal("2021-01-04", issue);
        Assert.Equal(["2021-01-06", "2020-12-31"], stories);
    }

    [Fact]
    public void A_story_opening_with_an_editors_note_is_dated_by_its_next_paragraph()
    {
        var (issue, stories, diagnostics) = Parse(null,
            ("Beijing: A blockchain plan is released", "On January 4, 2021, Beijing released a plan."),
            ("Shanghai: A pilot opens", "Editor's note: reprinted from the Shanghai Securities News.\n\nOn January 5, Shanghai opened a pilot."));
        Assert.DoesNotContain("WK0205", diagnostics);
        Assert.Equal("2021-01-05", issue);
        Assert.Equal(["2021-01-04", "2021-01-05"], stories);
    }
}
