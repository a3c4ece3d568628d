using System.Globalization;
using Weekly.Core;

namespace Weekly.Cli.Reporting;

/// <summary>
/// Console output shared by the commands: diagnostics one per line, one summary line. Colours
/// (severity words only) are used only when the stream is a terminal, <c>NO_COLOR</c> is unset and
/// <c>TERM</c> is not <c>dumb</c>.
/// </summary>
internal static class Report
{
    /// <summary>Prints every diagnostic (one line each, <c>file:line:col: severity CODE: message (hint)</c>).</summary>
    public static void Diagnostics(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        var color = UseColor(writer);
        foreach (var d in diagnostics)
        {
            var line = d.ToString();
            if (color)
            {
                var word = d.Severity == Severity.Error ? "error" : "warning";
                var code = d.Severity == Severity.Error ? "\u001b[31m" : "\u001b[33m";
                var at = line.IndexOf(": " + word + " ", StringComparison.Ordinal);
                if (at >= 0) line = line[..(at + 2)] + code + word + "\u001b[0m" + line[(at + 2 + word.Length)..];
            }
            writer.WriteLine(line);
        }
    }

    /// <summary>True when <paramref name="writer"/> is the console's own stream, attached to a terminal, and colours are not turned off.</summary>
    public static bool UseColor(TextWriter writer)
    {
        if (Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 } || Environment.GetEnvironmentVariable("TERM") == "dumb") return false;
        if (ReferenceEquals(writer, Console.Out)) return !Console.IsOutputRedirected;
        if (ReferenceEquals(writer, Console.Error)) return !Console.IsErrorRedirected;
        return false;
    }

    /// <summary>
    /// Prints per-pipeline timings (process phase, then output phase; then each module, ms), then what the process cost: CPU
    /// (user + system, all threads), garbage collections per generation, total GC pause, bytes allocated
    /// and peak working set. CPU, collections and allocations vary far less than wall time on a busy machine.
    /// </summary>
    public static void Timings(IEnumerable<PipelineTiming> timings, TextWriter output)
    {
        foreach (var t in timings)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {t.Pipeline,-12} {t.Elapsed.TotalMilliseconds,8:0.0} ms  {t.Documents,6} documents, then written in {t.Output.TotalMilliseconds,8:0.0} ms"));
            output.WriteLine("    " + string.Join(", ", t.Modules.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Module} {m.Elapsed.TotalMilliseconds:0.0}"))));
        }
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  CPU {process.TotalProcessorTime.TotalSeconds:0.00} s; GC: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections (gen 0/1/2), "
            + $"{GC.GetTotalPauseDuration().TotalSeconds:0.00} s paused, {GC.GetTotalAllocatedBytes() / 1048576.0:0} MB allocated; peak working set {process.PeakWorkingSet64 / 1048576.0:0} MB"));
    }

    /// <summary>"1 error", "2 warnings".</summary>
    public static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");

    /// <summary>Seconds with two decimals, invariant culture.</summary>
    public static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
}
