using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Seeds;

namespace Weekly.Tests.Seeds;

public class IssueDatesTests
{
    private static MonthDay? D(int month, int day, int? year = null) => new MonthDay(month, day, year);

    private static string Show(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-";

    [Fact]
    public void Without_a_given_date_the_latest_dated_story_anchors_the_year_across_the_turn()
    {
        var bag = new DiagnosticBag();
        var (issue, stories) = IssueDates.Resolve("s.txt", null, [D(12, 31, 2019), D(1, 2), null, D(12, 30), D(1, 6)], bag);
        Assert.Equal("2020-01-06", Show(issue));
        Assert.Equal(["2019-12-31", "2020-01-02", "-", "2019-12-30", "2020-01-06"], stories.Select(Show));
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void A_given_date_puts_yearless_dates_on_or_before_it_or_up_to_three_days_after_within_a_year()
    {
        var (issue, stories) = IssueDates.Resolve("s.txt", new DateOnly(2020, 1, 6), [D(1, 6), D(1, 9), D(1, 10), D(12, 30), D(2, 29), D(3, 1, 2017)], new DiagnosticBag());
        Assert.Equal("2020-01-06", Show(issue));
        Assert.Equal(["2020-01-06", "2020-01-09", "2019-01-10", "2019-12-30", "-", "2017-03-01"], stories.Select(Show));
    }

    [Fact]
    public void A_yearless_date_long_before_the_written_year_is_an_old_event_not_the_issue_date()
    {
        // The finder's case 202: one story names 2022; "On February 7" is the Dubai rules of February 2022, not 2023,
        // and "On the 30th" is the 30th before the issue (November), not January 2023.
        var (issue, stories) = IssueDates.Resolve("s.txt", null,
            [D(11, 29, 2022), D(11, 30), D(12, 1), D(12, 2), D(10, 26), D(2, 7), D(11, 28), D(11, 30, 2022), new MonthDay(0, 30, null)], new DiagnosticBag());
        Assert.Equal("2022-12-02", Show(issue));
        Assert.Equal(["2022-11-29", "2022-11-30", "2022-12-01", "2022-12-02", "2022-10-26", "2022-02-07", "2022-11-28", "2022-11-30", "2022-11-30"], stories.Select(Show));
    }

    [Fact]
    public void With_two_stories_the_written_date_wins_the_tie_and_the_other_falls_before_it()
    {
        var (issue, stories) = IssueDates.Resolve("s.txt", null, [D(11, 29, 2022), D(2, 7)], new DiagnosticBag());
        Assert.Equal("2022-11-29", Show(issue));
        Assert.Equal(["2022-11-29", "2022-02-07"], stories.Select(Show));
    }

    [Fact]
    public void The_issue_is_dated_by_the_run_holding_most_stories_not_by_an_older_written_date()
    {
        var (issue, stories) = IssueDates.Resolve("s.txt", null, [D(12, 31, 2019), D(1, 20), D(1, 21), D(1, 22), D(1, 24), new MonthDay(0, 23, null)], new DiagnosticBag());
        Assert.Equal("2020-01-24", Show(issue));
        Assert.Equal(["2019-12-31", "2020-01-20", "2020-01-21", "2020-01-22", "2020-01-24", "2020-01-23"], stories.Select(Show));
    }

    [Fact]
    public void An_issue_of_three_weeks_is_one_run_dated_by_its_last_story()
    {
        var (issue, stories) = IssueDates.Resolve("s.txt", null, [D(1, 10, 2021), D(1, 14), D(1, 18), D(1, 22), D(1, 26), D(1, 30)], new DiagnosticBag());
        Assert.Equal("2021-01-30", Show(issue));
        Assert.Equal(["2021-01-10", "2021-01-14", "2021-01-18", "2021-01-22", "2021-01-26", "2021-01-30"], stories.Select(Show));
    }

    [Fact]
    public void A_date_weeks_after_the_issue_run_is_the_year_before()
    {
        var (issue, stories) = IssueDates.Resolve("s.txt", null, [D(3, 1, 2021), D(3, 2), D(3, 3), D(3, 8), D(4, 20)], new DiagnosticBag());
        Assert.Equal("2021-03-08", Show(issue));
        Assert.Equal(["2021-03-01", "2021-03-02", "2021-03-03", "2021-03-08", "2020-04-20"], stories.Select(Show));
    }

    /// <summary>"Will be held on March 9" dates its story, not the issue: the issue is dated by the news it reports.</summary>
    [Fact]
    public void An_announced_date_dates_its_story_but_not_the_issue()
    {
        Assert.True(EventDates.Find("The summit will be held on March 9 in Hangzhou.")!.Value.Ahead);
        Assert.True(EventDates.Find("The expo, which is scheduled for March 9, 2021, opens soon.")!.Value.Ahead);
        Assert.False(EventDates.Find("On March 9, the summit was held in Hangzhou.")!.Value.Ahead);
        Assert.False(EventDates.Find("On March 2, the city said the summit will open.")!.Value.Ahead);
        var announced = EventDates.Find("The summit will be held on March 9 in Hangzhou.")!.Value;
        var (issue, stories) = IssueDates.Resolve("s.txt", null, [D(3, 2, 2021), D(3, 4), D(3, 5), announced], new DiagnosticBag());
        Assert.Equal("2021-03-05", Show(issue));
        Assert.Equal(["2021-03-02", "2021-03-04", "2021-03-05", "2021-03-09"], stories.Select(Show));
        var (alone, _) = IssueDates.Resolve("s.txt", null, [D(3, 4), EventDates.Find("The expo, which is scheduled for March 9, 2021, opens soon.")], new DiagnosticBag());
        Assert.Equal("2021-03-04", Show(alone));
    }

    /// <summary>A month's review: most stories in its first week, the rest a week or two apart, all of one month.</summary>
    [Fact]
    public void A_month_review_with_stories_a_week_or_two_apart_is_dated_by_its_last_story()
    {
        var (issue, stories) = IssueDates.Resolve("s.txt", null, [D(1, 4, 2021), D(1, 2), D(1, 3), D(1, 5), D(1, 6), D(1, 7), D(1, 18), D(1, 19), D(1, 29), D(1, 30)], new DiagnosticBag());
        Assert.Equal("2021-01-30", Show(issue));
        Assert.All(stories, date => Assert.Equal(2021, date!.Value.Year));
    }

    [Fact]
    public void Last_year_and_last_month_count_back_from_the_issue_date()
    {
        var (_, given) = IssueDates.Resolve("s.txt", new DateOnly(2021, 3, 4),
            [new MonthDay(1, 5, null, DateBack.LastYear), new MonthDay(0, 31, null, DateBack.LastMonth), new MonthDay(0, 28, null, DateBack.LastMonth), D(1, 5)], new DiagnosticBag());
        Assert.Equal(["2020-01-05", "-", "2021-02-28", "2021-01-05"], given.Select(Show));

        var (issue, found) = IssueDates.Resolve("s.txt", null, [D(1, 3, 2021), D(1, 4), new MonthDay(12, 31, null, DateBack.LastYear), new MonthDay(0, 31, null, DateBack.LastMonth)], new DiagnosticBag());
        Assert.Equal("2021-01-04", Show(issue));
        Assert.Equal(["2021-01-03", "2021-01-04", "2020-12-31", "2020-12-31"], found.Select(Show));
    }

    [Fact]
    public void February_29_resolves_in_a_leap_year()
    {
        Assert.Equal("2020-02-29", Show(IssueDates.OnOrBefore(new MonthDay(2, 29, null), new DateOnly(2020, 3, 2))));
        Assert.Equal("2024-02-29", Show(IssueDates.Closest(new MonthDay(2, 29, null), new DateOnly(2024, 3, 1))));
    }

    [Fact]
    public void A_day_alone_takes_the_month_that_puts_it_nearest_the_issue_across_a_month_end_and_a_leap_day()
    {
        static MonthDay? Day(int day) => new MonthDay(0, day, null);

        var (issue, stories) = IssueDates.Resolve("s.txt", null, [D(2, 28, 2020), Day(29), D(3, 1), Day(2), Day(31), Day(30)], new DiagnosticBag());
        Assert.Equal("2020-03-02", Show(issue));
        Assert.Equal(["2020-02-28", "2020-02-29", "2020-03-01", "2020-03-02", "2020-01-31", "2020-01-30"], stories.Select(Show));

        var (given, onOrBefore) = IssueDates.Resolve("s.txt", new DateOnly(2021, 1, 4), [Day(28), Day(3), Day(5), Day(8)], new DiagnosticBag());
        Assert.Equal("2021-01-04", Show(given));
        Assert.Equal(["2020-12-28", "2021-01-03", "2021-01-05", "2020-12-08"], onOrBefore.Select(Show));
    }

    [Fact]
    public void Days_alone_without_a_year_anywhere_are_error_WK0301()
    {
        var bag = new DiagnosticBag();
        var (issue, _) = IssueDates.Resolve("seeds/x.txt", null, [new MonthDay(0, 8, null)], bag);
        Assert.Null(issue);
        Assert.Equal(Codes.NoYear.Id, Assert.Single(bag.Sorted()).Code);
    }

    [Fact]
    public void Without_a_year_in_any_story_date_a_date_written_elsewhere_gives_it()
    {
        var bag = new DiagnosticBag();
        var (issue, stories) = IssueDates.Resolve("s.txt", null, [D(12, 28), new MonthDay(0, 29, null), D(1, 2), D(1, 3)], bag, elsewhere: () => new DateOnly(2020, 12, 31));
        Assert.Empty(bag.Sorted());
        Assert.Equal("2021-01-03", Show(issue));
        Assert.Equal(["2020-12-28", "2020-12-29", "2021-01-02", "2021-01-03"], stories.Select(Show));

        var (none, _) = IssueDates.Resolve("s.txt", null, [D(1, 2)], bag, elsewhere: () => null);
        Assert.Null(none);
        Assert.Equal(Codes.NoYear.Id, Assert.Single(bag.Sorted()).Code);
    }

    [Fact]
    public void The_given_date_wins_over_later_story_dates()
    {
        var (issue, _) = IssueDates.Resolve("s.txt", new DateOnly(2020, 1, 3), [D(1, 6, 2020)], new DiagnosticBag());
        Assert.Equal("2020-01-03", Show(issue));
    }

    [Fact]
    public void No_year_anywhere_is_an_error_and_never_guessed_from_the_clock()
    {
        var bag = new DiagnosticBag();
        var (issue, stories) = IssueDates.Resolve("seeds/x.txt", null, [D(1, 2), D(1, 4)], bag);
        Assert.Null(issue);
        Assert.Equal(["-", "-"], stories.Select(Show));
        var error = Assert.Single(bag.Sorted());
        Assert.Equal(Codes.NoYear.Id, error.Code);
        Assert.Equal("seeds/x.txt:1:1: error WK0301: the dates in seeds/x.txt name no year, and neither front matter nor the file name gives the issue's date (add date: YYYY-MM-DD to the seed's front matter)", error.ToString());
    }

    [Theory]
    [InlineData("seeds/2020-01-06-two-sessions.txt", "2020-01-06")]
    [InlineData("2019-12-30-x.txt", "2019-12-30")]
    [InlineData("seeds/2020-01-06.txt", "2020-01-06")]
    [InlineData("seeds/2020-01-06-x/issue.txt", "-")]
    [InlineData("seeds/000_680a3467cedacbca.txt", "-")]
    [InlineData("seeds/2020-01-13 Big News.txt", "2020-01-13")]
    [InlineData("seeds/2020_01_13-x.txt", "2020-01-13")]
    [InlineData("seeds/2020.01.13 x.txt", "2020-01-13")]
    [InlineData("seeds/20200113-x.txt", "2020-01-13")]
    [InlineData("seeds/2020 01 13.txt", "2020-01-13")]
    public void File_name_prefix_gives_a_date(string path, string expected)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Equal(expected, Show(IssueDates.FromFileName(path, diagnostics)));
        Assert.Empty(diagnostics.Sorted());
    }

    [Theory]
    [InlineData("seeds/13-01-2020 x.txt", "13-01-2020", "the year comes last (write the year first)")]
    [InlineData("seeds/2020-1-13 x.txt", "2020-1-13", "the month needs two digits (01 for January)")]
    [InlineData("seeds/2020-01-131 x.txt", "2020-01-131", "the day has 3 digits, not 2")]
    [InlineData("seeds/2020-01-5 x.txt", "2020-01-5", "the day needs two digits (05 for the 5th)")]
    [InlineData("seeds/2020-1-5 x.txt", "2020-1-5", "the month needs two digits (01 for January) and the day needs two digits (05 for the 5th)")]
    [InlineData("seeds/2020-01_13 x.txt", "2020-01_13", "its separators differ")]
    [InlineData("seeds/2020-01-13x.txt", "2020-01-13", "it is followed by 'x', not by -, _, . or a space")]
    [InlineData("seeds/20200113news.txt", "20200113", "it is followed by 'n', not by -, _, . or a space")]
    public void A_file_name_that_looks_like_a_date_in_another_form_is_a_warning_saying_why(string path, string start, string why)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(IssueDates.FromFileName(path, diagnostics));
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal(Codes.UnreadFileNameDate.Id, warning.Code);
        Assert.Equal($"file name starts with \"{start}\", which looks like a date but is not read as one because {why}, so the issue's date comes from front matter or its stories", warning.Message);
    }

    [Theory]
    [InlineData("seeds/2020-02-30 x.txt", "2020-02-30")]
    [InlineData("seeds/2020_13_01-x.txt", "2020_13_01")]
    [InlineData("seeds/20201301-x.txt", "20201301")]
    public void A_date_prefix_that_is_no_date_is_a_warning(string path, string start)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(IssueDates.FromFileName(path, diagnostics));
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal(Codes.BadFileNameDate.Id, warning.Code);
        Assert.Contains($"\"{start}\"", warning.Message, StringComparison.Ordinal);
    }
}
