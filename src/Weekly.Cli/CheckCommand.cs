using System.CommandLine;
using Weekly.IO;

namespace Weekly.Cli;

/// <summary>
/// <c>weekly check</c>: runs the whole build in memory and writes no site (only <c>permalinks.lock</c>, as <c>build</c> does:
/// <see cref="PermalinkLockSaving"/>); prints every problem at once
/// (<c>file:line:col: error|warning CODE: message (hint)</c>) and a summary line. Exit code 1 when
/// there are errors, 0 otherwise (warnings alone do not fail).
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var source = CommonOptions.Source();
        var baseUrl = CommonOptions.BaseUrl();
        var drafts = CommonOptions.Drafts();
        var future = CommonOptions.Future();
        var locked = CommonOptions.Locked();
        var verbose = CommonOptions.Verbose();
        var command = new Command("check", "Check seeds/, input/ and theme/ for problems without building the site (exit 1 on errors); records published URLs in permalinks.lock.")
        {
            source, baseUrl, drafts, future, locked, verbose,
        };
        command.SetAction(parse => Run(parse.GetValue(source)!, parse.GetValue(baseUrl), parse.GetValue(drafts), parse.GetValue(verbose), TimeProvider.System, Console.Out,
            parse.GetValue(future), PermalinkLockSaving.Mode(parse.GetValue(locked))));
        return command;
    }

    /// <summary>Runs the check; returns the exit code.</summary>
    public static int Run(string source, string? baseUrl, bool drafts, bool verbose, TimeProvider clock, TextWriter stdout,
        bool future = false, PermalinkLockMode lockMode = PermalinkLockMode.Update)
    {
        var root = Path.GetFullPath(source);
        var result = SiteBuilder.Build(new BuildOptions(root, baseUrl, drafts, clock) { IncludeFuture = future, LockMode = lockMode }, DiscardOutput.Instance);
        Report.Diagnostics(result.Diagnostics, stdout);
        if (verbose) Report.Timings(result.Timings, stdout);
        var problems = result.Diagnostics.Count == 0 ? "no problems" : $"{Report.Count(result.ErrorCount, "error")}, {Report.Count(result.WarningCount, "warning")}";
        stdout.WriteLine($"Checked {Report.Count(result.Site?.Issues.Count ?? 0, "issue")}{(result.Succeeded ? ", " + Report.Count(result.PageCount, "page") : "")} in {Report.Seconds(result.Elapsed)}: {problems}; no site written.");
        if (!PermalinkLockSaving.SaveIfChanged(root, result, lockMode, stdout, stdout)) return 1;
        return result.Succeeded ? 0 : 1;
    }
}
