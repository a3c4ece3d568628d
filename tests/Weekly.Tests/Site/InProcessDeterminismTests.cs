using System.Globalization;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Site;

/// <summary>Changes process-wide state (the culture and the TZ variable), so it runs alone.</summary>
[CollectionDefinition(nameof(ProcessWideStateCollection), DisableParallelization = true)]
public sealed class ProcessWideStateCollection;

/// <summary>
/// The fast determinism check: the hostile site plus a summer issue with an exact publication instant, built in this
/// process twice and then under other cultures and machine time zones, gives the same bytes in every file. The
/// end-to-end check, with the real command in child processes, is <see cref="DeterminismTests"/>.
/// </summary>
[Collection(nameof(ProcessWideStateCollection))]
public class InProcessDeterminismTests
{
    private static IReadOnlyList<Weekly.IO.OutputFile> Build()
    {
        using var site = HostileSite.Create();
        site.Write("seeds/2020-07-06-summer.txt", SeedText.Issue("İstanbul ıi Summer 1,5", "date: 2020-07-06T09:30:00+02:00", ("Fuzhou: Tax bureau issues İ invoices", "On July 3, 2020, the Fuzhou tax bureau issued 1,5 million invoices on a blockchain.")));
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());
        return result.Files;
    }

    [Fact]
    public void Every_file_is_byte_identical_across_builds_cultures_and_machine_time_zones()
    {
        var (culture, uiCulture, tz) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, Environment.GetEnvironmentVariable("TZ"));
        var differences = new List<string>();
        IReadOnlyList<Weekly.IO.OutputFile> baseline;
        try
        {
            Set("", "Asia/Shanghai");
            baseline = Build();
            foreach (var (name, zone) in new[] { ("", "Asia/Shanghai"), ("tr-TR", "UTC"), ("zh-CN", "America/Los_Angeles"), ("ar-SA", "America/Los_Angeles") })
            {
                Set(name, zone);
                Assert.Equal(zone, TimeZoneInfo.Local.Id);
                var files = Build();
                Assert.Equal(baseline.Select(f => f.Destination), files.Select(f => f.Destination));
                differences.AddRange(baseline.Zip(files).Where(p => !p.First.Bytes.AsSpan().SequenceEqual(p.Second.Bytes)).Select(p => $"{name} {zone}: {p.First.Destination}"));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
            Environment.SetEnvironmentVariable("TZ", tz);
            TimeZoneInfo.ClearCachedData();
        }
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(30)));
        var feed = baseline.Single(f => f.Destination == "feed.xml").Text;
        Assert.Contains("<pubDate>Mon, 06 Jul 2020 15:30:00 +0800</pubDate>", feed, StringComparison.Ordinal);
        Assert.Contains("<title>İstanbul ıi Summer 1,5</title>", feed, StringComparison.Ordinal);
        Assert.Contains("6 July 2020", baseline.Single(f => f.Destination == "index.html").Text, StringComparison.Ordinal);
        // Files copied as is (theme/assets/ to assets/, input/static/ such as favicon.ico to the root) keep their bytes; the rest is made with LF.
        Assert.DoesNotContain(baseline, f => f.Bytes.AsSpan().IndexOf((byte)'\r') >= 0 && !f.Destination.StartsWith("assets/", StringComparison.Ordinal)
            && !File.Exists(Repo.PathOf("input", "static", f.Destination)));
    }

    private static void Set(string culture, string zone)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture.Length == 0 ? CultureInfo.InvariantCulture : new CultureInfo(culture);
        Environment.SetEnvironmentVariable("TZ", zone);
        TimeZoneInfo.ClearCachedData();
    }
}
