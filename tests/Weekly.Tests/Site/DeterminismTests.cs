using Weekly.Tests.TestKit;

namespace Weekly.Tests.Site;

/// <summary>
/// The whole real site, plus the hostile seed and page of issue #6 (<see cref="HostileSite"/>), is byte-identical from one build to the next and whatever the machine's
/// culture and time zone: each build runs the real command in a child process with LANG/LC_ALL and TZ set.
/// </summary>
public class DeterminismTests
{
    [Fact]
    public void Whole_site_is_byte_identical_across_builds_cultures_and_time_zones()
    {
        using var site = new TestSite(withRealSeed: true);
        site.WriteBytes("seeds/" + HostileSite.SeedName, File.ReadAllBytes(Repo.DataPath("hostile", "seeds", HostileSite.SeedName)));
        site.WriteBytes("input/pages/hostile.md", File.ReadAllBytes(Repo.DataPath("hostile", "pages", "hostile.md")));
        SortedDictionary<string, byte[]>? baseline = null;
        var runs = new (string Locale, string Zone)[]
        {
            ("C.UTF-8", "Asia/Shanghai"), ("C.UTF-8", "Asia/Shanghai"), ("tr_TR.UTF-8", "UTC"),
            ("zh_CN.UTF-8", "America/Los_Angeles"), ("ar_SA.UTF-8", "America/Los_Angeles"),
        };
        var differences = new List<string>();
        foreach (var (locale, zone) in runs)
        {
            var output = Path.Combine(site.Root, "out-" + locale + "-" + zone.Replace('/', '-'));
            var env = new Dictionary<string, string> { ["LANG"] = locale, ["LC_ALL"] = locale, ["TZ"] = zone, ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0" };
            var run = CliProcess.Run(site.Root, env, "build", "--output", output);
            Assert.True(run.ExitCode == 0, $"build under {locale} {zone} failed:\n{run.Stderr}");
            var files = CliProcess.ReadTree(output);
            if (baseline is null)
            {
                baseline = files;
                continue;
            }
            if (!baseline.Keys.SequenceEqual(files.Keys)) differences.Add($"{locale} {zone}: different file lists");
            differences.AddRange(baseline.Where(kv => files.TryGetValue(kv.Key, out var other) && !kv.Value.AsSpan().SequenceEqual(other))
                .Select(kv => $"{locale} {zone}: {kv.Key} differs"));
        }
        Assert.True(baseline!.Count > 100, "the site should have over 100 files");
        Assert.Contains("issues/javascript-alert-slug/javascript-alert-story-etc-passwd/index.html", baseline.Keys);
        Assert.Contains("javascript-alert-page/index.html", baseline.Keys);
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(30)));
    }
}
