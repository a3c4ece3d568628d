using Weekly.Core;
using Weekly.Domain;
using Weekly.IO;

namespace Weekly;

/// <summary>The outcome of one build: the site's files (in memory, unless they were written as made), the problems found, and timings.</summary>
/// <param name="Files">The site's files, ordered by destination (ordinal); empty when the build failed or wrote them to an <see cref="IOutputSink"/>.</param>
/// <param name="Diagnostics">Errors and warnings, sorted by file and line.</param>
/// <param name="Timings">Wall time of each step and pipeline (settings, inputs, the content stage's pipelines, the render stage's), in start order.</param>
/// <param name="Site">The content model, or null when the build stopped before it was made.</param>
/// <param name="Elapsed">Wall time of the whole build, writing included (not the final swap of the output folder).</param>
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

    /// <summary>Destinations of every file of the site (relative, '/' separators, ordinal order); empty when the build failed.</summary>
    public IReadOnlyList<string> Destinations { get; init; } = [];

    /// <summary><c>permalinks.lock</c> as it should read after this build, or null when the build stopped before the content stage ended.</summary>
    public Publishing.PermalinkLock? Lock { get; init; }

    /// <summary>True when <see cref="Lock"/> differs from the file the build read (what <see cref="PermalinkLockMode"/> is about).</summary>
    public bool LockChanged { get; init; }

    /// <summary>Number of HTML pages written.</summary>
    public int PageCount => Destinations.Count(d => d.EndsWith(".html", StringComparison.Ordinal));
}
