using Weekly.IO;

namespace Weekly;

/// <summary>
/// One build of the site for <c>weekly preview</c> (<see cref="SiteBuilder.BuildForPreview"/>): the page
/// pipelines are done, their pages stored unrendered in <see cref="Output"/>; feeds, the search index and
/// the sitemap are made by <see cref="Rest"/> in the background and land in the same <see cref="Output"/>.
/// Dispose (or <see cref="Cancel"/>) to stop the background part when a newer build replaces this one.
/// </summary>
public sealed class PreviewBuild : IDisposable
{
    private readonly CancellationTokenSource _cancel;

    internal PreviewBuild(BuildResult pages, DeferredOutput output, CancellationTokenSource cancel, Task<BuildResult> rest)
    {
        Pages = pages;
        Output = output;
        _cancel = cancel;
        Rest = rest;
    }

    internal static PreviewBuild Failed(BuildResult result, DeferredOutput output, Action endCachedBuild, CancellationTokenSource cancel)
    {
        endCachedBuild();
        return new PreviewBuild(result, output, cancel, Task.FromResult(result));
    }

    /// <summary>
    /// What the page pipelines reported (diagnostics, timings, site model; <see cref="BuildResult.Files"/> and
    /// <see cref="BuildResult.Destinations"/> are empty: the files are in <see cref="Output"/>). Template problems
    /// are not in it: pages are rendered later, and report them in their <see cref="RenderedFile"/>.
    /// </summary>
    public BuildResult Pages { get; }

    /// <summary>Every file of the build: pages unrendered until asked for; feeds, search index and sitemap once <see cref="Rest"/> is done.</summary>
    public DeferredOutput Output { get; }

    /// <summary>
    /// The feeds, search index and sitemap, made after the page pipelines when those reported no error:
    /// completes with everything the whole build reported (elapsed: this part's wall time), or faults with
    /// <see cref="OperationCanceledException"/> when cancelled. Already complete (equal to
    /// <see cref="Pages"/>) when the page pipelines failed.
    /// </summary>
    public Task<BuildResult> Rest { get; }

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
