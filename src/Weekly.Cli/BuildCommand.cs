using System.CommandLine;
using Weekly.Cli.Reporting;
using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.IO;

namespace Weekly.Cli;

/// <summary><c>weekly build</c>: builds the site and replaces the output folder only when the build succeeds.</summary>
internal static class BuildCommand
{
    public static Command Create() => AddTo(new Command("build", "Build seeds/ + input/ + theme/ into the output folder."));

    /// <summary>Gives <paramref name="command"/> build's options and action: <c>build</c> itself, and the bare <c>weekly</c> (as a bare <c>hugo</c> builds).</summary>
    public static Command AddTo(Command command)
    {
        var source = CommonOptions.Source();
        var output = new Option<string>("--output", "-o") { Description = "Output folder (replaced whole on success)", DefaultValueFactory = _ => "output" };
        var baseUrl = CommonOptions.BaseUrl();
        var drafts = CommonOptions.Drafts();
        var future = CommonOptions.Future();
        var locked = CommonOptions.Locked();
        var force = new Option<bool>("--force") { Description = "Replace an output folder that Weekly did not create" };
        var verbose = CommonOptions.Verbose();
        foreach (var option in new Option[] { source, output, baseUrl, drafts, future, locked, force, verbose }) command.Options.Add(option);
        command.SetAction(parse => Run(
            parse.GetValue(source), parse.GetValue(output)!, parse.GetValue(baseUrl), parse.GetValue(drafts), parse.GetValue(force), parse.GetValue(verbose),
            Console.Out, Console.Error, parse.GetValue(future), PermalinkLockSaving.Mode(parse.GetValue(locked))));
        return command;
    }

    /// <summary>
    /// Runs a build; returns the process exit code (0 success, 1 errors in input). An input that cannot be read is WK0017 (its
    /// reader names it); WK0016 only when the output folder cannot be made, written or replaced.
    /// </summary>
    public static int Run(string? source, string output, string? baseUrl, bool drafts, bool force, bool verbose, TextWriter stdout, TextWriter stderr,
        bool future = false, PermalinkLockMode lockMode = PermalinkLockMode.Update, TimeProvider? clock = null)
    {
        if (CommonOptions.SiteRoot(source, stderr) is not { } root) return 1;
        var outputPath = Path.GetFullPath(output, root);
        try
        {
            var options = new BuildOptions(root, baseUrl, drafts, clock ?? TimeProvider.System) { IncludeFuture = future, LockMode = lockMode };
            return Build(options, outputPath, force, verbose, stdout, stderr);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report.Diagnostics([Codes.OutputNotWritable.At(null, 0, 0, Path.GetRelativePath(root, outputPath), e.Message)], stderr);
            return 1;
        }
    }

    private static int Build(BuildOptions options, string outputPath, bool force, bool verbose, TextWriter stdout, TextWriter stderr)
    {
        var root = options.RootDirectory;
        OutputFolder.Recover(outputPath);
        var check = new DiagnosticBag();
        OutputFolder.Check(outputPath, root, force, check);
        if (check.HasErrors)
        {
            Report.Diagnostics(check.Sorted(), stderr);
            stderr.WriteLine("Build refused: output folder left untouched.");
            return 1;
        }
        using var staging = OutputFolder.BeginStaging(outputPath);
        BuildResult result;
        try
        {
            result = SiteBuilder.Build(options, staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not OutputWriteException)
        {
            // An input that its reader did not catch: the system's message names the file. WK0016 is for the output folder only.
            Report.Diagnostics([Codes.Unreadable.At(null, 0, 0, e.Message)], stderr);
            stderr.WriteLine($"Build failed; {Path.GetRelativePath(root, outputPath)}/ left untouched.");
            return 1;
        }
        Report.Diagnostics(result.Diagnostics, stderr);
        if (verbose) Report.Timings(result.Timings, stdout);
        if (!result.Succeeded)
        {
            stderr.WriteLine($"Build failed: {Report.Count(result.ErrorCount, "error")}, {Report.Count(result.WarningCount, "warning")}; {Path.GetRelativePath(root, outputPath)}/ left untouched.");
            return 1; // disposing the staging folder deletes what was written
        }
        var written = staging.Commit();
        if (!PermalinkLockSaving.SaveIfChanged(root, result, options.LockMode, stdout, stderr)) return 1;
        stdout.WriteLine($"Built {Report.Count(result.Site?.Issues.Count ?? 0, "issue")}, {Report.Count(result.PageCount, "page")}, {Report.Count(written, "file")} into {Path.GetRelativePath(root, outputPath)}/ in {Report.Seconds(result.Elapsed)}; {Report.Count(result.WarningCount, "warning")}.");
        return 0;
    }
}
