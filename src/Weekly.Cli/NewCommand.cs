using System.CommandLine;
using System.Globalization;
using Weekly.Cli.Reporting;
using Weekly.Core;
using Weekly.Editing;

namespace Weekly.Cli;

/// <summary><c>weekly new</c>: writes the next issue's seed from <c>theme/archetypes/issue.txt</c> (see <see cref="NewIssue"/>).</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var source = CommonOptions.Source();
        var title = new Option<string?>("--title", "-t") { Description = "The issue title (also gives the file name's slug); default \"Issue N\"" };
        var command = new Command("new", "Write the next issue's seed, dated today and numbered by its date as the build numbers issues, into seeds/.") { source, title };
        command.SetAction(parse => Run(parse.GetValue(source), parse.GetValue(title), TimeProvider.System, Console.Out, Console.Error));
        return command;
    }

    /// <summary>Writes the seed; returns the exit code (0 written, 1 refused).</summary>
    public static int Run(string? source, string? title, TimeProvider clock, TextWriter stdout, TextWriter stderr)
    {
        if (CommonOptions.SiteRoot(source, stderr) is not { } root) return 1;
        var diagnostics = new DiagnosticBag();
        var seed = NewIssue.Create(root, title, clock, diagnostics);
        Report.Diagnostics(diagnostics.Sorted(), stderr);
        if (seed is null) return 1;
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {seed.RelativePath}: issue {seed.Number}, dated {seed.Date:yyyy-MM-dd}, a draft. Edit it and run weekly preview (weekly check --drafts checks it); when it is final, rename the file after its title, delete draft: true from its front matter and run weekly check, which records its URLs in permalinks.lock."));
        return 0;
    }
}
