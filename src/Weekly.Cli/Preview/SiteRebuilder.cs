using System.Diagnostics;
using System.Globalization;
using Weekly.Cli.Reporting;
using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Preview;

namespace Weekly.Cli.Preview;

/// <summary>
/// <c>weekly preview</c>'s builds: each rebuild (<see cref="Rebuild"/>) runs a <see cref="PreviewBuild"/> with the
/// <see cref="PreviewCache"/>; on success it is served (<see cref="Served"/>) and open pages are told to reload, and the
/// background part's warnings are printed when it is done. A build that fails keeps the last good one served and reports
/// its problems on the console and to open pages (<see cref="Errors"/>).
/// </summary>
internal sealed class SiteRebuilder(string root, bool drafts, PreviewConsole console, ReloadEvents events)
{
    private readonly PreviewCache _cache = new();
    private volatile ServedBuild? _served;
    private volatile IReadOnlyList<string>? _errors;

    /// <summary>The base URL the site is built with (the server's address), set once the server is bound.</summary>
    public string BaseUrl { get; set; } = "";

    /// <summary>The build being served, or null before the first good one.</summary>
    public ServedBuild? Served => _served;

    /// <summary>Problems of the last build when it failed (shown over open pages), or null.</summary>
    public IReadOnlyList<string>? Errors => _errors;

    /// <summary>Builds the site (drafts included unless <c>--no-drafts</c>) and, when it succeeds, serves it and tells open pages to reload.</summary>
    public void Rebuild()
    {
        var clock = Stopwatch.StartNew();
        PreviewBuild build;
        try
        {
            build = PreviewBuild.Start(new BuildOptions(root, BaseUrl, IncludeDrafts: drafts, TimeProvider.System) { IncludeFuture = true }, _cache);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            ReportFailure([Codes.BuildCrashed.At(null, 0, 0, e.Message)], clock.Elapsed);
            return;
        }
        var result = build.Pages;
        console.Timings(result.Timings);
        if (!result.Succeeded)
        {
            build.Dispose();
            ReportFailure(result.Diagnostics, clock.Elapsed);
            return;
        }

        var previous = _served;
        var wasFailing = _errors is not null;
        _errors = null;
        var served = _served = new ServedBuild(build, (previous?.Generation ?? 0) + 1);
        console.NewBuild();
        if (wasFailing) events.Broadcast(LiveReload.Event("build-ok", ""));
        events.Broadcast(LiveReload.Event("reload", served.Generation.ToString(CultureInfo.InvariantCulture)));
        var elapsed = clock.Elapsed;
        if (previous is not null) _ = Task.Run(previous.Build.Dispose); // stops its background part, if still running
        var repeated = console.PrintNew(result.Diagnostics);
        console.Out.WriteLine($"{(previous is null ? "Built" : "Rebuilt")} {Report.Count(result.Site?.Issues.Count ?? 0, "issue")} in {Report.Seconds(elapsed)} "
            + $"({Report.Count(build.Output.Count, "file")}, {Report.Count(_cache.CurrentBuild.SeedsParsed, "seed")} parsed; pages render when opened; checks and search index follow): "
            + $"{Report.Count(result.WarningCount, "warning")}{PreviewConsole.Repeated(repeated)}.");
        _ = build.Rest.ContinueWith(done => ReportRest(served, done), TaskScheduler.Default);
    }

    /// <summary>Stops the served build's background part.</summary>
    public void Stop() => _served?.Build.Dispose();

    /// <summary>Reports a build's background part (checks, search index): its timings, and its problems if the build is still the one served.</summary>
    private void ReportRest(ServedBuild served, Task<BuildResult> done)
    {
        if (!done.IsCompletedSuccessfully || !ReferenceEquals(_served, served)) return; // cancelled or replaced
        var result = done.Result;
        CollectWhileIdle();
        if (console.Verbose)
        {
            console.Timings(result.Timings.Where(t => PreviewBuild.Background.Contains(t.Pipeline)).ToList());
            console.Out.WriteLine($"Checks and search index made in {Report.Seconds(result.Elapsed)}.");
        }
        var added = result.Diagnostics.Except(served.Build.Pages.Diagnostics).ToList();
        var repeated = console.PrintNew(added);
        console.Out.WriteLine($"Checks and search index done: {Report.Count(added.Count(d => d.Severity == Severity.Error), "error")}, "
            + $"{Report.Count(added.Count(d => d.Severity == Severity.Warning), "warning")}{PreviewConsole.Repeated(repeated)}.");
        if (!added.Any(d => d.Severity == Severity.Error)) return;
        var problems = added.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();
        console.Error.WriteLine($"Checks or search index failed: {Report.Count(problems.Count, "error")}.");
        _errors = problems; // shown to pages opened from now on; the next good build clears them
        events.Broadcast(LiveReload.BuildError(problems));
    }

    /// <summary>
    /// Once a build is complete and the server idle: collects the previous build's garbage (a full, compacting
    /// collection), so the next rebuild starts with an empty young generation and a heap that does not grow from edit
    /// to edit (bench/RESULTS.md).
    /// </summary>
    private static void CollectWhileIdle() => GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);

    private void ReportFailure(IReadOnlyList<Diagnostic> diagnostics, TimeSpan elapsed)
    {
        var problems = diagnostics.Select(d => d.ToString()).ToList();
        Report.Diagnostics(diagnostics, console.Error);
        console.Error.WriteLine($"Build failed in {Report.Seconds(elapsed)}: {Report.Count(diagnostics.Count(d => d.Severity == Severity.Error), "error")}; "
            + $"{(_served is null ? "nothing to serve yet" : "still serving the last good build")}.");
        _errors = problems;
        events.Broadcast(LiveReload.BuildError(problems));
    }
}

/// <summary>The build being served: its files (pages made on request) and its number, sent to pages for live reload.</summary>
/// <param name="Build">The build.</param>
/// <param name="Generation">1 for the first build served, then one more for each.</param>
internal sealed record ServedBuild(PreviewBuild Build, int Generation);
