using System.Collections.Concurrent;
using Weekly.Cli.Reporting;
using Weekly.Core;

namespace Weekly.Cli.Preview;

/// <summary>
/// What <c>weekly preview</c> prints: each problem once per build (however many pages or parts report it), and only the
/// ones the previous build did not print (the others are counted); summary lines; timings with <c>--verbose</c>.
/// </summary>
internal sealed class PreviewConsole(TextWriter stdout, TextWriter stderr, bool verbose)
{
    /// <summary>Problems printed since the current build was swapped in.</summary>
    private ConcurrentDictionary<string, byte> _printed = new(StringComparer.Ordinal);

    /// <summary>Problems the previous build printed.</summary>
    private IReadOnlyCollection<string> _printedBefore = [];

    /// <summary>The normal output.</summary>
    public TextWriter Out => stdout;

    /// <summary>Problems and failures.</summary>
    public TextWriter Error => stderr;

    /// <summary>True with <c>--verbose</c>.</summary>
    public bool Verbose => verbose;

    /// <summary>A new build is served: what it prints is compared with what the previous one printed.</summary>
    public void NewBuild() => (_printedBefore, _printed) = (_printed.Keys.ToHashSet(StringComparer.Ordinal), new(StringComparer.Ordinal));

    /// <summary>Prints the problems not yet printed for this build and not printed by the previous one; returns how many were left out as printed by the previous build.</summary>
    public int PrintNew(IEnumerable<Diagnostic> diagnostics)
    {
        var fresh = new List<Diagnostic>();
        var repeated = 0;
        foreach (var d in diagnostics)
        {
            var text = d.ToString();
            if (!_printed.TryAdd(text, 0)) continue;
            if (_printedBefore.Contains(text)) repeated++;
            else fresh.Add(d);
        }
        Report.Diagnostics(fresh, stderr);
        return repeated;
    }

    /// <summary>Prints per-pipeline timings when verbose.</summary>
    public void Timings(IEnumerable<PipelineTiming> timings)
    {
        if (verbose) Report.Timings(timings, stdout);
    }

    /// <summary>" (3 as before, not printed again)", or nothing.</summary>
    public static string Repeated(int repeated) => repeated > 0 ? $" ({repeated} as before, not printed again)" : "";
}
