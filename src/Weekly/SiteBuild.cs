using System.Diagnostics;
using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Domain;
using Weekly.IO;
using Weekly.Modules;
using Weekly.Pipelines;
using Weekly.Publishing;
using Weekly.Settings;
using Weekly.Tagging;

namespace Weekly;

/// <summary>
/// One build in progress: its context (diagnostics, the site root, settings, the drafts switch) and the timings of its
/// steps. <see cref="SiteBuilder.Build(BuildOptions, IOutputSink, CancellationToken)"/> runs the steps of a plain build with
/// it; <c>weekly preview</c> runs the same steps in its own order (<c>Weekly.Preview.PreviewBuild</c>).
/// </summary>
public sealed class SiteBuild
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<PipelineTiming> _timings = [];
    private readonly Lock _gate = new();

    /// <summary>Starts a build: loads the settings (<c>input/site.yml</c>, then <see cref="BuildOptions.BaseUrl"/>).</summary>
    public SiteBuild(BuildOptions options, CancellationToken cancellationToken = default)
    {
        Options = options;
        Root = Path.GetFullPath(options.RootDirectory);
        Context = new BuildContext(cancellationToken)
            .Set(Keys.RootDirectory, Root)
            .Set(Keys.IncludeDrafts, options.IncludeDrafts);
        // The region tagger (regions.json and a trie of its 7,000 names, built once per process) is the largest part
        // of start-up: it is built on the thread pool while settings, topics and the theme load here.
        _ = Task.Run(() => RegionTagger.Default, cancellationToken);
        Settings = Step("Settings", () => SiteSettingsLoader.Load(Root, options.BaseUrl, Diagnostics));
        Context.Set(Keys.Settings, Settings)
            .Set(Keys.Now, (options.Clock ?? TimeProvider.System).GetUtcNow())
            .Set(Keys.IncludeFuture, options.IncludeFuture)
            .Set(Keys.PermalinkLock, Step("Lock", () => PermalinkLockFile.Load(Root, Diagnostics)));
    }

    /// <summary>What to build and how.</summary>
    public BuildOptions Options { get; }

    /// <summary>The site root, absolute.</summary>
    public string Root { get; }

    /// <summary>The context every pipeline of the build shares.</summary>
    public BuildContext Context { get; }

    /// <summary>Problems found so far.</summary>
    public DiagnosticBag Diagnostics => Context.Diagnostics;

    /// <summary>The site's settings.</summary>
    public SiteSettings Settings { get; }

    /// <summary>True when an error was reported.</summary>
    public bool Failed => Diagnostics.HasErrors;

    /// <summary>Runs one step outside the pipelines, timed (it shows in <c>--verbose</c> as a pipeline of no documents).</summary>
    public T Step<T>(string name, Func<T> step)
    {
        var start = Stopwatch.GetTimestamp();
        var result = step();
        lock (_gate) _timings.Add(new PipelineTiming(name, Stopwatch.GetElapsedTime(start), 0));
        return result;
    }

    /// <summary>What <c>permalinks.lock</c> made of the content stage's issues, once it has run.</summary>
    public PermalinkUpdate? Permalinks { get; private set; }

    /// <summary>
    /// Runs the content stage (<see cref="Stages.Content"/>) and returns its model. When the lock should change and the
    /// build may not change it (<see cref="BuildOptions.LockMode"/>), reports WK0416 or WK0417.
    /// </summary>
    public SiteModel Content(IEnumerable<Pipeline> pipelines)
    {
        Run(pipelines);
        var outputs = Context.OutputsOf(PipelineNames.Site);
        Permalinks = outputs.FirstOrDefault(d => d.Has(Keys.PermalinkUpdate))?.Get(Keys.PermalinkUpdate);
        if (Permalinks is { Changed: true })
        {
            if (Options.LockMode == PermalinkLockMode.ReadOnly) Diagnostics.Report(Codes.LockOutOfDate, PermalinkLockFile.FileName, 0, 0, "a CI build never writes it");
            if (Options.LockMode == PermalinkLockMode.Locked) Diagnostics.Report(Codes.LockChangeRefused, PermalinkLockFile.FileName, 0, 0);
        }
        return outputs.Single(d => d.Has(Keys.Site)).Get(Keys.Site);
    }

    /// <summary>Runs pipelines of the render stage (<see cref="Stages.Render"/>), or some of them.</summary>
    public void Render(IEnumerable<Pipeline> pipelines) => Run(pipelines);

    /// <summary>What the build made and reported.</summary>
    /// <param name="site">The content model, or null when the build stopped before it.</param>
    /// <param name="destinations">Every file written (relative paths).</param>
    /// <param name="files">The files, when kept in memory.</param>
    public BuildResult Result(SiteModel? site, IReadOnlyList<string> destinations, IReadOnlyList<OutputFile>? files = null)
    {
        var diagnostics = Diagnostics.Sorted();
        var failed = diagnostics.Any(d => d.Severity == Severity.Error);
        List<PipelineTiming> timings;
        lock (_gate) timings = [.. _timings];
        return new BuildResult(failed ? [] : files ?? [], diagnostics, timings, site, _clock.Elapsed)
        {
            Destinations = failed ? [] : destinations,
            Lock = Permalinks?.Lock,
            LockChanged = Permalinks?.Changed ?? false,
        };
    }

    private void Run(IEnumerable<Pipeline> pipelines)
    {
        var timings = new Engine(pipelines).Run(Context);
        lock (_gate) _timings.AddRange(timings);
    }
}
