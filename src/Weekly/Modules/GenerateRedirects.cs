using Weekly.Caching;
using Weekly.Core;
using Weekly.Domain;
using Weekly.Rendering;

namespace Weekly.Modules;

/// <summary>
/// Keeps the old URLs of moved pages working (<see cref="SiteModel.Redirects"/>): an alias page at each
/// (<see cref="AliasPage"/>), and Netlify's <c>/_redirects</c> (<see cref="RedirectsRequest"/>) with the editors' own rules
/// from <c>input/static/_redirects</c> first. No file when there is nothing to redirect and no editors' rules; then
/// the alias layout is rendered once for a sample alias and dropped, so its template errors are found anyway.
/// </summary>
/// <param name="site">The site model.</param>
/// <param name="renderer">The build's renderer.</param>
/// <param name="cache">Reads <c>input/static/_redirects</c>.</param>
public sealed class GenerateRedirects(SiteModel site, SiteRenderer renderer, IBuildCache cache) : IModule
{
    /// <summary>The folder copied to the output's root.</summary>
    public const string StaticFolder = "input/static";

    /// <summary>The editors' own redirect rules, in <see cref="StaticFolder"/>.</summary>
    public const string EditorRulesFile = "_redirects";

    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        // Read as every text input is (a BOM dropped, LF line ends, conflict markers refused), so the merged file has one style.
        var editorRules = string.Concat(ReadFiles.Text(StaticFolder, cache, EditorRulesFile).Execute([], context)
            .Select(d => d.Content.ToText(context.Diagnostics)));
        // No alias page this time: the alias layout is still rendered once, to nowhere, so its template errors show now.
        if (site.Redirects.Count == 0) renderer.RenderSampleAlias(context.Diagnostics);
        var requests = new List<OutputRequest>(site.Redirects.Select(r => new AliasPage(r)));
        if (site.Redirects.Count > 0 || editorRules.Length > 0) requests.Add(new RedirectsRequest(editorRules, site.Redirects));
        return requests.Select(r => Document.Create(r.Source, r.Destination, renderer.Render(r), Keys.Request.Item(r))).ToList();
    }
}
