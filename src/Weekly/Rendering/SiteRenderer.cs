using Weekly.Caching;
using Weekly.Core;
using Weekly.Domain;
using Weekly.Feeds;
using Weekly.Rendering.Markup;
using Weekly.Rendering.ViewModels;
using Weekly.Urls;

namespace Weekly.Rendering;

/// <summary>
/// The one renderer of the render stage: turns each <see cref="OutputRequest"/> into the content of a file,
/// made when the file is written (<see cref="DocumentContent.Deferred"/>): HTML pages through the theme's
/// layouts with typed view models (<c>site</c>, <c>page</c>, <c>issue</c>, <c>story</c>, <c>term</c>, …); feeds
/// with XML and JSON writers, their items' content from the theme's feed partials rendered with absolute-URL
/// view models; the search index; the sitemap and robots.txt. Every render goes through the build's
/// <see cref="IBuildCache"/>. One per build; thread-safe.
/// </summary>
public sealed class SiteRenderer
{
    private readonly SiteModel _site;
    private readonly IBuildCache _cache;
    private readonly ThemeSession _pages, _feeds;
    private readonly FeedViews _feedViews;
    private readonly FeedBuilder _feedBuilder;

    /// <summary>Creates the renderer of one build.</summary>
    /// <param name="theme">The parsed theme.</param>
    /// <param name="site">The content stage's model.</param>
    /// <param name="cache">Where renders go through (<see cref="BuildCache.None"/> for a plain build).</param>
    public SiteRenderer(Theme theme, SiteModel site, IBuildCache cache)
    {
        _site = site;
        _cache = cache;
        Views = new SiteViewModels(site);
        _feedViews = new FeedViews(Views);
        _pages = new ThemeSession(theme, Views.Site);
        _feeds = new ThemeSession(theme, _feedViews.Site);
        _feedBuilder = new FeedBuilder(site, IssueContent, StoryContent);
    }

    /// <summary>The view models of the site's pages (site-relative URLs).</summary>
    public SiteViewModels Views { get; }

    /// <summary>The content of the file <paramref name="request"/> describes, made when it is written.</summary>
    /// <exception cref="ArgumentException">A kind of request this renderer does not know (a bug).</exception>
    public DocumentContent Render(OutputRequest request) => request switch
    {
        PageRequest page => DocumentContent.Deferred((diagnostics, write) => RenderPage(page, diagnostics, write)),
        FeedRequest feed => DocumentContent.Deferred((diagnostics, write) => write(RenderFeed(feed, diagnostics))),
        SitemapRequest sitemap => DocumentContent.Deferred((_, write) => write(SitemapWriter.Write(
            sitemap.Pages.Where(p => p.InSitemap).Select(p => (_site.Settings.AbsoluteUrl(p.Permalink), p.LastModified))))),
        AliasPage alias => DocumentContent.Deferred((diagnostics, write) => RenderAlias(alias, diagnostics, write)),
        RedirectsRequest redirects => DocumentContent.FromText(RedirectRules.Write(redirects.EditorRules, redirects.Redirects)),
        RobotsRequest => DocumentContent.FromText($"User-agent: *\nAllow: /\n\nSitemap: {_site.Settings.AbsoluteUrl(Permalinks.Sitemap)}\n"),
        _ => throw new ArgumentException($"No renderer for {request.GetType().Name}.", nameof(request)),
    };

    /// <summary>
    /// The search index of every story (<see cref="Search.SearchIndex"/>), with the filters by province, topic and year
    /// (<see cref="SearchDocuments"/>). Built now, whole.
    /// </summary>
    /// <returns>Each index file's permalink and content, manifest first.</returns>
    public IReadOnlyList<(string Permalink, DocumentContent Content)> SearchIndex()
    {
        var (stories, facets) = SearchDocuments.From(_site, Views);
        return Search.SearchIndex.Build(stories, facets).Select(file => (file.Url, DocumentContent.FromBytes(file.Json))).ToList();
    }

    /// <summary>
    /// Renders layout <c>alias</c> once for a sample alias (an old URL of the home page) and drops the result, so a
    /// template error in it is reported (WK0702 at its line) on a site where no page has moved yet, not first by the
    /// build after a correction (as Hugo renders its alias template only when there is an alias, which hides it).
    /// </summary>
    /// <param name="diagnostics">Where the layout's problems go.</param>
    public void RenderSampleAlias(DiagnosticBag diagnostics) =>
        RenderAlias(new AliasPage(new Redirect("/moved/", Permalinks.Home, "Home")), diagnostics, _ => { });

    /// <summary>An alias page: layout <c>alias</c> alone, with <c>site</c> and <c>alias</c> (<see cref="AliasView"/>).</summary>
    private void RenderAlias(AliasPage request, DiagnosticBag diagnostics, ContentWriter write)
    {
        var to = request.Redirect.To;
        var globals = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["site"] = Views.Site,
            ["alias"] = new AliasView(_site.Settings.AbsoluteUrl(to), to, request.Redirect.Title),
        };
        _pages.RenderStandalone("alias", globals, diagnostics, write);
    }

    private void RenderPage(PageRequest request, DiagnosticBag diagnostics, ContentWriter write)
    {
        var (layout, inputs) = Inputs(request);
        _cache.RenderPage(new RenderKey("layout " + layout, layout + " " + request.Permalink, inputs.ToJson),
            (bag, into) => _pages.RenderUtf8(layout, inputs.ToGlobals(), bag, into), diagnostics, write);
    }

    /// <summary>The layout of a page and the globals it gets.</summary>
    private (string Layout, RenderInputs Inputs) Inputs(PageRequest request)
    {
        var views = Views;
        var site = views.Site;
        switch (request)
        {
            case HomePage:
                var recent = views.Issues.Issues(1 + Math.Max(0, _site.Settings.HomeIssues));
                return ("home", new RenderInputs(site, views.Pages.Home(), Issue: recent.FirstOrDefault(), Issues: recent.Skip(1).ToList()));
            case ArchivePage archive:
                return ("archive", new RenderInputs(site, views.Pages.Archive(archive.Pagination), Issues: archive.Pagination.Slice(views.Issues.Issues())));
            case RegionIndexPage:
                return ("regions", new RenderInputs(site, views.Pages.TermIndex(TaxonomyKind.Region), Terms: views.Terms.RegionIndex(), Chart: views.Charts.Regions(), Map: views.Maps.Regions()));
            case TopicIndexPage:
                return ("topics", new RenderInputs(site, views.Pages.TermIndex(TaxonomyKind.Topic), Terms: views.Terms.TopicIndex(), Chart: views.Charts.Topics()));
            case SearchPage:
                return ("search", new RenderInputs(site, views.Pages.Search()));
            case NotFoundPage:
                return ("404", new RenderInputs(site, views.Pages.NotFound()));
            case IssuePage issue:
                return ("issue", new RenderInputs(site, views.Pages.Issue(issue.Issue), Issue: views.Issues.Issue(issue.Issue), Map: views.Maps.Issue(issue.Issue)));
            case StoryPage story:
                return ("story", new RenderInputs(site, views.Pages.Story(story.Story), Story: views.Issues.Story(story.Story), Related: views.Related.For(story.Story)));
            case TermPage term:
                return ("term", new RenderInputs(site, views.Pages.Term(term.Term, term.Pagination), Term: views.Terms.Term(term.Term, term.Pagination),
                    Map: term.Term.Kind == TaxonomyKind.Region && (term.Pagination is null || term.Pagination.Number == 1) ? views.Maps.Locator(term.Term) : null));
            case MarkdownPage markdown:
                return (markdown.Page.Layout, new RenderInputs(site, views.Pages.Markdown(markdown.Page), Content: new TrustedHtml(markdown.Page.Html)));
            default:
                throw new ArgumentException($"No layout for {request.GetType().Name}.", nameof(request));
        }
    }

    private byte[] RenderFeed(FeedRequest request, DiagnosticBag diagnostics)
    {
        var self = _site.Settings.AbsoluteUrl(request.Permalink);
        return request switch
        {
            SiteFeed { Format: FeedFormat.Atom } => AtomFeedWriter.Write(_feedBuilder.BuildSiteFeed(diagnostics), self),
            SiteFeed { Format: FeedFormat.Json } => JsonFeedWriter.Write(_feedBuilder.BuildSiteFeed(diagnostics), self),
            SiteFeed => RssFeedWriter.Write(_feedBuilder.BuildSiteFeed(diagnostics), self),
            TermFeed term => RssFeedWriter.Write(_feedBuilder.BuildTermFeed(term.Term, diagnostics), self),
            _ => throw new ArgumentException($"No feed writer for {request.GetType().Name}.", nameof(request)),
        };
    }

    /// <summary>An issue's full content for its feed item (partial <c>feed-issue</c>): intro, sections with stories and commentary, previous-issue line; every URL absolute.</summary>
    internal string IssueContent(Issue issue, DiagnosticBag diagnostics)
    {
        var inputs = new RenderInputs(_feedViews.Site, _feedViews.IssuePage(issue), Issue: _feedViews.Issue(issue));
        return _cache.RenderFragment(new RenderKey("partial feed-issue", "feed-issue " + Permalinks.Issue(issue), inputs.ToJson),
            bag => _feeds.RenderPartial("feed-issue", inputs.ToGlobals(), bag).Html, diagnostics);
    }

    /// <summary>A story's content for its feed items (partial <c>feed-story</c>): paragraphs, then its regions and topics; every URL absolute.</summary>
    internal string StoryContent(StoryEntry entry, DiagnosticBag diagnostics)
    {
        var inputs = new RenderInputs(_feedViews.Site, _feedViews.StoryPage(entry), Story: _feedViews.Story(entry));
        return _cache.RenderFragment(new RenderKey("partial feed-story", "feed-story " + Permalinks.Story(entry.Issue, entry.Story), inputs.ToJson),
            bag => _feeds.RenderPartial("feed-story", inputs.ToGlobals(), bag).Html, diagnostics);
    }
}
