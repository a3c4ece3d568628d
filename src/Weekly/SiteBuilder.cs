using Weekly.Caching;
using Weekly.Content;
using Weekly.IO;
using Weekly.Pipelines;
using Weekly.Rendering;

namespace Weekly;

/// <summary>
/// Builds the site: settings, inputs, the content stage (seeds and pages into a <c>SiteModel</c>), then the render
/// stage (every file, rendered as it is written to an <see cref="IOutputSink"/>). Read <see cref="Build(BuildOptions, IOutputSink, CancellationToken)"/>
/// top to bottom for the whole build; <c>docs/architecture.md</c> draws it.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Builds the site in memory (<see cref="BuildResult.Files"/>; empty when there are errors).</summary>
    public static BuildResult Build(BuildOptions options, CancellationToken cancellationToken = default)
    {
        var memory = new MemoryOutput();
        var result = Build(options, memory, cancellationToken);
        return result.Succeeded ? result with { Files = memory.Files } : result;
    }

    /// <summary>
    /// Builds the site, handing each file to <paramref name="output"/> as it is rendered (<see cref="BuildResult.Destinations"/>
    /// lists them). When the build reports errors, files may already have been handed over: discard them (dispose the
    /// <see cref="StagingFolder"/> without committing).
    /// </summary>
    /// <param name="options">Site root and build switches.</param>
    /// <param name="output">Receives every file, from several threads at once.</param>
    /// <param name="cancellationToken">Stops the build between modules and between files.</param>
    public static BuildResult Build(BuildOptions options, IOutputSink output, CancellationToken cancellationToken = default)
    {
        var build = new SiteBuild(options, cancellationToken);                                      // settings: input/site.yml, --base-url
        var inputs = build.Step("Inputs", () => SiteInputs.Load(build.Root, build.Diagnostics));  // topics.yml, theme/, the region tree
        if (build.Failed) return build.Result(null, []);
        var site = build.Content(Stages.Content(inputs, BuildCache.None));                         // read → parse → tag → slug → order → number
        var writer = new OutputWriter(output, build.Diagnostics);
        var renderer = new SiteRenderer(inputs.Theme, site, BuildCache.None);
        build.Render(Stages.Render(inputs, site, renderer, BuildCache.None, writer));                      // pages, feeds, search, redirects, sitemap → output; checks
        var destinations = writer.Destinations;
        PageLinkCheck.Report(site.Pages, destinations.ToHashSet(StringComparer.Ordinal), build.Diagnostics);  // pages' links to files not written
        return build.Result(site, destinations);
    }
}
