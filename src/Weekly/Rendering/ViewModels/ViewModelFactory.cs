using System.Globalization;
using Weekly.Domain;
using Weekly.Modules;

namespace Weekly.Rendering.ViewModels;

/// <summary>
/// Builds the view models templates get (<c>site</c>, <c>page</c>, <c>issue</c>, <c>story</c>,
/// <c>term</c>) from a <see cref="SiteModel"/>. Every URL comes from <see cref="Permalinks"/>; dates are
/// pre-formatted with the invariant culture. Each issue's view (with its stories' views) is built once,
/// when first asked for, and kept: a thread-safe factory serving parallel renders, and cheap to create
/// (<c>weekly preview</c> renders only the pages a browser asks for).
/// </summary>
public sealed class ViewModelFactory
{
    /// <summary>Site-relative URL of the theme stylesheet (<c>theme/assets/css/site.css</c> copied to <c>output/assets/css/</c>).</summary>
    public const string StylesheetUrl = "/assets/css/site.css";

    /// <summary>Slug of the About page, <c>input/pages/about.md</c>.</summary>
    public const string AboutSlug = "about";

    private const char TitleSeparator = '\u4E28'; // 丨, between newsletter name and title

    private readonly SiteModel _site;
    private readonly Dictionary<string, Term> _regionByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Term> _topicBySlug = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Issue Source, Lazy<IssueView> View)> _issues = new(StringComparer.Ordinal);

    /// <summary>Each topic's chart, made once: a topic with thousands of stories has hundreds of pages (term identity, not equality).</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Term, ChartView> _topicCharts = new(ReferenceEqualityComparer.Instance);

    /// <summary>Each normalized issue title's first issue in site order, for <see cref="MatchPrevious"/> (a scan per issue was quadratic).</summary>
    private readonly Dictionary<string, Issue> _issueByTitle = new(StringComparer.OrdinalIgnoreCase);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Issue, string Story), (Story Source, StoryView View)> _stories = new();

    /// <summary>Prepares the views of <paramref name="site"/> (built when first asked for).</summary>
    public ViewModelFactory(SiteModel site)
    {
        _site = site;
        Site = CreateSite(site.Settings);
        foreach (var province in site.Regions)
        {
            if (province.Place is { } p) _regionByCode.TryAdd(p.Code, province);
            foreach (var city in province.Children)
            {
                if (city.Place is { } c) _regionByCode.TryAdd(c.Code, city);
            }
        }
        foreach (var topic in site.Topics) _topicBySlug.TryAdd(topic.Path, topic);
        foreach (var issue in site.Issues) _issueByTitle.TryAdd(NormalizeTitle(issue.Title), issue);
        for (var i = 0; i < site.Issues.Count; i++)
        {
            var issue = site.Issues[i];
            var newer = i > 0 ? site.Issues[i - 1] : null;
            var older = i + 1 < site.Issues.Count ? site.Issues[i + 1] : null;
            _issues.TryAdd(issue.Slug, (issue, new Lazy<IssueView>(() => BuildIssue(issue, older, newer, register: true))));
        }
    }

    /// <summary>The <c>site</c> object.</summary>
    public SiteView Site { get; }

    /// <summary>Builds the <c>site</c> object from settings alone (for pages rendered without a <see cref="SiteModel"/>).</summary>
    public static SiteView CreateSite(SiteSettings settings)
    {
        var rss = new FeedLinkView($"{settings.Title} (RSS)", Permalinks.RssFeed, "application/rss+xml");
        return new SiteView(
            settings.Title,
            settings.Description,
            settings.BaseUrl,
            settings.Language,
            settings.Author,
            StylesheetUrl,
            [
                new("home", "Home", Permalinks.Home),
                new("issues", "Issues", Permalinks.Archive),
                new("regions", "Regions", Permalinks.Regions),
                new("topics", "Topics", Permalinks.Topics),
                new("search", "Search", Permalinks.Search),
                new("about", "About", Permalinks.Page(AboutSlug)),
                new("rss", "RSS", Permalinks.RssFeed),
            ],
            rss,
            [
                rss,
                new($"{settings.Title} (Atom)", Permalinks.AtomFeed, "application/atom+xml"),
                new($"{settings.Title} (JSON Feed)", Permalinks.JsonFeed, "application/feed+json"),
            ],
            new SiteUrls(Permalinks.Home, Permalinks.Archive, Permalinks.Regions, Permalinks.Topics, Permalinks.Page(AboutSlug))
            {
                Search = Permalinks.Search,
                SearchIndex = Permalinks.SearchIndex,
                SearchScript = Permalinks.SearchScript,
            });
    }

    /// <summary>The view of an issue (cached for issues of the site; built on the fly for others).</summary>
    public IssueView Issue(Issue issue) =>
        _issues.TryGetValue(issue.Slug, out var cached) && ReferenceEquals(cached.Source, issue) ? cached.View.Value : BuildIssue(issue, null, null, register: false);

    /// <summary>The view of a story.</summary>
    public StoryView Story(StoryEntry entry)
    {
        if (_stories.TryGetValue((entry.Issue.Slug, entry.Story.Slug), out var cached) && ReferenceEquals(cached.Source, entry.Story)) return cached.View;
        if (_issues.TryGetValue(entry.Issue.Slug, out var issue) && ReferenceEquals(issue.Source, entry.Issue) && !issue.View.IsValueCreated)
        {
            _ = issue.View.Value; // builds and registers the issue's story views
            if (_stories.TryGetValue((entry.Issue.Slug, entry.Story.Slug), out cached) && ReferenceEquals(cached.Source, entry.Story)) return cached.View;
        }
        var stories = entry.Issue.Stories.ToList();
        var i = stories.FindIndex(s => ReferenceEquals(s, entry.Story));
        return BuildStory(entry.Issue, entry.Section, entry.Story, i > 0 ? stories[i - 1] : null, i >= 0 && i + 1 < stories.Count ? stories[i + 1] : null);
    }

    /// <summary>Issues shown in a topic's issue-by-issue chart: the most recent 52 (a year of weekly issues).</summary>
    public const int TopicChartIssues = 52;

    /// <summary>Other stories listed under "More from …" and "More on …" on a story page.</summary>
    public const int RelatedStories = 5;

    /// <summary>
    /// The view of a term page: its stories newest first (only <paramref name="page"/>'s slice when given)
    /// and, for a province, its cities; a topic also gets its issue-by-issue <see cref="TermView.Chart"/>.
    /// </summary>
    public TermView Term(Term term, Pagination? page = null) => new(
        term.Kind == TaxonomyKind.Region ? "region" : "topic",
        term.Name,
        term.Path,
        Permalinks.Term(term),
        TermFeed(term),
        term.Topic?.Description,
        term.Parent is { } parent ? new LinkView(parent.Name, Permalinks.Term(parent)) : null,
        term.Stories.Count,
        Excerpt.StoryCount(term.Stories.Count),
        (page is null ? term.Stories : page.Slice(term.Stories)).Select(Story).ToList(),
        term.Children.Select(Summary).ToList())
    {
        Chart = term.Kind == TaxonomyKind.Topic ? _topicCharts.GetOrAdd(term, TopicChart) : null,
    };

    /// <summary>
    /// The region index's chart: stories per province, most first (ties by name, ordinal), drawn as
    /// horizontal bars with each province's name and count as text.
    /// </summary>
    public ChartView RegionChart()
    {
        var provinces = _site.Regions
            .OrderByDescending(t => t.Stories.Count).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        var svg = SvgCharts.HorizontalBars("regions-chart", "Stories per province",
            $"Horizontal bars: the number of stories about each province, most first; {provinces.Count.ToString(CultureInfo.InvariantCulture)} provinces.",
            provinces.Select(t => new ChartBar(t.Name, t.Stories.Count, $"{t.Name}: {Excerpt.StoryCount(t.Stories.Count)}")).ToList());
        return new ChartView(svg, "Stories per province", "Province", "Stories",
            provinces.Select(t => new ChartRowView(t.Name, Permalinks.Term(t), t.Stories.Count)).ToList());
    }

    /// <summary>How many of each recent issue's stories (at most <see cref="TopicChartIssues"/> issues, oldest first) have the topic.</summary>
    private ChartView TopicChart(Term term)
    {
        var counts = term.Stories.CountBy(s => s.Issue.Slug, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var issues = _site.Issues.Take(TopicChartIssues).Reverse().ToList();
        var bars = issues.Select(i =>
        {
            var n = counts.GetValueOrDefault(i.Slug);
            return new ChartBar(DateFormats.Iso(i.Date), n, $"{DateFormats.Display(i.Date)}: {Excerpt.StoryCount(n)}");
        }).ToList();
        var what = issues.Count == 1 ? "the latest issue" : $"each of the last {issues.Count.ToString(CultureInfo.InvariantCulture)} issues";
        var svg = SvgCharts.Columns("topic-chart", $"{term.Name}: stories per issue",
            $"Columns, oldest issue on the left: how many stories about {term.Name} were in {what}.", bars);
        return new ChartView(svg, $"{term.Name}: stories per issue", "Issue", "Stories",
            issues.AsEnumerable().Reverse().Select(i => new ChartRowView($"{DateFormats.Display(i.Date)}: {i.Title}", Permalinks.Issue(i), counts.GetValueOrDefault(i.Slug))).ToList());
    }

    /// <summary>
    /// A story page's "More from &lt;region&gt;" (its first place's most specific term: the city, else the
    /// province) and "More on &lt;topic&gt;" (its first topic) lists: up to <see cref="RelatedStories"/> other
    /// stories of the term, newest first. A term with no other story gives no list.
    /// </summary>
    public IReadOnlyList<RelatedView> Related(StoryEntry entry)
    {
        var result = new List<RelatedView>(2);
        var region = entry.Story.Places
            .Select(p => _regionByCode.GetValueOrDefault(p.Code) ?? (p.ParentCode is { } parent ? _regionByCode.GetValueOrDefault(parent) : null))
            .FirstOrDefault(t => t is not null);
        var topic = entry.Story.Topics.Select(slug => _topicBySlug.GetValueOrDefault(slug)).FirstOrDefault(t => t is not null);
        if (region is not null && RelatedList(region, "More from ", entry) is { } fromRegion) result.Add(fromRegion);
        if (topic is not null && RelatedList(topic, "More on ", entry) is { } onTopic) result.Add(onTopic);
        return result;
    }

    /// <summary>
    /// Each term's list for the stories outside its first <see cref="RelatedStories"/>: the same for all of
    /// them (the term's newest stories), so one object, which the theme renders once (<c>include_cached</c>).
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Term, RelatedView?> _relatedLists = new(ReferenceEqualityComparer.Instance);

    /// <summary>Up to <see cref="RelatedStories"/> stories of <paramref name="term"/> other than <paramref name="entry"/>'s, newest first, or null when there are none.</summary>
    private RelatedView? RelatedList(Term term, string heading, StoryEntry entry)
    {
        bool IsEntry(StoryEntry s) => s.Issue.Slug == entry.Issue.Slug && s.Story.Slug == entry.Story.Slug;
        var top = term.Stories.Take(RelatedStories);
        return top.Any(IsEntry) ? Make(term.Stories.Where(s => !IsEntry(s))) : _relatedLists.GetOrAdd(term, _ => Make(top));

        RelatedView? Make(IEnumerable<StoryEntry> stories)
        {
            var others = stories.Take(RelatedStories).Select(s => new LinkView(s.Story.Headline, Permalinks.Story(s.Issue, s.Story))).ToList();
            return others.Count == 0 ? null : new RelatedView(heading + term.Name, new LinkView(term.Name, Permalinks.Term(term)), others);
        }
    }

    /// <summary>Provinces with their story counts and cities (the region index).</summary>
    public IReadOnlyList<TermSummaryView> RegionIndex() => _site.Regions.Select(Summary).ToList();

    /// <summary>Topics with their story counts (the topic index).</summary>
    public IReadOnlyList<TermSummaryView> TopicIndex() => _site.Topics.Select(Summary).ToList();

    /// <summary>The term's feed link (<see cref="Permalinks.TermFeed"/>).</summary>
    public FeedLinkView TermFeed(Term term) =>
        new($"{term.Name} · {Site.Title} (RSS)", Permalinks.TermFeed(term), "application/rss+xml");

    /// <summary>The <c>page</c> of the home page.</summary>
    public PageView HomePage() => Page("home", "home", Site.Title, Site.Description, Permalinks.Home, [], Site.Rss, "website",
        () => JsonLd.Serialize(new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "WebSite",
            ["name"] = Site.Title,
            ["description"] = Site.Description,
            ["url"] = Absolute(Permalinks.Home),
        }));

    /// <summary>The <c>page</c> of the issue archive, or of one of its pages (<c>/issues/page/2/</c>).</summary>
    public PageView ArchivePage(Pagination? page = null) => Paged(
        Page("archive", "issues", "All issues", $"Every issue of {Site.Title}, newest first.",
            page?.Url ?? Permalinks.Archive, [Crumb("All issues", Permalinks.Archive)], null, "website", null),
        page, "Newer issues", "Older issues");

    /// <summary>The <c>page</c> of the search page <c>/search/</c>.</summary>
    public PageView SearchPage() => Page("search", "search", "Search", $"Search every story of {Site.Title} by place, word or phrase.",
        Permalinks.Search, [Crumb("Search", Permalinks.Search)], null, "website", null);

    /// <summary>
    /// Adds a listing page's pager and, from page 2 on, the page number to its head title, description
    /// and last breadcrumb (each page is its own canonical URL).
    /// </summary>
    private static PageView Paged(PageView view, Pagination? page, string newer, string older)
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
            HeadTitle = view.HeadTitle.Replace(view.Title + " · ", $"{view.Title}, page {n} · ", StringComparison.Ordinal),
            Description = Excerpt.Make($"{label}. {view.Description}", 160),
            Breadcrumbs = crumbs,
            Pager = pager,
        };
    }

    /// <summary>The <c>page</c> of an issue page.</summary>
    public PageView IssuePage(Issue issue)
    {
        var view = Issue(issue);
        return Published(view.DateIso, Page("issue", "issues", view.Title, Excerpt.Make(view.Description, 160), view.Url,
            [Crumb(view.Title, view.Url)], null, "article",
            () => JsonLd.Serialize(new Dictionary<string, object?>
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "PublicationIssue",
                ["name"] = view.Title,
                ["issueNumber"] = view.Number?.ToString(CultureInfo.InvariantCulture),
                ["datePublished"] = view.DateIso,
                ["url"] = Absolute(view.Url),
                ["description"] = view.Description,
                ["isPartOf"] = new Dictionary<string, object?> { ["@type"] = "Periodical", ["name"] = Site.Title, ["url"] = Absolute(Permalinks.Home) },
            })));
    }

    private static PageView Published(string dateIso, PageView page) => page with { Published = dateIso };

    /// <summary>The <c>page</c> of a story page (breadcrumbs Home &gt; Issue &gt; Story).</summary>
    public PageView StoryPage(StoryEntry entry)
    {
        var view = Story(entry);
        IReadOnlyList<FeedLinkView>? alternates = MostSpecificTerm(entry.Story) is { } term ? [TermFeed(term), .. Site.Feeds] : null;
        return Published(view.IssueDateIso, Page("story", "issues", view.Headline, Excerpt.Make(view.Excerpt, 160), view.Url,
            [Crumb(view.Issue.Title, view.Issue.Url), Crumb(view.Headline, view.Url)], null, "article",
            () => JsonLd.Serialize(new Dictionary<string, object?>
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "NewsArticle",
                ["headline"] = view.Headline,
                ["datePublished"] = view.IssueDateIso,
                ["url"] = Absolute(view.Url),
                ["mainEntityOfPage"] = Absolute(view.Url),
                ["description"] = view.Excerpt,
                ["contentLocation"] = view.Regions.Count == 0 ? null : view.Regions.Select(r => new Dictionary<string, object?> { ["@type"] = "Place", ["name"] = r.Title }).ToList(),
                ["about"] = view.Topics.Count == 0 ? null : view.Topics.Select(t => t.Title).ToList(),
                ["isPartOf"] = new Dictionary<string, object?> { ["@type"] = "PublicationIssue", ["name"] = view.Issue.Title, ["url"] = Absolute(view.Issue.Url) },
                ["publisher"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = Site.Author },
            }), alternates));
    }

    /// <summary>The term whose feed best follows a story: its first place's page (a district's city), else its first topic.</summary>
    private Term? MostSpecificTerm(Story story)
    {
        foreach (var place in story.Places)
        {
            var term = _regionByCode.GetValueOrDefault(place.Code) ?? (place.ParentCode is { } parent ? _regionByCode.GetValueOrDefault(parent) : null);
            if (term is not null) return term;
        }
        return story.Topics.Select(slug => _topicBySlug.GetValueOrDefault(slug)).FirstOrDefault(t => t is not null);
    }

    /// <summary>The <c>page</c> of a taxonomy index (<c>/regions/</c> or <c>/topics/</c>).</summary>
    public PageView TermIndexPage(TaxonomyKind kind)
    {
        var (key, title, what) = kind == TaxonomyKind.Region ? ("regions", "Regions", "province and city") : ("topics", "Topics", "topic");
        var url = Permalinks.Taxonomy(kind);
        return Page(key, key, title, $"Stories of {Site.Title} by {what}.", url, [Crumb(title, url)], null, "website", null);
    }

    /// <summary>
    /// The <c>page</c> of a term page (or of one of its pages, <c>/regions/beijing/page/2/</c>): breadcrumbs
    /// through its parent, and its feed as alternate and "Follow" link.
    /// </summary>
    public PageView TermPage(Term term, Pagination? page = null)
    {
        var isRegion = term.Kind == TaxonomyKind.Region;
        var index = isRegion ? Crumb("Regions", Permalinks.Regions) : Crumb("Topics", Permalinks.Topics);
        var crumbs = new List<LinkView> { index };
        if (term.Parent is { } parent) crumbs.Add(Crumb(parent.Name, Permalinks.Term(parent)));
        crumbs.Add(Crumb(term.Name, Permalinks.Term(term)));
        var place = term.Parent is { } p ? $"{term.Name}, {p.Name}" : term.Name;
        var description = term.Topic?.Description is { Length: > 0 } d
            ? d
            : isRegion ? $"Blockchain policy and industry news from {place}, from {Site.Title}." : $"Stories about {term.Name} from {Site.Title}.";
        var feed = TermFeed(term);
        return Paged(Page("term", isRegion ? "regions" : "topics", term.Name, Excerpt.Make(description, 160), page?.Url ?? Permalinks.Term(term), crumbs, feed, "website",
            () => JsonLd.Serialize(new Dictionary<string, object?>
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "CollectionPage",
                ["name"] = term.Name,
                ["description"] = description,
                ["url"] = Absolute(Permalinks.Term(term)),
            }), [feed, .. Site.Feeds]), page, "Newer stories", "Older stories");
    }

    /// <summary>The <c>page</c> of a hand-written Markdown page such as About.</summary>
    /// <param name="settings">Site settings (title for the head, base URL).</param>
    /// <param name="title">Front matter <c>title</c>.</param>
    /// <param name="description">Front matter <c>description</c>, or null (the site description is used).</param>
    /// <param name="permalink">Site-relative URL, e.g. <c>/about/</c>.</param>
    /// <param name="section">Navigation key, e.g. <c>about</c>, or empty.</param>
    public static PageView MarkdownPage(SiteSettings settings, string title, string? description, string permalink, string section)
    {
        var site = CreateSite(settings);
        return new PageView("page", section, title, $"{title} · {site.Title}", Excerpt.Make(description ?? site.Description, 160), permalink,
            settings.AbsoluteUrl(permalink), [new LinkView("Home", Permalinks.Home), new LinkView(title, permalink)], site.Feeds, null, "website", null)
        {
            CurrentNavUrl = CurrentNavUrl(site, permalink),
        };
    }

    /// <summary>The <c>page</c> of the 404 page (canonical is <c>/404.html</c>; no breadcrumbs).</summary>
    public PageView NotFoundPage() =>
        Page("404", "", "Page not found", "The page you asked for does not exist.", Permalinks.NotFound, [], null, "website", null);

    /// <summary>The site's issues as views, newest first; at most <paramref name="count"/> when given.</summary>
    public IReadOnlyList<IssueView> Issues(int? count = null) =>
        _site.Issues.Take(count ?? int.MaxValue).Select(Issue).ToList();

    private PageView Page(string kind, string section, string title, string description, string permalink, IReadOnlyList<LinkView> trail,
        FeedLinkView? follow, string ogType, Func<TrustedHtml>? jsonLd, IReadOnlyList<FeedLinkView>? alternates = null)
    {
        IReadOnlyList<LinkView> crumbs = trail.Count == 0 ? [] : [Crumb("Home", Permalinks.Home), .. trail];
        var headTitle = kind == "home" ? Site.Title : $"{title} · {Site.Title}";
        return new PageView(kind, section, title, headTitle, description, permalink, Absolute(permalink), crumbs, alternates ?? Site.Feeds, follow, ogType, jsonLd)
        {
            CurrentNavUrl = CurrentNavUrl(Site, permalink),
        };
    }

    /// <summary><paramref name="permalink"/> when a header menu item links to it, else empty (<see cref="PageView.CurrentNavUrl"/>).</summary>
    private static string CurrentNavUrl(SiteView site, string permalink)
    {
        foreach (var item in site.Nav) if (item.Url == permalink) return permalink;
        return "";
    }

    private static LinkView Crumb(string title, string url) => new(title, url);

    private string Absolute(string permalink) => _site.Settings.AbsoluteUrl(permalink);

    private TermSummaryView Summary(Term term) => new(
        term.Name,
        Permalinks.Term(term),
        term.Stories.Count,
        Excerpt.StoryCount(term.Stories.Count),
        term.Topic?.Description,
        term.Children.Select(Summary).ToList());

    private IssueView BuildIssue(Issue issue, Issue? older, Issue? newer, bool register)
    {
        var stories = issue.Stories.ToList();
        var sections = new List<SectionView>();
        var index = 0;
        foreach (var (section, n) in issue.Sections.Select((s, n) => (s, n)))
        {
            var views = new List<StoryView>();
            foreach (var story in section.Stories)
            {
                var i = index; // position in the flattened list: sections in order, stories in order
                var view = BuildStory(issue, section, story, i > 0 ? stories[i - 1] : null, i >= 0 && i + 1 < stories.Count ? stories[i + 1] : null);
                if (register) _stories.TryAdd((issue.Slug, story.Slug), (story, view));
                views.Add(view);
                index++;
            }
            var commentary = section.Commentary.Select(p => p.Text).ToList();
            sections.Add(new SectionView($"section-{(n + 1).ToString(CultureInfo.InvariantCulture)}", section.Name, section.Title, views, commentary, commentary.Count > 0));
        }
        var intro = issue.Intro.Select(p => p.Text).ToList();
        var description = issue.Summary is { Length: > 0 } summary ? summary : Excerpt.Make(string.Join(' ', intro));
        return new IssueView(
            issue.Title,
            issue.Newsletter,
            issue.Number,
            issue.Number is { } number ? "Issue " + number.ToString(CultureInfo.InvariantCulture) : "",
            issue.Slug,
            Permalinks.Issue(issue),
            DateFormats.Iso(issue.Date),
            DateFormats.Display(issue.Date),
            description,
            intro,
            sections,
            index,
            Excerpt.StoryCount(index),
            issue.Previous is { } previous ? new PreviousIssueView(previous.Title, MatchPrevious(previous.Title) is { } match ? Permalinks.Issue(match) : null) : null,
            older is null ? null : new LinkView(older.Title, Permalinks.Issue(older)),
            newer is null ? null : new LinkView(newer.Title, Permalinks.Issue(newer)));
    }

    private StoryView BuildStory(Issue issue, Section section, Story story, Story? previous, Story? next)
    {
        var paragraphs = story.Paragraphs.Select(p => p.Text).ToList();
        return new StoryView(
            story.Slug,
            story.Headline,
            Permalinks.Story(issue, story),
            Permalinks.StoryAnchor(issue, story),
            story.Date is { } d ? DateFormats.Iso(d) : null,
            story.Date is { } e ? DateFormats.Display(e) : null,
            paragraphs,
            Excerpt.Make(paragraphs.Count > 0 ? paragraphs[0] : story.Headline),
            RegionLinks(story),
            TopicLinks(story),
            new LinkView(issue.Title, Permalinks.Issue(issue)),
            DateFormats.Iso(issue.Date),
            DateFormats.Display(issue.Date),
            section.Name,
            previous is null ? null : new LinkView(previous.Headline, Permalinks.Story(issue, previous)),
            next is null ? null : new LinkView(next.Headline, Permalinks.Story(issue, next)));
    }

    /// <summary>Province then city links for each place; a district links to its nearest term (its city, or a municipality).</summary>
    private List<LinkView> RegionLinks(Story story)
    {
        var links = new List<LinkView>();
        foreach (var place in story.Places)
        {
            var term = _regionByCode.GetValueOrDefault(place.Code)
                ?? (place.ParentCode is { } parent ? _regionByCode.GetValueOrDefault(parent) : null);
            if (term is null) continue;
            foreach (var t in term.Parent is { } p ? new[] { p, term } : [term])
            {
                var link = new LinkView(t.Name, Permalinks.Term(t));
                if (!links.Contains(link)) links.Add(link);
            }
        }
        return links;
    }

    private List<LinkView> TopicLinks(Story story)
    {
        var links = new List<LinkView>();
        foreach (var slug in story.Topics)
        {
            var name = _topicBySlug.TryGetValue(slug, out var term) ? term.Name
                : _site.Taxonomy.FirstOrDefault(t => t.Slug == slug)?.Name ?? slug;
            links.Add(new LinkView(name, Permalinks.Topic(slug)));
        }
        return links;
    }

    /// <summary>
    /// Finds the issue a footer title names: the text after the last <c>丨</c> (the footer may name the
    /// newsletter differently), compared with issue titles ignoring case and whitespace runs.
    /// </summary>
    private Issue? MatchPrevious(string footerTitle)
    {
        var wanted = NormalizeTitle(footerTitle);
        return wanted.Length == 0 ? null : _issueByTitle.GetValueOrDefault(wanted);
    }

    private static string NormalizeTitle(string title)
    {
        var cut = title.LastIndexOf(TitleSeparator);
        var text = cut >= 0 ? title[(cut + 1)..] : title;
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
