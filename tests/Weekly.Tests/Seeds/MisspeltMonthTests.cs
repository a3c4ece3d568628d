using Weekly.Core;
using Weekly.Seeds;

namespace Weekly.Tests.Seeds;

/// <summary>"On Janaury 10, ..." leaves a story undated: warning WK0210 names the month meant (<see cref="MisspeltMonths"/>).</summary>
public class MisspeltMonthTests
{
    [Theory]
    [InlineData("Janaury", "January")]
    [InlineData("Januray", "January")]
    [InlineData("Febuary", "February")]
    [InlineData("Decmber", "December")]
    [InlineData("Augusst", "August")]
    [InlineData("Jully", "July")]
    [InlineData("Spetember", "September")]
    [InlineData("January", null)]
    [InlineData("Monday", null)]
    [InlineData("Sunday", null)]
    [InlineData("Jane", "June")]
    [InlineData("Day", null)]
    public void A_word_one_edit_from_a_month_names_that_month(string word, string? month) =>
        Assert.Equal(month, MisspeltMonths.Closest(word));

    [Theory]
    [InlineData("On Janaury 10th and 11th, the forum was held.")]
    [InlineData("On Janaury 10-11, the forum was held.")]
    [InlineData("On Janaury 10 2021 the forum was held.")]
    [InlineData("On Janaury 10 (local time), the forum was held.")]
    public void A_misspelt_month_is_found_in_a_range_before_a_year_or_a_bracket(string body)
    {
        var diagnostics = new DiagnosticBag();
        var seed = "---\ndate: 2021-01-13\n---\nIndustry Blockchain Weekly 丨 Misspelt\n\nThe intro.\n\n\nGovernment Updates: Plans\n\n"
            + "Fuzhou: A pilot zone\n\n" + body + "\n\n\nThe editor's commentary.\n";
        SeedParser.Parse("seeds/x.txt", System.Text.Encoding.UTF8.GetBytes(seed), diagnostics);
        Assert.Equal(["13:4"], diagnostics.Sorted().Where(d => d.Code == "WK0210").Select(d => $"{d.Line}:{d.Column}"));
    }

    [Fact]
    public void An_undated_story_with_a_misspelt_month_is_warned_at_the_word_and_a_dated_one_is_not()
    {
        var diagnostics = new DiagnosticBag();
        var seed = "---\ndate: 2020-01-13\n---\nIndustry Blockchain Weekly 丨 Misspelt\n\nThe intro.\n\n\nGovernment Updates: Plans\n\n"
            + "Fuzhou: A pilot zone\n\nOn Janaury 10, the Fuzhou government announced a pilot zone.\n\n"
            + "Xiamen: A platform\n\nOn January 9, Xiamen launched a platform on Monday 3, then more.\n\n"
            + "Beijing: A plan\n\nOn Monday 6, Beijing published a plan.\n\n\nThe editor's commentary.\n";
        var issue = SeedParser.Parse("seeds/x.txt", System.Text.Encoding.UTF8.GetBytes(seed), diagnostics);
        Assert.NotNull(issue);
        Assert.Equal(["seeds/x.txt:13:4: warning WK0210: \"Janaury\" is not a month, so this story has no date; did you mean \"January\"? (correct the month's spelling)"],
            diagnostics.Sorted().Where(d => d.Code == "WK0210").Select(d => d.ToString()));
    }
}
