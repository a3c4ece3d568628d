using System.Globalization;
using Weekly.Core;

namespace Weekly.Cli;

/// <summary>Console output shared by the commands: diagnostics on stderr, one summary line on stdout.</summary>
internal static class Report
{
    /// <summary>Prints every diagnostic (one line each, <c>file:line:col: severity CODE: message (hint)</c>) to stderr.</summary>
    public static void Diagnostics(IEnumerable<Diagnostic> diagnostics, TextWriter error)
    {
        foreach (var d in diagnostics) error.WriteLine(d.ToString());
    }

    /// <summary>Prints per-pipeline timings.</summary>
    public static void Timings(IEnumerable<PipelineTiming> timings, TextWriter output)
    {
        foreach (var t in timings)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {t.Pipeline,-12} {t.Elapsed.TotalMilliseconds,8:0.0} ms  {t.Documents,6} documents"));
        }
    }

    /// <summary>"1 error", "2 warnings".</summary>
    public static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");

    /// <summary>Seconds with two decimals, invariant culture.</summary>
    public static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
}
