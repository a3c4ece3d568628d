using Weekly.IO;
using Weekly.Pipelines;
using Weekly.Rendering;

namespace Weekly.Preview;

/// <summary>
/// One build of the site for <c>weekly preview</c>: pages first, the rest in the background. <see cref="Start"/> runs the
/// content stage and the render pipelines whose process phase is cheap (every page, feed and copied file, stored unmade
/// in <see cref="Output"/> and made when a browser asks), and returns; the search index and the editors' checks, which
/// do their work in the process phase, follow in <see cref="Rest"/>. Everything goes through the <see cref="PreviewCache"/>.
/// Dispose (or <see cref="Cancel"/>) to stop the background part when a newer build replaces this one.
/// </summary>
public sealed class PreviewBuild : IDisposable
{
    /// <summary>The render-stage pipelines left for the background: both spend their time in their process phase.</summary>
    public static readonly IReadOnlyList<string> Background = [PipelineNames.Search, PipelineNames.Checks];

    private readonly CancellationTokenSource _cancel;

    private PreviewBuild(BuildResult pages, DeferredOutput output, CancellationTokenSource cancel, Task<BuildResult> rest)
    {
        Pages = pages;
        Output = output;
        _cancel = cancel;
        Rest = rest;
    }

    /// <summary>
    /// What the first part reported (diagnostics, timings, site model; no files: they are in <see cref="Output"/>).
    /// Template problems are not in it: pages are rendered later, and report them in their <see cref="RenderedFile"/>.
    /// </summary>
    public BuildResult Pages { get; }

    /// <summary>Every file of the build: unmade until asked for; the search index's once <see cref="Rest"/> is done.</summary>
    public DeferredOutput Output { get; }

    /// <summary>
    /// The background part, started when the first reported no error: completes with everything the whole build
    /// reported (elapsed: this part's wall time), or faults with <see cref="OperationCanceledException"/> when
    /// cancelled. Already complete (equal to <see cref="Pages"/>) when the first part failed.
    /// </summary>
    public Task<BuildResult> Rest { get; }

    /// <summary>Starts a build; returns when its first part is done.</summary>
    /// <param name="options">Site root and build switches.</param>
    /// <param name="cache">Earlier builds' work to reuse. The next build may start before this one's <see cref="Rest"/> is done.</param>
    /// <param name="cancellationToken">Stops the build, both parts.</param>
    public static PreviewBuild Start(BuildOptions options, PreviewCache cache, CancellationToken cancellationToken = default)
    {
        var generation = cache.BeginBuild(Path.GetFullPath(options.RootDirectory), options.IncludeDrafts);
        var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var output = new DeferredOutput(cache.FileCountHint);
        try
        {
            var build = new SiteBuild(options, cancel.Token);
            var inputs = build.Step("Inputs", () => cache.Inputs(build.Root, build.Diagnostics));
            if (build.Failed) return Done(build.Result(null, []));
            var site = build.Content(Stages.Content(inputs, cache));
            var writer = new OutputWriter(output, build.Diagnostics, cache.FileCountHint);
            var renderer = new SiteRenderer(inputs.Theme, site, cache);
            var pipelines = Stages.Render(inputs, site, renderer, cache, writer);
            build.Render(pipelines.Where(p => !Background.Contains(p.Name)));
            cache.FileCountHint = output.Count + output.Count / 8; // room for the search index
            var pages = build.Result(site, []);
            if (!pages.Succeeded) return Done(pages);
            var started = pages.Elapsed;
            return new PreviewBuild(pages, output, cancel, Task.Run(() =>
            {
                try
                {
                    build.Render(pipelines.Where(p => Background.Contains(p.Name)));
                    var all = build.Result(site, []);
                    return all with { Elapsed = all.Elapsed - started };
                }
                finally
                {
                    cache.EndBuild(generation);
                }
            }, CancellationToken.None));
        }
        catch
        {
            cache.EndBuild(generation);
            cancel.Dispose();
            throw;
        }

        PreviewBuild Done(BuildResult result)
        {
            cache.EndBuild(generation);
            return new PreviewBuild(result, output, cancel, Task.FromResult(result));
        }
    }

    /// <summary>Stops <see cref="Rest"/> at its next module or file.</summary>
    public void Cancel()
    {
        try
        {
            _cancel.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    /// <summary>Cancels <see cref="Rest"/> and waits for it to stop.</summary>
    public void Dispose()
    {
        Cancel();
        try
        {
            Rest.Wait();
        }
        catch (AggregateException)
        {
        }
        _cancel.Dispose();
    }
}
