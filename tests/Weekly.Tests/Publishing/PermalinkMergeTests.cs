using System.Diagnostics;
using Weekly.Core;
using Weekly.Publishing;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Publishing;

/// <summary>
/// Two branches each add an issue, and both add to <c>permalinks.lock</c>: a union merge of the lines is no lock, so
/// docs/permalinks.md says to take the target branch's lock and let <c>weekly check</c> record the rest, as tested here.
/// </summary>
public class PermalinkMergeTests
{
    private const string BaseUrl = "https://example.org/";

    [Fact]
    public void A_union_merge_of_two_locks_is_not_a_lock_and_taking_mains_lock_then_building_records_both()
    {
        using var site = new TestSite($"-- seeds/2020-01-06-a.txt --\n{SeedText.Issue("A", null, SeedText.Fuzhou)}");
        site.BuildAndSaveLock(BaseUrl);
        var lockBase = site.Read("permalinks.lock");
        site.Write("seeds/2020-01-13-b.txt", SeedText.Issue("B", null, SeedText.Beijing));
        site.BuildAndSaveLock(BaseUrl);
        var lockMain = site.Read("permalinks.lock"); // branch B, merged first
        File.Delete(Path.Combine(site.Root, "seeds/2020-01-13-b.txt"));
        File.WriteAllText(Path.Combine(site.Root, "permalinks.lock"), lockBase);
        site.Write("seeds/2020-01-20-c.txt", SeedText.Issue("C", null, SeedText.Bank));
        site.BuildAndSaveLock(BaseUrl);
        var lockBranch = site.Read("permalinks.lock"); // branch C, merged second

        var bag = new DiagnosticBag();
        PermalinkLockFile.Parse(System.Text.Encoding.UTF8.GetBytes(UnionMerge(lockBase, lockMain, lockBranch)), bag);
        Assert.Equal("WK0410", Assert.Single(bag.Sorted()).Code);

        site.Write("seeds/2020-01-13-b.txt", SeedText.Issue("B", null, SeedText.Beijing));
        File.WriteAllText(Path.Combine(site.Root, "permalinks.lock"), lockMain);
        site.BuildAndSaveLock(BaseUrl);

        var merged = PermalinkLockFile.Parse(System.Text.Encoding.UTF8.GetBytes(site.Read("permalinks.lock")), bag);
        Assert.Equal(["seeds/2020-01-06-a.txt", "seeds/2020-01-13-b.txt", "seeds/2020-01-20-c.txt"], merged.Issues.Select(i => i.Source));
        var main = PermalinkLockFile.Parse(System.Text.Encoding.UTF8.GetBytes(lockMain), bag);
        Assert.Equal(main.Issues.Select(i => i.Id), merged.Issues.Take(2).Select(i => i.Id));
    }

    /// <summary>What git's <c>merge=union</c> makes of the three versions (<c>git merge-file --union</c>).</summary>
    private static string UnionMerge(string common, string ours, string theirs)
    {
        using var dir = new TempDirectory();
        dir.Write("ours", ours);
        dir.Write("base", common);
        dir.Write("theirs", theirs);
        var start = new ProcessStartInfo("git", ["merge-file", "-p", "--union", dir.Combine("ours"), dir.Combine("base"), dir.Combine("theirs")])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var git = Process.Start(start)!;
        var merged = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        return merged;
    }
}
