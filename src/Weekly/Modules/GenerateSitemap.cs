using Weekly.Core;
using Weekly.Rendering;

namespace Weekly.Modules;

/// <summary>
/// Makes <c>/sitemap.xml</c> of every page the given pipelines output (their documents' <see cref="PageRequest"/>s;
/// the 404 page left out) and <c>/robots.txt</c> pointing at it.
/// </summary>
/// <param name="renderer">The build's renderer.</param>
/// <param name="pipelines">Names of the pipelines whose pages are listed; dependencies of the one running this module.</param>
public sealed class GenerateSitemap(SiteRenderer renderer, params string[] pipelines) : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var pages = pipelines.SelectMany(context.OutputsOf)
            .Where(d => d.Has(Keys.Request))
            .Select(d => d.Get(Keys.Request))
            .OfType<PageRequest>()
            .ToList();
        OutputRequest[] requests = [new SitemapRequest(pages), new RobotsRequest()];
        return requests.Select(r => Document.Create(null, r.Destination, renderer.Render(r), Keys.Request.Item(r))).ToList();
    }
}
