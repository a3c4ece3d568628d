using System.CommandLine;
using Weekly.Cli.Reporting;
using Weekly.Core;
using Weekly.IO;

namespace Weekly.Cli;

/// <summary>
/// <c>weekly clean</c>: removes the output folder and the staging leftovers (<c>.output.staging-N</c>, <c>.output.old-N</c>)
/// that builds made, and nothing else (<see cref="OutputFolder.Clean"/>): a non-empty folder without Weekly's marker is
/// refused (WK0010), as <c>build</c> refuses to replace it.
/// </summary>
internal static class CleanCommand
{
    public static Command Create()
    {
        var source = CommonOptions.Source();
        var output = new Option<string>("--output", "-o") { Description = "Output folder to remove", DefaultValueFactory = _ => "output" };
        var command = new Command("clean", "Remove the output folder and what killed builds left beside it; nothing Weekly did not make.") { source, output };
        command.SetAction(parse => Run(parse.GetValue(source), parse.GetValue(output)!, Console.Out, Console.Error));
        return command;
    }

    /// <summary>Cleans; returns the exit code (0 done or nothing to do, 1 refused).</summary>
    public static int Run(string? source, string output, TextWriter stdout, TextWriter stderr)
    {
        if (CommonOptions.SiteRoot(source, stderr) is not { } root) return 1;
        var outputPath = Path.GetFullPath(output, root);
        var relative = Path.GetRelativePath(root, outputPath);
        var check = new DiagnosticBag();
        OutputFolder.Check(outputPath, root, force: false, check);
        if (check.HasErrors)
        {
            Report.Diagnostics(check.Sorted(), stderr);
            stderr.WriteLine($"Clean refused: {relative}/ left as it is.");
            return 1;
        }
        try
        {
            var (removed, leftovers) = OutputFolder.Clean(outputPath);
            var what = new List<string>();
            if (removed) what.Add(relative + "/");
            if (leftovers > 0) what.Add(Report.Count(leftovers, "leftover folder") + " of killed builds");
            stdout.WriteLine(what.Count == 0 ? $"Nothing to clean: no {relative}/ made by Weekly." : $"Removed {string.Join(" and ", what)}.");
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"weekly clean: cannot remove {relative}/: {e.Message}");
            return 1;
        }
    }
}
