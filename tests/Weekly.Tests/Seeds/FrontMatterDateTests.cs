using System.Text;
using Weekly.Core;
using Weekly.Seeds;
using Weekly.Tests.TestKit;
using SeedText = Weekly.Tests.TestKit.SeedText;

namespace Weekly.Tests.Seeds;

/// <summary>Front matter <c>date:</c> as RFC 3339 writes it, and one error, not two, when it is no date.</summary>
public class FrontMatterDateTests
{
    private static (Weekly.Domain.Issue? Issue, List<string> Diagnostics) Parse(string path, string frontMatter)
    {
        var diagnostics = new DiagnosticBag();
        var issue = SeedParser.Parse(path, Encoding.UTF8.GetBytes(SeedText.Issue("X", frontMatter, SeedText.Beijing)), diagnostics, RealSections.Names);
        return (issue, diagnostics.Sorted().Select(d => $"{d.Line}:{d.Column} {d.Code}").ToList());
    }

    [Theory]
    [InlineData("2020-01-20T09:00:00.1+08:00", 1_000_000)]
    [InlineData("2020-01-20T09:00:00.123456789+08:00", 1_234_567)]
    [InlineData("2020-01-20T09:00:00.000000000000001+08:00", 0)]
    public void A_date_time_with_a_fraction_of_any_length_is_read(string value, long ticksPastTheSecond)
    {
        var (issue, diagnostics) = Parse("seeds/x.txt", "date: " + value);
        Assert.Equal([], diagnostics);
        Assert.Equal(new DateOnly(2020, 1, 20), issue!.Date);
        Assert.Equal(new DateTimeOffset(2020, 1, 20, 9, 0, 0, TimeSpan.FromHours(8)).AddTicks(ticksPastTheSecond), issue.PublishedAt);
    }

    [Theory]
    [InlineData("date: 2020-13-45")]
    [InlineData("date: soon")]
    [InlineData("date: [2020]")]
    public void A_bad_date_is_one_error_without_a_no_year_error_after_it(string frontMatter)
    {
        var (_, diagnostics) = Parse("seeds/x.txt", frontMatter);
        Assert.Single(diagnostics, d => d.EndsWith("WK0305", StringComparison.Ordinal) || d.EndsWith("WK0114", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.EndsWith("WK0301", StringComparison.Ordinal) || d.EndsWith("WK0302", StringComparison.Ordinal));
        Assert.StartsWith("2:", diagnostics.Single(), StringComparison.Ordinal);
    }
}
