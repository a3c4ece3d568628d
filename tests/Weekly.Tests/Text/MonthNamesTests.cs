using System.Text.RegularExpressions;
using Weekly.Seeds;
using Weekly.Text;

namespace Weekly.Tests.Text;

/// <summary>One month table (<see cref="MonthNames"/>) and one day-range pattern (<see cref="EventDates.DayRange"/>) for every date rule.</summary>
public class MonthNamesTests
{
    [Fact]
    public void Every_month_name_and_short_name_matches_the_pattern_and_has_its_number()
    {
        var pattern = new Regex("^" + MonthNames.Pattern + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        for (var i = 0; i < 12; i++)
        {
            var name = MonthNames.Full[i];
            foreach (var written in new[] { name, name[..3], name.ToUpperInvariant(), name.ToLowerInvariant() })
            {
                Assert.Matches(pattern, written);
                Assert.Equal(i + 1, MonthNames.Number(written));
            }
        }

        Assert.Equal(9, MonthNames.Number("Sept"));
        Assert.True(MonthNames.IsShortName("Sept"));
        Assert.False(MonthNames.IsShortName("May"));
        Assert.Equal(0, MonthNames.Number("Monday"));
    }

    /// <summary>"through" and "until" join a range in every date form, as they did only after a month first ("March 4 through 6").</summary>
    [Theory]
    [InlineData("On March 4 through 6, the forum was held.", "--03-04")]
    [InlineData("On 4 through 6 March, the forum was held.", "--03-04")]
    [InlineData("From the 25th until 27th, the forum was held in Chengdu.", "---25")]
    public void A_range_through_or_until_gives_its_first_day(string body, string date) =>
        Assert.Equal(date, EventDates.Find(body)?.ToString());
}
