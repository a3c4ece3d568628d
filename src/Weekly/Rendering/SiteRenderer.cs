using Weekly.Caching;
using Weekly.Core;
using Weekly.Domain;
using Weekly.Modules;
using Weekly.Rendering.ViewModels;

namespace Weekly.Rendering;

/// <summary>
/// Renders every kind of page of the site from a <see cref="SiteModel"/> through a <see cref="Theme"/>:
/// one typed method per page kind, each returning the page's HTML as the bytes to write (UTF-8 without
/// BOM, LF line ends). Layouts
/// get the globals <c>site</c>, <c>page</c>, <c>issue</c>, <c>story</c>, <c>term</c>, <c>terms</c>,
/// <c>issues</c> and <c>content</c> (unused ones are null). Thread-safe: pages may be rendered in parallel.
/// Template problems are added to the diagnostics given to the constructor, and the method returns no bytes.
/// </summary>
public sealed class SiteRenderer
{
    private readonly Theme _theme;
    private readonly SiteModel _site;
    private readonly DiagnosticBag _diagnostics;
    private readonly BuildCache? _cache;
    private readonly string _cacheScope = "";
    private readonly Action<ReadOnlySpan<byte>>? _write;

    /// <summary>Creates a renderer and builds the site's view models.</summary>
    /// <param name="theme">The theme.</param>
    /// <param name="site">The site model.</param>
    /// <param name="diagnostics">Receives template problems.</param>
    /// <param name="cache">Earlier builds' renders to reuse (<c>weekly preview</c>), or null to render everything.</param>
    public SiteRenderer(Theme theme, SiteModel site, DiagnosticBag diagnostics, BuildCache? cache = null)
    {
        _theme = theme;
        _site = site;
        _diagnostics = diagnostics;
        _cache = cache;
        _cacheScope = cache?.RenderScope ?? "";
        Views = new ViewModelFactory(site);
    }

    private SiteRenderer(SiteRenderer other, DiagnosticBag diagnostics, Action<ReadOnlySpan<byte>>? write)
    {
        (_theme, _site, _cache, _cacheScope, Views) = (other._theme, other._site, other._cache, other._cacheScope, other.Views);
        (_diagnostics, _write) = (diagnostics, write);
    }

    /// <summary>
    /// The same renderer (theme, view models, cache) reporting template problems to <paramref name="diagnostics"/>:
    /// for a page rendered apart from the build, e.g. on request in <c>weekly preview</c>. Cheap (no view models are built).
    /// </summary>
    public SiteRenderer ReportingTo(DiagnosticBag diagnostics) => ReferenceEquals(diagnostics, _diagnostics) ? this : new(this, diagnostics, _write);

    /// <summary>
    /// The same renderer handing each page it renders to <paramref name="write"/> (UTF-8 without BOM, this thread's
    /// render buffer, valid only during the call) instead of returning it: its page methods then return an empty
    /// array. The build writes pages this way, so no array of its own is made for each of thousands of pages.
    /// <paramref name="write"/> is not called for a page whose template failed. A renderer with a cache
    /// (<c>weekly preview</c>) returns its pages as before and does not call <paramref name="write"/>.
    /// </summary>
    public SiteRenderer WritingTo(Action<ReadOnlySpan<byte>> write) => new(this, _diagnostics, write);

    /// <summary>The view models (also useful to feeds and tests).</summary>
    public ViewModelFactory Views { get; }

    /// <summary>Home page <c>/</c>: the latest issue's intro and table of contents, then the recent issues (<see cref="SiteSettings.HomeIssues"/>).</summary>
    public byte[] RenderHome()
    {
        var issues = Views.Issues(1 + Math.Max(0, _site.Settings.HomeIssues));
        return Render("home", Views.HomePage(), issue: issues.FirstOrDefault(), issues: issues.Skip(1).ToList());
    }

    /// <summary>Archive <c>/issues/</c>: all issues newest first, or one page of them (<c>/issues/page/2/</c>).</summary>
    public byte[] RenderArchive(Pagination? page = null)
    {
        var issues = Views.Issues();
        return Render("archive", Views.ArchivePage(page), issues: page is null ? issues : page.Slice(issues));
    }

    /// <summary>The search page <c>/search/</c>: a form, and the script that searches the index (reading needs no script).</summary>
    public byte[] RenderSearch() => Render("search", Views.SearchPage());

    /// <summary>An issue page <c>/issues/&lt;slug&gt;/</c>: intro, "In this issue", sections with stories and commentary, footers.</summary>
    public byte[] RenderIssue(Issue issue) => Render("issue", Views.IssuePage(issue), issue: Views.Issue(issue));

    /// <summary>A story page <c>/issues/&lt;issue&gt;/&lt;story&gt;/</c>.</summary>
    public byte[] RenderStory(StoryEntry entry) => Render("story", Views.StoryPage(entry), story: Views.Story(entry), related: Views.Related(entry));

    /// <summary>The region index <c>/regions/</c>: the chart of stories per province (with its table), then provinces with story counts and their cities.</summary>
    public byte[] RenderRegionIndex() => Render("regions", Views.TermIndexPage(TaxonomyKind.Region), terms: Views.RegionIndex(), chart: Views.RegionChart());

    /// <summary>The topic index <c>/topics/</c>.</summary>
    public byte[] RenderTopicIndex() => Render("topics", Views.TermIndexPage(TaxonomyKind.Topic), terms: Views.TopicIndex());

    /// <summary>
    /// A term page (province, city or topic): its stories newest first, or one page of them
    /// (<c>/regions/beijing/page/2/</c>); a province also lists its cities, a topic shows its chart.
    /// </summary>
    public byte[] RenderTerm(Term term, Pagination? page = null) => Render("term", Views.TermPage(term, page), term: Views.Term(term, page));

    /// <summary>A hand-written page (layout <c>page</c>): the title as <c>h1</c> and the rendered Markdown body.</summary>
    /// <param name="title">Front matter title (text).</param>
    /// <param name="description">Front matter description, or null.</param>
    /// <param name="permalink">Site-relative URL, e.g. <c>/about/</c>.</param>
    /// <param name="body">HTML rendered from Markdown by <c>RenderMarkdown</c> (raw HTML disabled).</param>
    public byte[] RenderPage(string title, string? description, string permalink, TrustedHtml body)
    {
        var section = permalink == Modules.Permalinks.Page(ViewModelFactory.AboutSlug) ? "about" : "";
        return Render("page", ViewModelFactory.MarkdownPage(_site.Settings, title, description, permalink, section), content: body);
    }

    /// <summary>The not-found page <c>/404.html</c>.</summary>
    public byte[] RenderNotFound() => Render("404", Views.NotFoundPage());

    /// <summary>
    /// An issue's full content as an HTML fragment for feeds (partial <c>feed-issue</c>): intro, sections
    /// with stories and commentary, previous-issue line. Links are site-relative; feed code makes them absolute.
    /// </summary>
    public string RenderIssueContent(Issue issue) =>
        Partial("feed-issue", new RenderInputs(Views.Site, Views.IssuePage(issue), Issue: Views.Issue(issue)));

    /// <summary>A story's body as an HTML fragment for feeds (partial <c>feed-story</c>): paragraphs, then its regions and topics.</summary>
    public string RenderStoryContent(StoryEntry entry) =>
        Partial("feed-story", new RenderInputs(Views.Site, Views.StoryPage(entry), Story: Views.Story(entry)));

    private byte[] Render(string layout, PageView page, IssueView? issue = null, StoryView? story = null, TermView? term = null,
        IReadOnlyList<TermSummaryView>? terms = null, IReadOnlyList<IssueView>? issues = null, TrustedHtml? content = null,
        ChartView? chart = null, IReadOnlyList<RelatedView>? related = null)
    {
        var inputs = new RenderInputs(Views.Site, page, issue, story, term, terms, issues, content, chart, related);
        var globals = inputs.ToGlobals();
        if (_cache is null && _write is not null)
        {
            _theme.RenderUtf8(layout, globals, _diagnostics, _write);
            return [];
        }
        return _cache is null
            ? _theme.RenderUtf8(layout, globals, _diagnostics)
            : _cache.Render(CacheKey("layout " + layout, inputs), layout + " " + page.Permalink, bag => _theme.RenderUtf8(layout, globals, bag), _diagnostics);
    }

    private string Partial(string name, RenderInputs inputs)
    {
        var globals = inputs.ToGlobals();
        return _cache is null
            ? _theme.RenderPartial(name, globals, _diagnostics).Html
            : _cache.Render(CacheKey("partial " + name, inputs), name + " " + inputs.Page.Permalink, bag => _theme.RenderPartial(name, globals, bag).Html, _diagnostics);
    }

    /// <summary>The theme's hash, the template's name and a SHA-256 of the JSON of its globals: all a template can read (see <see cref="BuildCache"/>).</summary>
    private string CacheKey(string template, RenderInputs inputs) =>
        _cacheScope + " " + template + " " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
            System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(inputs, RenderInputsJson.Default.RenderInputs)));
}

/// <summary>
/// The globals of one render, typed (see <see cref="TemplateGlobals.Create"/> for what each holds): made into
/// Scriban's globals by <see cref="ToGlobals"/>, and serialised as JSON (<see cref="RenderInputsJson"/>, made at
/// compile time, so it works in the native-AOT tool) for the preview cache's key.
/// </summary>
internal sealed record RenderInputs(SiteView Site, PageView Page, IssueView? Issue = null, StoryView? Story = null, TermView? Term = null,
    IReadOnlyList<TermSummaryView>? Terms = null, IReadOnlyList<IssueView>? Issues = null, TrustedHtml? Content = null,
    ChartView? Chart = null, IReadOnlyList<RelatedView>? Related = null)
{
    /// <summary>The globals a template sees.</summary>
    public Dictionary<string, object?> ToGlobals() => TemplateGlobals.Create(Site, Page, Issue, Story, Term, Terms, Issues, Content, Chart, Related);
}

/// <summary>JSON of <see cref="RenderInputs"/> (System.Text.Json source generation: no reflection at run time).</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(RenderInputs))]
internal sealed partial class RenderInputsJson : System.Text.Json.Serialization.JsonSerializerContext;
