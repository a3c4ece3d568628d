using System.CommandLine;
using Weekly.Cli.Reporting;
using Weekly.Core;
using Weekly.IO;

namespace Weekly.Cli;

/// <summary>
/// <c>weekly check</c>: runs the whole build in memory and writes no site (only <c>permalinks.lock</c>, as <c>build</c> does:
/// <see cref="PermalinkLockSaving"/>); prints every problem at once and a summary line. Exit code 1 when there are errors,
/// 0 otherwise (warnings alone do not fail). <c>--format</c>: <c>text</c> (<c>file:line:col: error|warning CODE: message (hint)</c>),
/// <c>github</c> (<see cref="GitHubAnnotations"/>) or <c>json</c> (<see cref="JsonDiagnostics"/>); with the last two, stdout holds
/// only the problems and everything else (the summary, the lock) goes to stderr.
/// </summary>
internal static class CheckCommand
{
    /// <summary>The values of <c>--format</c>.</summary>
    public static readonly string[] Formats = ["text", "github", "json"];

    public static Command Create()
    {
        var source = CommonOptions.Source();
        var baseUrl = CommonOptions.BaseUrl();
        var drafts = CommonOptions.Drafts();
        var future = CommonOptions.Future();
        var locked = CommonOptions.Locked();
        var verbose = CommonOptions.Verbose();
        var format = new Option<string>("--format")
        {
            Description = "How problems are printed: text (file:line:col: ...), github (workflow commands: annotations in a pull request) or json (one document)",
            DefaultValueFactory = _ => "text",
        };
        format.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!Formats.Contains(value)) result.AddError($"--format must be {string.Join(", ", Formats[..^1])} or {Formats[^1]}, not '{value}'.");
        });
        var command = new Command("check", "Check seeds/, input/ and theme/ for problems without building the site (exit 1 on errors); records published URLs in permalinks.lock.")
        {
            source, baseUrl, drafts, future, locked, format, verbose,
        };
        command.SetAction(parse => Run(parse.GetValue(source), parse.GetValue(baseUrl), parse.GetValue(drafts), parse.GetValue(verbose), TimeProvider.System, Console.Out,
            parse.GetValue(future), PermalinkLockSaving.Mode(parse.GetValue(locked)), parse.GetValue(format)!, Console.Error));
        return command;
    }

    /// <summary>Runs the check; returns the exit code.</summary>
    public static int Run(string? source, string? baseUrl, bool drafts, bool verbose, TimeProvider clock, TextWriter stdout,
        bool future = false, PermalinkLockMode lockMode = PermalinkLockMode.Update, string format = "text", TextWriter? stderr = null)
    {
        stderr ??= stdout;
        var notes = format == "text" ? stdout : stderr;
        var found = new DiagnosticBag();
        if (Settings.SiteRoot.Find(source, Environment.CurrentDirectory, found) is not { } root)
        {
            Print(found.Sorted(), format, stdout, null);
            return 1;
        }
        var result = SiteBuilder.Build(new BuildOptions(root, baseUrl, drafts, clock) { IncludeFuture = future, LockMode = lockMode }, DiscardOutput.Instance);
        Print(result.Diagnostics, format, stdout, root);
        if (verbose) Report.Timings(result.Timings, notes);
        var problems = result.Diagnostics.Count == 0 ? "no problems" : $"{Report.Count(result.ErrorCount, "error")}, {Report.Count(result.WarningCount, "warning")}";
        notes.WriteLine($"Checked {Report.Count(result.Site?.Issues.Count ?? 0, "issue")}{(result.Succeeded ? ", " + Report.Count(result.PageCount, "page") : "")} in {Report.Seconds(result.Elapsed)}: {problems}; no site written.");
        if (!PermalinkLockSaving.SaveIfChanged(root, result, lockMode, notes, notes)) return 1;
        return result.Succeeded ? 0 : 1;
    }

    private static void Print(IReadOnlyList<Diagnostic> diagnostics, string format, TextWriter stdout, string? root)
    {
        switch (format)
        {
            case "github": GitHubAnnotations.Write(diagnostics, stdout, root); break;
            case "json": JsonDiagnostics.Write(diagnostics, stdout); break;
            default: Report.Diagnostics(diagnostics, stdout); break;
        }
    }
}
