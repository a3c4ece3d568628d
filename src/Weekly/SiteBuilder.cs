using System.Diagnostics;
using Weekly.Caching;
using Weekly.Core;
using Weekly.IO;
using Weekly.Pipelines;
using Weekly.Settings;
using Weekly.Tagging;

namespace Weekly;

/// <summary>
/// Builds the whole site: loads settings, the topic taxonomy, the region tree and the theme, runs the
/// pipelines (Issues, Stories, Pages, Taxonomies, Feeds, Search, Assets, Sitemap), each of which ends by
/// handing its files to an <see cref="IOutputSink"/> as they are rendered (<c>WriteFiles</c>): a
/// <see cref="StagingFolder"/> for <c>weekly build</c>, so a failed build never touches <c>output/</c>, or
/// memory (<see cref="BuildResult.Files"/>).
/// </summary>
public static class SiteBuilder
{
    /// <summary>Builds the site described by <paramref name="options"/>.</summary>
    /// <param name="options">Site root and build switches.</param>
    /// <param name="cancellationToken">Stops the build between modules.</param>
    /// <returns>The files and diagnostics; <see cref="BuildResult.Files"/> is empty when there are errors.</returns>
    public static BuildResult Build(BuildOptions options, CancellationToken cancellationToken = default) => BuildOnce(options, null, null, cancellationToken);

    /// <summary>
    /// Builds the site, handing each file to <paramref name="output"/> as soon as it is made instead of
    /// keeping it (<see cref="BuildResult.Files"/> is then empty; <see cref="BuildResult.Destinations"/> lists
    /// what was written). When the build reports errors, some files may already have been handed over:
    /// discard them (dispose the <see cref="StagingFolder"/> without committing).
    /// </summary>
    /// <param name="options">Site root and build switches.</param>
    /// <param name="output">Receives every file, from several threads at once.</param>
    /// <param name="cancellationToken">Stops the build between modules and between files.</param>
    public static BuildResult Build(BuildOptions options, IOutputSink output, CancellationToken cancellationToken = default) =>
        BuildOnce(options, null, output, cancellationToken);

    /// <summary>
    /// Builds the site, reusing <paramref name="cache"/>'s parsed seeds and rendered pages from earlier
    /// builds of the same site (<c>weekly preview</c>); the result is the same as without a cache.
    /// </summary>
    /// <param name="options">Site root and build switches.</param>
    /// <param name="cache">Work of earlier builds to reuse and update, or null.</param>
    /// <param name="cancellationToken">Stops the build between modules.</param>
    public static BuildResult Build(BuildOptions options, BuildCache? cache, CancellationToken cancellationToken = default)
    {
        if (cache is null) return BuildOnce(options, null, null, cancellationToken);
        var root = Path.GetFullPath(options.RootDirectory);
        var generation = BeginCachedBuild(root, options, cache);
        try
        {
            return BuildOnce(options, cache, null, cancellationToken);
        }
        finally
        {
            cache.EndBuild(generation);
        }
    }

    private static int BeginCachedBuild(string root, BuildOptions options, BuildCache cache) =>
        cache.BeginBuild(
            HashFiles(root, SiteInputs.TaxonomyPath) + (options.IncludeDrafts ? " drafts" : ""),
            HashFiles(root, "theme"));

    /// <summary>SHA-256 over the paths and bytes of a file, or of every file under a folder (ordinal order); empty input hashes too.</summary>
    private static string HashFiles(string root, string relative)
    {
        var full = Path.Combine(root, relative);
        var files = File.Exists(full) ? [full]
            : Directory.Exists(full) ? Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : new List<string>();
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(root, file) + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static BuildResult BuildOnce(BuildOptions options, BuildCache? cache, IOutputSink? output, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var memory = output is null ? new MemoryOutput() : null;
        var (context, inputs, writer) = Prepare(options, cache, output ?? memory!, cancellationToken);
        if (inputs is null) return new BuildResult([], context.Diagnostics.Sorted(), [], null, clock.Elapsed);
        var timings = new Engine(SitePipelines.Create(inputs)).Run(context);
        var site = context.GetOrDefault(Keys.Site, null!);
        var diagnostics = context.Diagnostics.Sorted();
        if (context.Diagnostics.HasErrors)
        {
            return new BuildResult([], diagnostics, timings, site, clock.Elapsed);
        }
        return new BuildResult(memory?.Files ?? [], diagnostics, timings, site, clock.Elapsed) { Destinations = writer.Destinations };
    }

    /// <summary>
    /// Starts a build for <c>weekly preview</c>: runs the page pipelines (<see cref="SitePipelines.PagePipelines"/>)
    /// with every page left unrendered in <see cref="PreviewBuild.Output"/> (rendered when asked for), then,
    /// when they reported no error, the others (feeds, search index, sitemap) in the background
    /// (<see cref="PreviewBuild.Rest"/>). Returns when the page pipelines are done.
    /// </summary>
    /// <param name="options">Site root and build switches.</param>
    /// <param name="cache">Parsed seeds and renders of earlier builds to reuse. The next build may start before this one's <see cref="PreviewBuild.Rest"/> is done.</param>
    /// <param name="cancellationToken">Stops the build, both parts.</param>
    public static PreviewBuild BuildForPreview(BuildOptions options, BuildCache cache, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var root = Path.GetFullPath(options.RootDirectory);
        var generation = BeginCachedBuild(root, options, cache);
        var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var output = new DeferredOutput(cache.FileCountHint);
        try
        {
            var (context, inputs, _) = Prepare(options, cache, output, cancel.Token, cache.FileCountHint);
            if (inputs is null) return PreviewBuild.Failed(new BuildResult([], context.Diagnostics.Sorted(), [], null, clock.Elapsed), output, () => cache.EndBuild(generation), cancel);
            var engine = new Engine(SitePipelines.Create(inputs));
            var timings = engine.Run(context, SitePipelines.PagePipelines);
            cache.FileCountHint = output.Count + output.Count / 8; // room for feeds, search index, sitemap
            var result = new BuildResult([], context.Diagnostics.Sorted(), timings, context.GetOrDefault(Keys.Site, null!), clock.Elapsed);
            if (!result.Succeeded) return PreviewBuild.Failed(result, output, () => cache.EndBuild(generation), cancel);
            return new PreviewBuild(result, output, cancel, Task.Run(() =>
            {
                try
                {
                    var rest = clock.Elapsed;
                    var more = engine.Run(context, engine.Order.Select(p => p.Name).Except(SitePipelines.PagePipelines).ToList());
                    var all = context.Diagnostics.Sorted();
                    return new BuildResult([], all, [.. timings, .. more], result.Site, clock.Elapsed - rest);
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
    }

    /// <summary>Loads the taxonomy and theme; a build cache keeps them while their files are unchanged, when they loaded without a diagnostic.</summary>
    private static SiteInputs LoadInputs(string root, BuildCache? cache, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        var inputs = SiteInputs.Load(root, local);
        var problems = local.Sorted();
        foreach (var d in problems) diagnostics.Add(d);
        if (cache is not null && problems.Count == 0) cache.Inputs = inputs;
        return inputs;
    }

    /// <summary>Sets up one build's context: settings, site inputs (taxonomy, regions, theme), cache and writer; inputs is null when they reported errors.</summary>
    private static (BuildContext Context, SiteInputs? Inputs, OutputWriter Writer) Prepare(BuildOptions options, BuildCache? cache, IOutputSink output, CancellationToken cancellationToken,
        int expectedFiles = 0)
    {
        var root = Path.GetFullPath(options.RootDirectory);
        var context = new BuildContext(cancellationToken)
            .Set(Keys.RootDirectory, root)
            .Set(Keys.IncludeDrafts, options.IncludeDrafts);
        if (options.Clock is { } now) context.Set(Keys.Clock, now);
        if (cache is not null) context.Set(Keys.Cache, cache);
        // The region tagger (regions.json and a trie of its 7,000 names, built once per process) is the
        // largest part of start-up: build it on the thread pool while settings, topics and the theme
        // load on this thread. SiteInputs.Load then finds it built, or waits for it (Lazy<T>).
        _ = Task.Run(() => RegionTagger.Default, cancellationToken);
        var settings = SiteSettingsLoader.Load(root, options.BaseUrl, context.Diagnostics);
        context.Set(Keys.Settings, settings);
        var inputs = cache?.Inputs ?? LoadInputs(root, cache, context.Diagnostics);
        var writer = new OutputWriter(output, context.Diagnostics, expectedFiles);
        context.Set(Keys.Output, writer);
        return (context, context.Diagnostics.HasErrors ? null : inputs, writer);
    }
}
