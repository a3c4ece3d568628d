using System.Globalization;
using Weekly.Content;
using Weekly.Domain;
using Weekly.Feeds;
using Weekly.Rendering.Markup;
using Weekly.Text;
using Weekly.Urls;

namespace Weekly.Rendering.ViewModels;

/// <summary>
/// The <c>page</c> object of each kind of page: titles, description, canonical URL, breadcrumbs, feeds and
/// schema.org JSON-LD. Canonical URLs and JSON-LD are absolute; the other URLs site-relative.
/// </summary>
public sealed class PageViews(SiteSettings settings, SiteView site, IssueViews issues, TermViews terms, TermLookup lookup)
{
    /// <summary>The <c>page</c> of the home page.</summary>
    public PageView Home() => Page("home", "home", site.Title, site.Description, Permalinks.Home, [], site.Rss, "website",
        () => JsonLd.Serialize(new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "WebSite",
            ["name"] = site.Title,
            ["description"] = site.Description,
            ["url"] = Absolute(Permalinks.Home),
        }));

    /// <summary>The <c>page</c> of the issue archive, or of one of its pages (<c>/issues/page/2/</c>).</summary>
    public PageView Archive(Pagination? page = null) => Paged(
        Page("archive", "issues", "All issues", $"Every issue of {site.Title}, newest first.",
            page?.Url ?? Permalinks.Archive, [Crumb("All issues", Permalinks.Archive)], null, "website", null),
        page, "Newer issues", "Older issues");

    /// <summary>The <c>page</c> of the search page <c>/search/</c>.</summary>
    public PageView Search() => Page("search", "search", "Search", $"Search every story of {site.Title} by place, word or phrase.",
        Permalinks.Search, [Crumb("Search", Permalinks.Search)], null, "website", null);

    /// <summary>The <c>page</c> of an issue page.</summary>
    /// <param name="issue">The issue.</param>
    /// <param name="view">Its view, when the caller has it already.</param>
    public PageView Issue(Issue issue, IssueView? view = null)
    {
        view ??= issues.Issue(issue);
        var permalink = Permalinks.Issue(issue);
        return Page("issue", "issues", view.Title, Excerpt.Make(view.Description, 160), permalink, [Crumb(view.Title, permalink)], null, "article",
            () => JsonLd.Serialize(new Dictionary<string, object?>
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "PublicationIssue",
                ["name"] = view.Title,
                ["issueNumber"] = view.Number?.ToString(CultureInfo.InvariantCulture),
                ["datePublished"] = Instant(issue),
                ["url"] = Absolute(permalink),
                ["description"] = view.Description,
                ["isPartOf"] = new Dictionary<string, object?> { ["@type"] = "Periodical", ["name"] = site.Title, ["url"] = Absolute(Permalinks.Home) },
            })) with
        { Published = Instant(issue) };
    }

    /// <summary>The <c>page</c> of a story page (breadcrumbs Home &gt; Issue &gt; Story).</summary>
    /// <param name="entry">The story.</param>
    /// <param name="story">Its view, when the caller has it already.</param>
    public PageView Story(StoryEntry entry, StoryView? story = null)
    {
        var view = story ?? issues.Story(entry);
        var permalink = Permalinks.Story(entry.Issue, entry.Story);
        var issuePermalink = Permalinks.Issue(entry.Issue);
        IReadOnlyList<FeedLinkView>? alternates = lookup.MostSpecific(entry.Story) is { } term ? [terms.Feed(term), .. site.Feeds] : null;
        return Page("story", "issues", view.Headline, Excerpt.Make(view.Excerpt, 160), permalink,
            [Crumb(view.Issue.Title, issuePermalink), Crumb(view.Headline, permalink)], null, "article",
            () => JsonLd.Serialize(new Dictionary<string, object?>
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "NewsArticle",
                ["headline"] = view.Headline,
                ["datePublished"] = Instant(entry.Issue),
                ["url"] = Absolute(permalink),
                ["mainEntityOfPage"] = Absolute(permalink),
                ["description"] = view.Excerpt,
                ["contentLocation"] = view.Regions.Count == 0 ? null : view.Regions.Select(r => new Dictionary<string, object?> { ["@type"] = "Place", ["name"] = r.Title }).ToList(),
                ["about"] = view.Topics.Count == 0 ? null : view.Topics.Select(t => t.Title).ToList(),
                ["isPartOf"] = new Dictionary<string, object?> { ["@type"] = "PublicationIssue", ["name"] = view.Issue.Title, ["url"] = Absolute(issuePermalink) },
                ["publisher"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = site.Author },
            }), alternates) with
        { Published = Instant(entry.Issue) };
    }

    /// <summary>The <c>page</c> of a taxonomy index (<c>/regions/</c> or <c>/topics/</c>).</summary>
    public PageView TermIndex(TaxonomyKind kind)
    {
        var (key, title, what) = kind == TaxonomyKind.Region ? ("regions", "Regions", "province and city") : ("topics", "Topics", "topic");
        var permalink = Permalinks.Taxonomy(kind);
        return Page(key, key, title, $"Stories of {site.Title} by {what}.", permalink, [Crumb(title, permalink)], null, "website", null);
    }

    /// <summary>
    /// The <c>page</c> of a term page (or of one of its pages, <c>/regions/beijing/page/2/</c>): breadcrumbs
    /// through its parent, and its feed as alternate and "Follow" link.
    /// </summary>
    public PageView Term(Term term, Pagination? page = null)
    {
        var isRegion = term.Kind == TaxonomyKind.Region;
        var crumbs = new List<LinkView> { isRegion ? Crumb("Regions", Permalinks.Regions) : Crumb("Topics", Permalinks.Topics) };
        if (term.Parent is { } parent) crumbs.Add(Crumb(parent.Name, Permalinks.Term(parent)));
        crumbs.Add(Crumb(term.Name, Permalinks.Term(term)));
        var place = term.Parent is { } p ? $"{term.Name}, {p.Name}" : term.Name;
        var description = term.Topic?.Description is { Length: > 0 } d
            ? d
            : isRegion ? $"Blockchain policy and industry news from {place}, from {site.Title}." : $"Stories about {term.Name} from {site.Title}.";
        var feed = terms.Feed(term);
        // A name two region pages share gets its province in the page's title (<title>, og:title), as the breadcrumbs and the
        // page header show it: "Taizhou, Zhejiang".
        var title = lookup.HasSharedName(term) && term.Parent is not null ? place : term.Name;
        return Paged(Page("term", isRegion ? "regions" : "topics", title, Excerpt.Make(description, 160), page?.Url ?? Permalinks.Term(term), crumbs, feed, "website",
            () => JsonLd.Serialize(new Dictionary<string, object?>
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "CollectionPage",
                ["name"] = term.Name,
                ["description"] = description,
                ["url"] = Absolute(Permalinks.Term(term)),
            }), [feed, .. site.Feeds]), page, "Newer stories", "Older stories");
    }

    /// <summary>The <c>page</c> of a hand-written page such as About (its menu entry, if it has one, marked current).</summary>
    public PageView Markdown(Page page)
    {
        var permalink = Permalinks.Page(page.Slug);
        var section = site.Nav.FirstOrDefault(item => item.Url == permalink)?.Key ?? "";
        return Page("page", section, page.Title, Excerpt.Make(page.Description is { Length: > 0 } d ? d : site.Description, 160), permalink, [Crumb(page.Title, permalink)], null, "website", null);
    }

    /// <summary>The <c>page</c> of the 404 page (no breadcrumbs; not indexed, no canonical URL: Netlify serves it at every unknown path).</summary>
    public PageView NotFound() =>
        Page("404", "", "Page not found", "The page you asked for does not exist.", Permalinks.NotFound, [], null, "website", null) with { NoIndex = true };

    /// <summary>
    /// Adds a listing page's pager and, from page 2 on, the page number to its head title, description
    /// and last breadcrumb (each page is its own canonical URL).
    /// </summary>
    private PageView Paged(PageView view, Pagination? page, string newer, string older)
    {
        if (page is null || page.Count <= 1) return view;
        var n = page.Number.ToString(CultureInfo.InvariantCulture);
        var label = $"Page {n} of {page.Count.ToString(CultureInfo.InvariantCulture)}";
        var pager = new PagerView(page.Number, page.Count, label,
            page.PreviousUrl is { } prev ? new LinkView(newer, prev) : null,
            page.NextUrl is { } next ? new LinkView(older, next) : null);
        if (page.Number == 1) return view with { Pager = pager };
        var crumbs = view.Breadcrumbs.ToList();
        if (crumbs.Count > 0) crumbs[^1] = crumbs[^1] with { Url = page.FirstUrl };
        crumbs.Add(new LinkView($"Page {n}", page.Url));
        return view with
        {
            HeadTitle = new TextLine([view.Title, $", page {n}", " · ", site.Title]),
            Description = Excerpt.Make($"{label}. {view.Description}", 160),
            Breadcrumbs = crumbs,
            Pager = pager,
        };
    }

    /// <param name="kind">Page kind (<see cref="PageView.Kind"/>).</param>
    /// <param name="section">Navigation key of the page's area.</param>
    /// <param name="title">The page's own title.</param>
    /// <param name="description">Meta description.</param>
    /// <param name="permalink">The page's permalink (site-relative).</param>
    /// <param name="trail">Breadcrumbs after Home; empty for none at all.</param>
    /// <param name="follow">The "Follow" feed, or null.</param>
    /// <param name="ogType">Open Graph type.</param>
    /// <param name="jsonLd">Makes the JSON-LD, or null.</param>
    /// <param name="alternates">Feeds for the head, or null for the site feeds.</param>
    private PageView Page(string kind, string section, string title, string description, string permalink, IReadOnlyList<LinkView> trail,
        FeedLinkView? follow, string ogType, Func<TrustedHtml>? jsonLd, IReadOnlyList<FeedLinkView>? alternates = null)
    {
        IReadOnlyList<LinkView> crumbs = trail.Count == 0 ? [] : [Crumb("Home", Permalinks.Home), .. trail];
        var headTitle = new TextLine(kind == "home" ? [site.Title] : [title, " · ", site.Title]); // pieces: each is isolated on its own
        return new PageView(kind, section, title, headTitle, description, permalink, Absolute(permalink), crumbs, alternates ?? site.Feeds, follow, ogType, jsonLd)
        {
            CurrentNavUrl = site.Nav.Any(item => item.Url == permalink) ? permalink : "",
        };
    }

    /// <summary>
    /// The issue's one publication instant (<see cref="PublicationDates.Instant"/>, in the site's zone) as RFC 3339, the same
    /// text the Atom and JSON feeds write (<see cref="FeedDates.ToRfc3339"/>): <c>2020-01-06T00:00:00+08:00</c> (issue #16).
    /// </summary>
    private string Instant(Issue issue) => FeedDates.ToRfc3339(PublicationDates.Instant(issue, _zone.Value));

    private readonly Lazy<TimeZoneInfo> _zone = new(settings.ResolveTimeZone);

    private LinkView Crumb(string title, string permalink) => new(title, permalink);

    private string Absolute(string permalink) => settings.AbsoluteUrl(permalink);
}
