using Weekly.Content;
using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Domain;

namespace Weekly.Modules;

/// <summary>
/// The content stage's last step: makes the <see cref="SiteModel"/> (<see cref="SiteModelBuilder"/>) from the
/// ordered, numbered issue documents (<see cref="Keys.Issue"/>) and the page documents (front matter, slug, and
/// their Markdown rendered to HTML), and outputs it as one document (<see cref="Keys.Site"/>), with the redirects of
/// <see cref="ApplyPermalinkLock"/>'s document, which it passes on. A page without a
/// front matter <c>title</c> is titled by its file name (warning WK0712); <c>layout</c> defaults to <c>page</c>.
/// </summary>
/// <param name="builder">Groups stories into terms with the region tree and the taxonomy.</param>
public sealed class CreateSiteModel(SiteModelBuilder builder) : IModule
{
    /// <summary>The layout of a page whose front matter names none.</summary>
    public const string DefaultLayout = "page";

    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var issues = inputs.Where(d => d.Has(Keys.Issue)).Select(d => d.Get(Keys.Issue)).ToList();
        var pages = inputs.Where(d => d.Has(Keys.Slug)).Select(d => Page(d, context.Diagnostics)).ToList();
        var update = inputs.FirstOrDefault(d => d.Has(Keys.PermalinkUpdate));
        var site = builder.Build(context.Get(Keys.Settings), issues, pages);
        if (update is null) return [Document.Create(null).With(Keys.Site, site)];
        site = site with { Redirects = update.Get(Keys.PermalinkUpdate).Redirects };
        return [Document.Create(null).With(Keys.Site, site), update];
    }

    private static Page Page(Document document, DiagnosticBag diagnostics)
    {
        var frontMatter = document.GetOrDefault(Keys.FrontMatter, new Dictionary<string, object?>(StringComparer.Ordinal));
        if (frontMatter.GetValueOrDefault("title") is not string { Length: > 0 } title)
        {
            // A YAML error or a title of the wrong type (WK0717) was reported already.
            if (!document.GetOrDefault(Keys.FrontMatterFailed, false) && frontMatter.GetValueOrDefault("title") is null or string) diagnostics.Report(Codes.PageWithoutTitle, document.Source, 1, 1);
            title = Path.GetFileNameWithoutExtension(document.Source ?? "page");
        }
        var layout = frontMatter.GetValueOrDefault("layout") is string { Length: > 0 } l ? l : DefaultLayout;
        return new Page(document.Source ?? "", document.Get(Keys.Slug), title, frontMatter.GetValueOrDefault("description") as string, layout,
            document.Content.ToText(diagnostics))
        { Links = document.GetOrDefault(Keys.PageLinks, []) };
    }
}
