using System.Globalization;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Feeds;

/// <summary>Changes process-wide state (the TZ variable), so it runs alone.</summary>
[CollectionDefinition(nameof(ProcessTimeZoneCollection), DisableParallelization = true)]
public sealed class ProcessTimeZoneCollection;

[Collection(nameof(ProcessTimeZoneCollection))]
public class FeedDeterminismTests
{
    private static IReadOnlyDictionary<string, string> Build()
    {
        var issues = FeedFixtures.StandardIssues("AT&T <b>\"quoted\"</b> ]]> 😀 丨\u0001").ToList();
        issues.Add(FeedFixtures.Issue("2020-07-06-summer", new DateOnly(2020, 7, 6), "İstanbul ıi Summer 1,5", [FeedFixtures.Story(1, "Fuzhou İ", [FeedFixtures.Fuzhou], ["taxation"])], 3));
        return FeedFixtures.Files(FeedFixtures.Site(issues));
    }

    [Fact]
    public void Feeds_are_byte_identical_under_any_culture_and_machine_time_zone()
    {
        var (culture, uiCulture, tz) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, Environment.GetEnvironmentVariable("TZ"));
        IReadOnlyDictionary<string, string> baseline;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            SetMachineZone("Asia/Shanghai");
            baseline = Build();
            foreach (var zone in new[] { "UTC", "America/Los_Angeles" })
            {
                SetMachineZone(zone);
                Assert.Equal(zone, TimeZoneInfo.Local.Id);
                foreach (var name in new[] { "zh-CN", "tr-TR", "ar-SA" })
                {
                    CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
                    var files = Build();
                    Assert.Equal(baseline.Keys, files.Keys);
                    foreach (var (path, content) in baseline)
                    {
                        Assert.True(string.Equals(content, files[path], StringComparison.Ordinal), $"{path} differs under {name} in {zone}");
                    }
                }
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
            Environment.SetEnvironmentVariable("TZ", tz);
            TimeZoneInfo.ClearCachedData();
        }
        Assert.Contains("<pubDate>Mon, 06 Jul 2020 00:00:00 +0800</pubDate>", baseline["feed.xml"], StringComparison.Ordinal);
        Assert.Contains("<title>İstanbul ıi Summer 1,5</title>", baseline["feed.xml"], StringComparison.Ordinal);
    }

    private static void SetMachineZone(string zone)
    {
        Environment.SetEnvironmentVariable("TZ", zone);
        TimeZoneInfo.ClearCachedData();
    }
}
