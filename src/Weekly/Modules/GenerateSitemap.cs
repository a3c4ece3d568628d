using Weekly.Caching;
using Weekly.Core;
using Weekly.Rendering;

namespace Weekly.Modules;

/// <summary>
/// Makes <c>/sitemap.xml</c> of every page the given pipelines output (their documents' <see cref="PageRequest"/>s;
/// the 404 page left out) and <c>/robots.txt</c> pointing at it, unless the editors wrote their own <c>input/static/robots.txt</c>:
/// that one is copied instead (as Hugo and Zola let a site's own robots.txt replace the built-in one).
/// </summary>
/// <param name="renderer">The build's renderer.</param>
/// <param name="cache">Looks for <c>input/static/robots.txt</c>.</param>
/// <param name="pipelines">Names of the pipelines whose pages are listed; dependencies of the one running this module.</param>
public sealed class GenerateSitemap(SiteRenderer renderer, IBuildCache cache, params string[] pipelines) : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var pages = pipelines.SelectMany(context.OutputsOf)
            .Where(d => d.Has(Keys.Request))
            .Select(d => d.Get(Keys.Request))
            .OfType<PageRequest>()
            .ToList();
        var ownRobots = new ReadFiles(GenerateRedirects.StaticFolder, cache, "robots.txt").Execute([], context).Count > 0;
        OutputRequest[] requests = ownRobots ? [new SitemapRequest(pages)] : [new SitemapRequest(pages), new RobotsRequest()];
        return requests.Select(r => Document.Create(null, r.Destination, renderer.Render(r), Keys.Request.Item(r))).ToList();
    }
}
