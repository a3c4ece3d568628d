using Weekly.Core;
using Weekly.Domain;
using Weekly.Rendering;
using Weekly.Rendering.ViewModels;
using Weekly.Diagnostics;

namespace Weekly.Modules;

/// <summary>
/// Renders documents through a <see cref="Theme"/> layout, so pipelines can render either with
/// <see cref="SiteRenderer"/> or document by document. For each input:
/// <list type="bullet">
/// <item>layout: <see cref="Keys.Layout"/>, else front matter <c>layout</c>, else <c>page</c>;</item>
/// <item>globals: when <see cref="Keys.Model"/> is an <c>IReadOnlyDictionary&lt;string, object?&gt;</c> it is
/// the globals (<c>site</c> is added when missing); any other model is <c>page</c>; without a model,
/// <c>page</c> is built from front matter <c>title</c> and <c>description</c> and the permalink
/// (<see cref="Keys.Permalink"/>, else <c>/&lt;file name&gt;/</c>);</item>
/// <item><c>content</c>: the document's current content, as trusted HTML: it must be HTML our code made
/// (<see cref="RenderMarkdown"/>), never raw seed text.</item>
/// </list>
/// The output document's content is the page's HTML. Site settings come from <see cref="Keys.Settings"/>
/// in the build context (defaults when unset). Diagnostics: the theme's WK0701–WK0705; WK0712 (warning)
/// for a page without a front matter title.
/// </summary>
/// <param name="theme">The loaded theme.</param>
public sealed class RenderScriban(Theme theme) : IModule
{
    /// <summary>Layout used when neither metadata nor front matter names one.</summary>
    public const string DefaultLayout = "page";

    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var settings = context.GetOrDefault(Keys.Settings, new SiteSettings());
        var site = ViewModelFactory.CreateSite(settings);
        var outputs = new Document[inputs.Count];
        Parallel.For(0, inputs.Count, i => outputs[i] = Render(inputs[i], settings, site, context.Diagnostics));
        return outputs;
    }

    private Document Render(Document document, SiteSettings settings, SiteView site, DiagnosticBag diagnostics)
    {
        var frontMatter = document.GetOrDefault(Keys.FrontMatter, new Dictionary<string, object?>(StringComparer.Ordinal));
        var layout = document.GetOrDefault(Keys.Layout, "") is { Length: > 0 } l ? l
            : frontMatter.GetValueOrDefault("layout") is string { Length: > 0 } f ? f
            : DefaultLayout;
        var content = new TrustedHtml(document.Content);
        Dictionary<string, object?> globals;
        var model = document.Has(Keys.Model) ? document.Get(Keys.Model) : null;
        if (model is IReadOnlyDictionary<string, object?> given)
        {
            globals = new Dictionary<string, object?>(given, StringComparer.Ordinal);
            globals.TryAdd("site", site);
            globals.TryAdd("content", content);
        }
        else
        {
            globals = TemplateGlobals.Create(site, model ?? PageFromFrontMatter(document, frontMatter, settings, diagnostics), content: content);
        }
        return document.WithContent(theme.Render(layout, globals, diagnostics));
    }

    private static PageView PageFromFrontMatter(Document document, IReadOnlyDictionary<string, object?> frontMatter, SiteSettings settings, DiagnosticBag diagnostics)
    {
        var slug = Path.GetFileNameWithoutExtension(document.Source ?? "page");
        var permalink = document.GetOrDefault(Keys.Permalink, "") is { Length: > 0 } p ? p : Permalinks.Page(slug);
        if (frontMatter.GetValueOrDefault("title") is not string { Length: > 0 } title)
        {
            diagnostics.Report(Codes.PageWithoutTitle, document.Source, 1, 1);
            title = slug;
        }
        var description = frontMatter.GetValueOrDefault("description") as string;
        var section = slug == ViewModelFactory.AboutSlug ? "about" : "";
        return ViewModelFactory.MarkdownPage(settings, title, description, permalink, section);
    }
}
