using Weekly.Tests.TestKit;

namespace Weekly.Tests.Cli;

/// <summary>Acceptance 2 of issue #4: <c>weekly check</c> run as the real command.</summary>
public class CheckCommandTests
{
    private const string EmptySection = """
        Industry Blockchain Weekly 丨 An empty section

        This week local governments kept publishing blockchain plans.


        Government Updates: Nothing this week


        The editor has nothing to add this week.


        Industrial policy: Plans

        Fuzhou: City launches a blockchain pilot zone

        On January 4, the Fuzhou government announced a pilot zone for blockchain in the city.


        The editor thinks these plans matter.
        """;

    private static string BrokenSite() =>
        "-- seeds/2020-01-06-bad-yaml.txt --\n" + SeedText.Issue("Bad YAML", "title: [unclosed\nnumber: 1", SeedText.Beijing)
        + "-- seeds/2020-01-13-empty-section.txt --\n---\nnumber: 2\n---\n" + EmptySection + "\n"
        + "-- seeds/2020-01-20-duplicate-number.txt --\n" + SeedText.Issue("Duplicate", "number: 2", SeedText.Bank);

    [Fact]
    public void Check_prints_every_problem_with_file_and_line_and_exits_1()
    {
        using var site = new TestSite(BrokenSite());
        var run = CliProcess.Run(site.Root, null, "check");
        Assert.Equal(1, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("seeds/2020-01-06-bad-yaml.txt:4:1: ", StringComparison.Ordinal) && l.Contains(": error WK0111: front matter is not valid YAML", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("seeds/2020-01-13-empty-section.txt:9:1: warning WK0204: ", StringComparison.Ordinal));
        Assert.Contains("seeds/2020-01-20-duplicate-number.txt:2:1: warning WK0905: issue number 2 is also the number of seeds/2020-01-13-empty-section.txt"
            + " (give each issue its own number in front matter; unnumbered issues count up from the one before)", lines);
        Assert.Contains("seeds/2020-01-13-empty-section.txt:2:1: warning WK0905: issue number 2 is also the number of seeds/2020-01-20-duplicate-number.txt"
            + " (give each issue its own number in front matter; unnumbered issues count up from the one before)", lines);
        Assert.Matches(@"^Checked 3 issues in \d+\.\d\d s: 1 error, 3 warnings; no site written\.$", lines[^1]);
        Assert.Equal(5, lines.Length);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "output")));
        Assert.False(File.Exists(Path.Combine(site.Root, "permalinks.lock"))); // a check with errors records nothing
    }

    [Fact]
    public void Check_on_the_real_issue_exits_0_and_writes_nothing()
    {
        using var site = new TestSite(withRealSeed: true);
        var run = CliProcess.Run(site.Root, null, "check", "--verbose");
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Matches(@"Checked 1 issue, \d+ pages in \d+\.\d\d s: no problems; no site written\.\nUpdated permalinks\.lock: [^\n]*\n$", run.Stdout);
        Assert.Contains("  Issues ", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(["input", "permalinks.lock", "seeds", "theme"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(File.ReadAllBytes(Repo.PathOf("permalinks.lock")), File.ReadAllBytes(Path.Combine(site.Root, "permalinks.lock"))); // the committed lock is up to date
    }

    [Fact]
    public void Every_command_has_help()
    {
        using var dir = new TempDirectory();
        foreach (var command in new[] { "build", "check", "clean", "new", "preview" })
        {
            var run = CliProcess.Run(dir.Path, null, command, "--help");
            Assert.True(run.ExitCode == 0, command + ": " + run.Stderr);
            Assert.Contains("Usage:", run.Stdout, StringComparison.Ordinal);
            Assert.Contains("--source", run.Stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("\u001b[", run.Stdout, StringComparison.Ordinal);
        }
    }
}
