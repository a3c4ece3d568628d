using System.Diagnostics;
using System.Text;
using Weekly.IO;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.IO;

/// <summary>Acceptance 5 of issue #4: the output folder is replaced whole or not at all, and only when it is ours.</summary>
public class OutputSafetyTests
{
    private static string Output(TestSite site) => Path.Combine(site.Root, "output");

    private static void AssertSameTree(SortedDictionary<string, byte[]> expected, string directory)
    {
        var actual = CliProcess.ReadTree(directory);
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(actual[kv.Key]), kv.Key + " changed"));
    }

    [Fact]
    public void A_late_module_that_fails_leaves_the_previous_output_byte_identical()
    {
        using var site = new TestSite(withRealSeed: true);
        Assert.Equal(0, CliProcess.Run(site.Root, null, "build").ExitCode);
        var before = CliProcess.ReadTree(Output(site));
        Assert.True(before.Count > 100);
        var lockBefore = File.ReadAllBytes(Path.Combine(site.Root, "permalinks.lock"));

        // Change a seed (the new site would differ) and break a partial only the Feeds pipeline renders.
        var seed = Directory.GetFiles(Path.Combine(site.Root, "seeds"))[0];
        File.WriteAllText(seed, File.ReadAllText(seed).Replace("Fuzhou", "FUZHOU", StringComparison.Ordinal));
        File.AppendAllText(Path.Combine(site.Root, "theme/partials/feed-story.scriban"), "{{ no_such_variable }}");
        var run = CliProcess.Run(site.Root, null, "build");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("theme/partials/feed-story.scriban", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("error WK0702", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("output/ left untouched", run.Stderr, StringComparison.Ordinal);
        AssertSameTree(before, Output(site));
        Assert.Equal(lockBefore, File.ReadAllBytes(Path.Combine(site.Root, "permalinks.lock"))); // a failed build records nothing
        Assert.Equal(["input", "output", "permalinks.lock", "seeds", "theme"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_write_that_dies_midway_leaves_the_previous_output_and_no_staging_folder()
    {
        using var dir = new TempDirectory();
        var output = dir.Combine("output");
        OutputFolder.Write(output, [new OutputFile("index.html", Encoding.UTF8.GetBytes("old home")), new OutputFile("a/b.txt", Encoding.UTF8.GetBytes("old b"))]);
        var before = CliProcess.ReadTree(output);

        // "x" is both a file and a folder: writing fails after the staging folder has been half filled.
        var files = Enumerable.Range(0, 50).Select(i => new OutputFile($"f{i}.txt", Encoding.UTF8.GetBytes("new")))
            .Append(new OutputFile("x", Encoding.UTF8.GetBytes("file"))).Append(new OutputFile("x/y", Encoding.UTF8.GetBytes("file below"))).ToList();
        Assert.ThrowsAny<Exception>(() => OutputFolder.Write(output, files));
        AssertSameTree(before, output);
        Assert.DoesNotContain(Directory.GetDirectories(dir.Path), d => Path.GetFileName(d).StartsWith(".output.staging-", StringComparison.Ordinal));

        OutputFolder.Write(output, [new OutputFile("index.html", Encoding.UTF8.GetBytes("new home"))]);
        Assert.Equal([OutputFolder.MarkerFileName, "index.html"], CliProcess.ReadTree(output).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["output"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Replacing_an_output_that_holds_symbolic_links_removes_the_links_and_never_what_they_point_to()
    {
        using var dir = new TempDirectory();
        dir.Write("precious/thesis.txt", "do not delete");
        dir.Write("precious/deep/notes.txt", "nor this");
        var output = dir.Combine("output");
        OutputFolder.Write(output, [new OutputFile("index.html", Encoding.UTF8.GetBytes("old home")), new OutputFile("a/b/c.txt", Encoding.UTF8.GetBytes("old"))]);
        Directory.CreateSymbolicLink(Path.Combine(output, "linked-folder"), dir.Combine("precious"));
        Directory.CreateSymbolicLink(Path.Combine(output, "a", "linked-folder"), dir.Combine("precious"));
        File.CreateSymbolicLink(Path.Combine(output, "a", "b", "linked-file.txt"), dir.Combine("precious", "thesis.txt"));

        OutputFolder.Write(output, [new OutputFile("index.html", Encoding.UTF8.GetBytes("new home"))]);

        Assert.Equal([OutputFolder.MarkerFileName, "index.html"], CliProcess.ReadTree(output).Keys.Order(StringComparer.Ordinal));
        Assert.Equal("do not delete", File.ReadAllText(dir.Combine("precious", "thesis.txt")));
        Assert.Equal("nor this", File.ReadAllText(dir.Combine("precious", "deep", "notes.txt")));
    }

    [Fact]
    public void An_output_folder_that_is_a_symbolic_link_is_replaced_without_deleting_anything_through_the_link()
    {
        using var dir = new TempDirectory();
        var site = dir.Combine("deployed-site");
        OutputFolder.Write(site, [new OutputFile("index.html", Encoding.UTF8.GetBytes("served home")), new OutputFile("a/b.txt", Encoding.UTF8.GetBytes("served b"))]);
        var served = CliProcess.ReadTree(site);
        var output = dir.Combine("output");
        Directory.CreateSymbolicLink(output, site);

        OutputFolder.Write(output, [new OutputFile("index.html", Encoding.UTF8.GetBytes("new home"))]);

        AssertSameTree(served, site);
        Assert.Equal("new home", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(["deployed-site", "output"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_leftover_staging_folder_that_is_a_symbolic_link_is_removed_without_deleting_anything_through_it()
    {
        using var dir = new TempDirectory();
        var other = dir.Combine("other-weekly-site");
        OutputFolder.Write(other, [new OutputFile("index.html", Encoding.UTF8.GetBytes("other home")), new OutputFile("a/b.txt", Encoding.UTF8.GetBytes("other b"))]);
        var before = CliProcess.ReadTree(other);
        Directory.CreateSymbolicLink(dir.Combine(".output.staging-12345"), other);

        OutputFolder.Write(dir.Combine("output"), [new OutputFile("index.html", Encoding.UTF8.GetBytes("new home"))]);

        AssertSameTree(before, other);
        Assert.Equal(["other-weekly-site", "output"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Empty_folders_left_by_a_build_killed_next_to_its_marker_are_removed_and_nothing_else()
    {
        using var dir = new TempDirectory();
        var output = dir.Combine("output");
        OutputFolder.Write(output, [new OutputFile("index.html", Encoding.UTF8.GetBytes("old home"))]);
        Directory.CreateDirectory(dir.Combine(".output.staging-99999991")); // (ids above any pid_max) killed between creating the staging folder and writing its marker
        Directory.CreateDirectory(dir.Combine(".output.old-99999992"));     // killed between deleting the marker and the folder
        dir.Write(".output.staging-99/notes.txt", "no marker: not ours");
        Directory.CreateDirectory(dir.Combine(".output.staging-x"));
        Directory.CreateDirectory(dir.Combine(".output.backup"));

        OutputFolder.Write(output, [new OutputFile("index.html", Encoding.UTF8.GetBytes("new home"))]);

        Assert.Equal([".output.backup", ".output.staging-99", ".output.staging-x", "output"],
            Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("no marker: not ours", File.ReadAllText(dir.Combine(".output.staging-99", "notes.txt")));
    }

    [Fact]
    public void The_staging_folder_of_a_build_still_running_is_not_taken_for_a_leftover()
    {
        using var dir = new TempDirectory();
        var output = dir.Combine("output");
        OutputFolder.Write(output, [new OutputFile("index.html", Encoding.UTF8.GetBytes("old home"))]);
        using var other = Process.Start(new ProcessStartInfo("sleep", "60") { RedirectStandardOutput = true })!; // stands for a second build
        var running = dir.Combine($".output.staging-{other.Id}");
        try
        {
            OutputFolder.Write(running, [new OutputFile("index.html", Encoding.UTF8.GetBytes("half written"))]);
            var before = CliProcess.ReadTree(running);

            OutputFolder.Write(output, [new OutputFile("index.html", Encoding.UTF8.GetBytes("new home"))]);
            Assert.True(Directory.Exists(running), "the running build's staging folder was deleted");
            AssertSameTree(before, running);

            other.Kill();
            other.WaitForExit();
            OutputFolder.Write(output, [new OutputFile("index.html", Encoding.UTF8.GetBytes("newer home"))]);
            Assert.False(Directory.Exists(running));
        }
        finally
        {
            if (!other.HasExited) other.Kill();
        }
    }

    [Fact]
    public void A_build_killed_between_the_two_renames_gets_its_previous_output_back()
    {
        using var dir = new TempDirectory();
        var output = dir.Combine("output");
        OutputFolder.Write(output, [new OutputFile("index.html", Encoding.UTF8.GetBytes("old home"))]);
        var before = CliProcess.ReadTree(output);
        Directory.Move(output, dir.Combine(".output.old-12345"));   // what a kill right after the first rename leaves
        OutputFolder.Recover(output);
        AssertSameTree(before, output);
    }

    /// <summary>
    /// A build stopped at each point of its write (no file staged, half of them, all of them, after the previous output is
    /// moved aside, after the new one is moved in) and left as a killed process leaves it (nothing cleaned up): after
    /// <see cref="OutputFolder.Recover"/> the output is the old site or the new one, whole. The points are named, so the case
    /// tested does not depend on the machine's speed; the next <c>weekly build</c> removes what was left beside it.
    /// (It replaces a test that killed <c>weekly build</c> after 400, 1200 and 2500 ms: which points those hit depended on the machine.)
    /// </summary>
    [Fact]
    public void A_build_killed_at_any_point_of_its_write_leaves_the_old_site_or_the_new_one_whole()
    {
        using var site = new TestSite(withRealSeed: true);
        Assert.Equal(0, CliProcess.Run(site.Root, null, "build").ExitCode);
        var old = CliProcess.ReadTree(Output(site));
        var seed = Directory.GetFiles(Path.Combine(site.Root, "seeds"))[0];
        File.WriteAllText(seed, File.ReadAllText(seed).Replace("Fuzhou", "FUZHOU", StringComparison.Ordinal));
        var expectedDir = Path.Combine(site.Root, "..", Path.GetFileName(site.Root) + "-expected");
        Assert.Equal(0, CliProcess.Run(site.Root, null, "build", "--output", expectedDir).ExitCode);
        var expected = CliProcess.ReadTree(expectedDir);
        Directory.Delete(expectedDir, recursive: true);
        static bool Same(SortedDictionary<string, byte[]> a, SortedDictionary<string, byte[]> b) =>
            a.Keys.SequenceEqual(b.Keys) && a.All(kv => kv.Value.AsSpan().SequenceEqual(b[kv.Key]));
        Assert.False(Same(old, expected));
        var files = expected.Where(kv => kv.Key != OutputFolder.MarkerFileName).ToList();

        var results = new List<string>();
        foreach (var (point, staged) in new[] { ("none staged", 0), ("half staged", files.Count / 2), ("all staged", files.Count), (StagingFolder.MovedAside, files.Count), (StagingFolder.MovedIn, files.Count) })
        {
            var staging = OutputFolder.BeginStaging(Output(site)); // never disposed: a killed process cleans nothing up
            foreach (var (path, bytes) in files.Take(staged)) staging.Write(path, bytes);
            if (point is StagingFolder.MovedAside or StagingFolder.MovedIn)
                Assert.Throws<KilledHere>(() => staging.CommitInSteps(step => { if (step == point) throw new KilledHere(); }));
            // The killed process is gone: its folders now carry the id of no running process (above any pid_max).
            foreach (var left in Directory.GetDirectories(site.Root, $".output.*-{Environment.ProcessId}"))
                Directory.Move(left, left[..left.LastIndexOf('-')] + "-" + (99999990 + results.Count));
            OutputFolder.Recover(Output(site));
            var now = CliProcess.ReadTree(Output(site));
            results.Add($"{point}: {(Same(now, old) ? "old" : Same(now, expected) ? "new" : "neither")}");
        }
        Assert.Equal(["none staged: old", "half staged: old", "all staged: old", "moved aside: old", "moved in: new"], results);
        Assert.Equal(0, CliProcess.Run(site.Root, null, "build").ExitCode);
        Assert.DoesNotContain(Directory.GetFileSystemEntries(site.Root), e => Path.GetFileName(e).StartsWith(".output.", StringComparison.Ordinal));
    }

    private sealed class KilledHere : Exception;

    [Fact]
    public void An_output_folder_of_other_files_is_refused_unless_forced()
    {
        using var site = new TestSite(withRealSeed: true);
        var other = Path.Combine(site.Root, "my-documents");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "thesis.txt"), "do not delete");
        var run = CliProcess.Run(site.Root, null, "build", "--output", "my-documents");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("weekly: error WK0010: Output folder '", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Build refused: output folder left untouched.", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(["thesis.txt"], Directory.GetFileSystemEntries(other).Select(Path.GetFileName));

        var forced = CliProcess.Run(site.Root, null, "build", "--output", "my-documents", "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.True(File.Exists(Path.Combine(other, OutputFolder.MarkerFileName)));
        Assert.False(File.Exists(Path.Combine(other, "thesis.txt")));
    }

    [Fact]
    public void Static_files_including_dot_folders_are_carried_over_as_they_are()
    {
        using var site = new TestSite("""
            -- input/static/_redirects --
            /old-path /issues/ 301
            -- input/static/.well-known/security.txt --
            Contact: mailto:editors@example.org
            -- input/static/img/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """, withRealSeed: true);
        site.WriteBytes("input/static/favicon.ico", [0, 1, 2, 255]);
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());
        Assert.Equal("/old-path /issues/ 301\n", result.Text("_redirects"));
        Assert.Equal("Contact: mailto:editors@example.org\n", result.Text(".well-known/security.txt"));
        Assert.Equal([0, 1, 2, 255], result.File("favicon.ico").GetBytes());
        Assert.True(result.Has("img/logo.svg"));
    }

    [Fact]
    public void A_static_file_named_like_the_output_marker_is_refused_with_a_clear_error()
    {
        using var site = new TestSite("""
            -- input/static/.weekly-output --
            not ours
            """, withRealSeed: true);
        var result = CliProcess.Run(site.Root, null, "build");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error WK0015: '.weekly-output' is the name of the file that marks output/ as Weekly's", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output(site)));
    }

    [Fact]
    public void Editor_leftovers_in_seeds_are_skipped_and_an_unreadable_seed_is_an_error_not_a_crash()
    {
        using var site = new TestSite("", withRealSeed: true);
        site.Write("seeds/._2020-01-06-copy.txt", "\u0000\u0005binary resource fork");
        File.CreateSymbolicLink(Path.Combine(site.Root, "seeds", ".#2020-01-06-x.txt"), "/nowhere/at/all");
        var hidden = CliProcess.Run(site.Root, null, "build");
        Assert.True(hidden.ExitCode == 0, hidden.Stderr);

        File.CreateSymbolicLink(Path.Combine(site.Root, "seeds", "2020-02-03-broken-link.txt"), "/nowhere/at/all");
        var broken = CliProcess.Run(site.Root, null, "check");
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("seeds/2020-02-03-broken-link.txt:1:1: error WK0017: Cannot read this file:", broken.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", broken.Stdout + broken.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_site_folder_or_an_unwritable_output_is_a_clear_error_and_creates_nothing()
    {
        using var site = new TestSite("", withRealSeed: true);
        var typo = Path.Combine(site.Root, "no-such-site");
        var missing = CliProcess.Run(site.Root, null, "build", "--source", typo);
        Assert.Equal(1, missing.ExitCode);
        Assert.Equal($"weekly: error WK0025: the site folder '{typo}' given with --source does not exist (check the path: --source names the site's folder, the one holding seeds/, input/ and theme/)\n", missing.Stderr);
        Assert.False(Directory.Exists(typo));

        site.Write("a-file", "not a folder");
        var blocked = CliProcess.Run(site.Root, null, "build", "--output", "a-file/sub");
        Assert.Equal(1, blocked.ExitCode);
        Assert.Contains("error WK0016: Cannot write the output folder 'a-file/sub'", blocked.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", blocked.Stderr, StringComparison.Ordinal);
    }
}
