using Weekly.IO;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Cli;

/// <summary>Issue #18 item 1: <c>weekly clean</c> removes what builds made (marked with <c>.weekly-output</c>), nothing else.</summary>
public class CleanCommandTests
{
    private static TestSite Site() => new("-- seeds/2020-01-06-a.txt --\n" + SeedText.Issue("Pilots", null, SeedText.Fuzhou));

    [Fact]
    public void Clean_removes_the_output_and_the_leftovers_of_killed_builds_and_nothing_else()
    {
        using var site = Site();
        Assert.Equal(0, CliProcess.Run(site.Root, null, "build").ExitCode);
        // What killed builds leave: a staging folder (marked) and an empty one; a folder an editor made with a similar name.
        site.Write(".output.staging-999999/" + OutputFolder.MarkerFileName, "");
        site.Write(".output.staging-999999/index.html", "half a site");
        Directory.CreateDirectory(Path.Combine(site.Root, ".output.old-999998"));
        site.Write(".output.notes/keep.txt", "mine");
        site.Write("notes.txt", "mine too");

        var run = CliProcess.Run(site.Root, null, "clean");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal("Removed output/ and 2 leftover folders of killed builds.\n", run.Stdout);
        Assert.Equal([".output.notes", "input", "notes.txt", "permalinks.lock", "seeds", "theme"],
            Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var again = CliProcess.Run(site.Root, null, "clean");
        Assert.Equal("Nothing to clean: no output/ made by Weekly.\n", again.Stdout);
    }

    [Fact]
    public void Clean_refuses_a_folder_weekly_did_not_make()
    {
        using var site = Site();
        site.Write("public/photo.jpg", "an editor's file");
        var run = CliProcess.Run(site.Root, null, "clean", "--output", "public");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error WK0010: Output folder '{Path.Combine(site.Root, "public")}' is not empty and was not created by Weekly", run.Stderr, StringComparison.Ordinal);
        Assert.EndsWith("Clean refused: public/ left as it is.\n", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("an editor's file", File.ReadAllText(Path.Combine(site.Root, "public/photo.jpg")));

        var sources = CliProcess.Run(site.Root, null, "clean", "--output", "seeds");
        Assert.Equal(1, sources.ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Root, "seeds/2020-01-06-a.txt")));
    }
}
