using System.Globalization;
using Weekly.Core;
using Weekly.Seeds;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Seeds;

/// <summary>Determinism: the parse (dates, diagnostics) is the same under any current culture.</summary>
public class SeedCultureTests
{
    [Theory]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    public void Parse_does_not_depend_on_the_current_culture(string culture)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Specs", "Seeds", "053-date-mismatch.txt"));
        string Run()
        {
            var bag = new DiagnosticBag();
            var issue = SeedParser.Parse("seeds/2020-01-06-x.txt", bytes, bag, RealSections.Names)!;
            return string.Join("\n", issue.Stories.Select(s => s.Date?.ToString("O", CultureInfo.InvariantCulture)).Append(issue.Date.ToString("O", CultureInfo.InvariantCulture)).Concat(bag.Sorted().Select(d => d.ToString())));
        }

        var invariant = Run();
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(invariant, Run());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        Assert.Contains("front matter date 2020-01-07 differs from the file name's 2020-01-06", invariant, StringComparison.Ordinal);
    }
}
