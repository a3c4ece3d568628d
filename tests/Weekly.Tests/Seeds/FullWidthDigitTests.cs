using System.Text;
using Weekly.Core;
using Weekly.Seeds;
using Weekly.Tests.TestKit;
using SeedText = Weekly.Tests.TestKit.SeedText;

namespace Weekly.Tests.Seeds;

/// <summary>
/// Digits other than ASCII that regex <c>\d</c> matches (full-width ０–９ from a Chinese editor, Arabic-Indic) are read as their
/// values where dates are read, and never crash the build (the finder's crashing site: a FormatException from int.Parse).
/// </summary>
public class FullWidthDigitTests
{
    [Theory]
    [InlineData("On March ５, 2021, Hunan released a blockchain plan.", "2021-03-05")]
    [InlineData("On March ５, ２０２１, Hunan released a blockchain plan.", "2021-03-05")]
    [InlineData("２０２１年３月６日，Guizhou launched a platform.", "2021-03-06")]
    [InlineData("３月６日，Guizhou launched a platform.", "--03-06")]
    [InlineData("On ２０２１-０３-０６, the bureau met.", "2021-03-06")]
    [InlineData("On the ８th, the bureau met.", "---08")]
    [InlineData("On ٥ March, the bureau met.", "--03-05")]
    [InlineData("On March ５ to ６, the forum was held.", "--03-05")]
    public void Full_width_and_other_decimal_digits_are_read_as_their_values(string text, string expected) =>
        Assert.Equal(expected, EventDates.Find(text)?.ToString());

    [Fact]
    public void A_year_written_in_full_width_digits_elsewhere_gives_the_year() =>
        Assert.Equal(new DateOnly(2021, 3, 4), EventDates.WrittenElsewhere(["The plan runs from March 4, ２０２１."]));

    [Theory]
    [InlineData("seeds/２０２１-０３-０８ c1.txt", "2021-03-08")]
    [InlineData("seeds/２０２１０３０８-x.txt", "2021-03-08")]
    public void A_file_name_in_full_width_digits_gives_its_date(string path, string expected)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Equal(expected, IssueDates.FromFileName(path, diagnostics)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void A_full_width_file_name_date_that_is_no_date_is_a_warning_not_a_crash()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(IssueDates.FromFileName("seeds/２０２１-０２-３０ x.txt", diagnostics));
        Assert.Equal([Weekly.Diagnostics.Codes.BadFileNameDate.Id], diagnostics.Sorted().Select(d => d.Code));
    }

    [Fact]
    public void A_seed_with_full_width_dates_and_file_name_builds_with_its_dates()
    {
        var text = SeedText.Issue("Crash probe", null,
            ("Hunan: Blockchain plan released", "On March ５, 2021, Hunan released a blockchain plan."),
            ("Guizhou: Platform goes live", "２０２１年３月６日，Guizhou launched a blockchain platform."));
        var diagnostics = new DiagnosticBag();
        var issue = SeedParser.Parse("seeds/２０２１-０３-０８ c1.txt", Encoding.UTF8.GetBytes(text), diagnostics, RealSections.Names);
        Assert.NotNull(issue);
        Assert.Equal(new DateOnly(2021, 3, 8), issue.Date);
        Assert.Equal([new DateOnly(2021, 3, 5), new DateOnly(2021, 3, 6)], issue.Stories.Select(s => s.Date));
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.Severity == Severity.Error);
    }
}
