using Weekly.Core;
using Weekly.Domain;
using Weekly.IO;

namespace Weekly;

/// <summary>The outcome of one build: every file of the site (in memory), the problems found, and timings.</summary>
/// <param name="Files">The site's files, ordered by destination (ordinal); empty when the build failed.</param>
/// <param name="Diagnostics">Errors and warnings, sorted by file and line.</param>
/// <param name="Timings">Wall time per pipeline.</param>
/// <param name="Site">The content model, or null when the build stopped before it was made.</param>
/// <param name="Elapsed">Wall time of the whole build (not counting writing).</param>
public sealed record BuildResult(
    IReadOnlyList<OutputFile> Files,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<PipelineTiming> Timings,
    SiteModel? Site,
    TimeSpan Elapsed)
{
    /// <summary>True when no error was reported.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>Number of errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>Number of warnings.</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>Number of HTML pages among <see cref="Files"/>.</summary>
    public int PageCount => Files.Count(f => f.Destination.EndsWith(".html", StringComparison.Ordinal));
}
