using System.CommandLine;
using Weekly.IO;

namespace Weekly.Cli;

/// <summary>
/// <c>weekly check</c>: runs the whole build in memory and writes nothing; prints every problem at once
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
        var verbose = CommonOptions.Verbose();
        var command = new Command("check", "Check seeds/, input/ and theme/ for problems without writing anything (exit 1 on errors).") { source, baseUrl, drafts, verbose };
        command.SetAction(parse => Run(parse.GetValue(source)!, parse.GetValue(baseUrl), parse.GetValue(drafts), parse.GetValue(verbose), TimeProvider.System, Console.Out));
        return command;
    }

    /// <summary>Runs the check; returns the exit code.</summary>
    public static int Run(string source, string? baseUrl, bool drafts, bool verbose, TimeProvider clock, TextWriter stdout)
    {
        var root = Path.GetFullPath(source);
        var result = SiteBuilder.Build(new BuildOptions(root, baseUrl, drafts, clock), DiscardOutput.Instance);
        Report.Diagnostics(result.Diagnostics, stdout);
        if (verbose) Report.Timings(result.Timings, stdout);
        var problems = result.Diagnostics.Count == 0 ? "no problems" : $"{Report.Count(result.ErrorCount, "error")}, {Report.Count(result.WarningCount, "warning")}";
        stdout.WriteLine($"Checked {Report.Count(result.Site?.Issues.Count ?? 0, "issue")}{(result.Succeeded ? ", " + Report.Count(result.PageCount, "page") : "")} in {Report.Seconds(result.Elapsed)}: {problems}; nothing written.");
        return result.Succeeded ? 0 : 1;
    }
}
