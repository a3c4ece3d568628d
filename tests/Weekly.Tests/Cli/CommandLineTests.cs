using System.Text.RegularExpressions;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Cli;

/// <summary>Issue #18, acceptance 1, and #16 item 9: the <c>weekly</c> command line as editors who know Hugo expect it, run as the real command.</summary>
public class CommandLineTests
{
    private static TestSite Site() => new("-- seeds/2020-01-06-a.txt --\n" + SeedText.Issue("Pilots", null, SeedText.Fuzhou));

    [Fact]
    public void Help_says_weekly_in_the_usage_line_and_lists_every_command()
    {
        using var dir = new TempDirectory();
        var run = CliProcess.Run(dir.Path, null, "--help");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n');
        Assert.Equal("  weekly [command] [options]", lines[Array.IndexOf(lines, "Usage:") + 1]);
        Assert.DoesNotContain("Weekly.Cli", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("  preview, serve, server ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  clean ", StringComparison.Ordinal));
        var check = CliProcess.Run(dir.Path, null, "check", "--help");
        Assert.Contains("\n  weekly check [options]\n", check.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Weekly_alone_builds_the_site()
    {
        using var site = Site();
        var run = CliProcess.Run(site.Root, null);
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Contains(run.Stdout.Split('\n'), l => l.StartsWith("Built 1 issue, ", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(site.Root, "output", "issues", "2020-01-06-a", "index.html")));
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void An_unknown_command_gets_one_line_naming_the_closest_command()
    {
        using var site = Site();
        var run = CliProcess.Run(site.Root, null, "prevew");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("weekly: unknown command 'prevew'; did you mean `preview`? (see weekly --help)\n", run.Stderr);
        Assert.Equal("", run.Stdout);

        var option = CliProcess.Run(site.Root, null, "build", "--drafs");
        Assert.Equal("weekly build: unknown option '--drafs'; did you mean `--drafts`? (see weekly build --help)\n", option.Stderr);
        var swapped = CliProcess.Run(site.Root, null, "buidl");
        Assert.Equal("weekly: unknown command 'buidl'; did you mean `build`? (see weekly --help)\n", swapped.Stderr);
        var far = CliProcess.Run(site.Root, null, "publish-everything");
        Assert.Equal("weekly: unknown command 'publish-everything'. (see weekly --help)\n", far.Stderr);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "output")));
    }

    [Fact]
    public void An_option_of_another_command_says_whose_it_is()
    {
        using var site = Site();
        var run = CliProcess.Run(site.Root, null, "clean", "--force");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("weekly clean: --force is an option of build, not of clean (see weekly clean --help)\n", run.Stderr);
        var format = CliProcess.Run(site.Root, null, "build", "--format=json");
        Assert.Equal("weekly build: --format is an option of check, not of build (see weekly build --help)\n", format.Stderr);
    }

    [Fact]
    public void Version_prints_the_version_and_the_commit()
    {
        using var dir = new TempDirectory();
        var run = CliProcess.Run(dir.Path, null, "--version");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^weekly \d+\.\d+\.\d+ \(commit ([0-9a-f]{40}|unknown)\)\n$", run.Stdout);
        Assert.Equal("weekly 1.0.0 (commit 0123abc)", Weekly.Cli.VersionText.For("1.0.0+0123abc"));
        Assert.Equal("weekly 1.0.0 (commit unknown)", Weekly.Cli.VersionText.For("1.0.0"));
    }

    [Fact]
    public void Outside_a_site_every_command_stops_with_one_message_naming_the_folder()
    {
        using var dir = new TempDirectory();
        dir.Write("notes/readme.txt", "not a site");
        var folder = dir.Combine("notes");
        foreach (var command in new[] { "build", "check", "new", "clean", "preview" })
        {
            var run = CliProcess.Run(folder, null, command);
            Assert.True(run.ExitCode == 1, command);
            Assert.Equal($"weekly: error WK0018: '{folder}' is not a Weekly site: it holds no seeds/, input/ or theme/ folder, nor does any folder above it."
                + " (run weekly in the site's folder, or pass --source DIR)\n", run.Stdout + run.Stderr); // check prints its problems on stdout
        }
        Assert.Equal(["readme.txt"], Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName));

        var explicitSource = CliProcess.Run(dir.Path, null, "check", "--source", "notes");
        Assert.Equal(1, explicitSource.ExitCode);
        Assert.Contains($"error WK0018: '{folder}' is not a Weekly site: it holds no seeds/, input/ or theme/ folder. (", explicitSource.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Inside_a_site_s_folder_the_site_above_is_used_as_git_finds_its_repository()
    {
        using var site = Site();
        var run = CliProcess.Run(Path.Combine(site.Root, "seeds"), null, "check");
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Matches(new Regex(@"^Checked 1 issue, \d+ pages in "), run.Stdout);
        Assert.True(File.Exists(Path.Combine(site.Root, "permalinks.lock")));
        Assert.False(File.Exists(Path.Combine(site.Root, "seeds", "permalinks.lock")));
    }
}
