using Weekly.Tests.TestKit;

namespace Weekly.Tests.Site;

/// <summary>
/// The whole real site against a reviewed copy in <c>tests/Weekly.Tests/Golden/real-site/</c>.
/// After an intended change, regenerate it with
/// <c>WEEKLY_UPDATE_GOLDEN=1 dotnet test --filter GoldenSiteTests</c>, then review the diff by eye
/// (<c>git diff tests/Weekly.Tests/Golden</c>) before committing.
/// </summary>
public class GoldenSiteTests
{
    private static string GoldenDirectory => Repo.PathOf("tests", "Weekly.Tests", "Golden", "real-site");

    [Fact]
    public void Real_site_matches_the_reviewed_golden_copy()
    {
        var files = RealSite.Result.Files.ToDictionary(f => f.Destination, f => f.GetBytes(), StringComparer.Ordinal);
        if (Environment.GetEnvironmentVariable("WEEKLY_UPDATE_GOLDEN") == "1")
        {
            if (Directory.Exists(GoldenDirectory)) Directory.Delete(GoldenDirectory, recursive: true);
            foreach (var (path, bytes) in files)
            {
                var target = Path.Combine(GoldenDirectory, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, bytes);
            }
        }
        Assert.True(Directory.Exists(GoldenDirectory), "no golden copy: run WEEKLY_UPDATE_GOLDEN=1 dotnet test --filter GoldenSiteTests");
        var golden = CliProcess.ReadTree(GoldenDirectory);
        var problems = new List<string>();
        problems.AddRange(files.Keys.Except(golden.Keys).Select(p => "new file: " + p));
        problems.AddRange(golden.Keys.Except(files.Keys).Select(p => "file gone: " + p));
        problems.AddRange(files.Where(kv => golden.TryGetValue(kv.Key, out var g) && !g.AsSpan().SequenceEqual(kv.Value)).Select(kv => "changed: " + kv.Key));
        Assert.True(problems.Count == 0,
            "The site differs from tests/Weekly.Tests/Golden/real-site (regenerate with WEEKLY_UPDATE_GOLDEN=1 and review the diff):\n" + string.Join("\n", problems.Take(40)));
    }
}
