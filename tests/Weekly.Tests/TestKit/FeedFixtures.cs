using System.Net;
using Weekly.Caching;
using Weekly.Core;
using Weekly.Domain;
using Weekly.Feeds;
using Weekly.Rendering;

namespace Weekly.Tests.TestKit;

/// <summary>Hand-built <see cref="SiteModel"/>s for feed tests (the parser and taggers are written elsewhere).</summary>
public static class FeedFixtures
{
    public static readonly Place Fujian = new("350000", "Fujian", PlaceKind.Province, null, "fujian");
    public static readonly Place Fuzhou = new("350100", "Fuzhou", PlaceKind.City, "350000", "fuzhou");
    public static readonly Place Xiamen = new("350200", "Xiamen", PlaceKind.City, "350000", "xiamen");
    public static readonly Place Jiangxi = new("360000", "Jiangxi", PlaceKind.Province, null, "jiangxi");
    public static readonly Place[] AllPlaces = [Fujian, Fuzhou, Xiamen, Jiangxi];

    public static readonly IReadOnlyList<Topic> Taxonomy =
    [
        new("finance", "Finance", ["bank"]),
        new("taxation", "Taxation", ["tax"], "Tax invoices on a blockchain."),
    ];

    public static Story Story(int ordinal, string headline, Place[]? places = null, string[]? topics = null, string? slug = null, DateOnly? date = null) => new()
    {
        Headline = headline,
        Line = 10 * ordinal,
        Ordinal = ordinal,
        Paragraphs = [new Paragraph($"On January 4, {headline} said things.", 10 * ordinal + 2)],
        Places = places ?? [],
        Topics = topics ?? [],
        Slug = slug ?? $"story-{ordinal}",
        Date = date,
    };

    public static Issue Issue(string slug, DateOnly date, string title, IReadOnlyList<Story> stories, int? number = null, DateTimeOffset? publishedAt = null, string? summary = null) => new()
    {
        SourcePath = $"seeds/{slug}.txt",
        Newsletter = "Industry Blockchain Weekly",
        Title = title,
        Date = date,
        PublishedAt = publishedAt,
        Number = number,
        Slug = slug,
        Summary = summary,
        Intro = [new Paragraph($"Intro of {title}.", 3)],
        Sections = [new Section("Government Updates", "Local news", 5, stories, [new Paragraph("Commentary.", 40)])],
    };

    /// <summary>Three issues: two in January 2020 (date-only) and one with an exact publication instant.</summary>
    public static IReadOnlyList<Issue> StandardIssues(string firstHeadline = "Mayor of Fuzhou: Creating a Blockchain City") =>
    [
        Issue("2020-01-06-local-two-sessions", new DateOnly(2020, 1, 6), "Local Two Sessions Discuss Blockchain",
        [
            Story(1, firstHeadline, [Fuzhou], ["finance"], date: new DateOnly(2020, 1, 4)),
            Story(2, "Xiamen Tax Bureau Issues Blockchain Invoices", [Xiamen], ["taxation"]),
            Story(3, "Bank of China: Blockchain Pilot", [], ["finance"]),
        ], number: 1),
        Issue("2020-01-13-supply-chains", new DateOnly(2020, 1, 13), "Supply Chains",
        [
            Story(1, "Jiangxi Launches Supply Chain Platform", [Jiangxi], ["finance", "taxation"]),
            Story(2, "Fuzhou Port Goes On Chain", [Fuzhou], []),
        ], number: 2, publishedAt: new DateTimeOffset(2020, 1, 13, 1, 30, 15, 250, TimeSpan.Zero)),
    ];

    /// <summary>Builds a site model the way the content stage does: issues newest first, terms with their stories newest first.</summary>
    public static SiteModel Site(IReadOnlyList<Issue> issues, SiteSettings? settings = null)
    {
        settings ??= new SiteSettings { BaseUrl = "https://example.org/" };
        var ordered = issues.OrderByDescending(i => i.Date).ThenByDescending(i => i.Number ?? 0).ThenBy(i => i.Slug, StringComparer.Ordinal).ToList();
        var stories = ordered.SelectMany(i => i.Sections.SelectMany(s => s.Stories.Select(st => new StoryEntry(i, s, st)))).ToList();

        var regions = new List<Term>();
        foreach (var province in AllPlaces.Where(p => p.Kind == PlaceKind.Province).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var inProvince = stories.Where(e => e.Story.Places.Any(p => p == province || p.ParentCode == province.Code)).ToList();
            if (inProvince.Count == 0) continue;
            var term = new Term(TaxonomyKind.Region, province.Slug, province.Name, null, inProvince) { Place = province };
            var children = new List<Term>();
            foreach (var city in AllPlaces.Where(p => p.ParentCode == province.Code).OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                var inCity = stories.Where(e => e.Story.Places.Contains(city)).ToList();
                if (inCity.Count > 0) children.Add(new Term(TaxonomyKind.Region, $"{province.Slug}/{city.Slug}", city.Name, term, inCity) { Place = city });
            }
            term.Children = children;
            regions.Add(term);
        }
        var topics = Taxonomy
            .Select(t => new Term(TaxonomyKind.Topic, t.Slug, t.Name, null, stories.Where(e => e.Story.Topics.Contains(t.Slug)).ToList()) { Topic = t })
            .Where(t => t.Stories.Count > 0)
            .ToList();
        return new SiteModel(settings, ordered, stories, regions, topics, Taxonomy);
    }

    public static SiteModel StandardSite(SiteSettings? settings = null) => Site(StandardIssues(), settings);

    /// <summary>Stand-in for the theme's <c>feed-issue</c> partial, for tests of <see cref="FeedBuilder"/> alone.</summary>
    public static string IssueHtml(Issue issue, DiagnosticBag diagnostics) =>
        $"<h1>{Enc(issue.Title)}</h1>" + string.Concat(issue.Stories.Select(s => $"<h2 id=\"{s.Slug}\">{Enc(s.Headline)}</h2>" + string.Concat(s.Paragraphs.Select(p => $"<p>{Enc(p.Text)}</p>"))));

    /// <summary>Stand-in for the theme's <c>feed-story</c> partial.</summary>
    public static string StoryHtml(StoryEntry entry, DiagnosticBag diagnostics) =>
        $"<h2>{Enc(entry.Story.Headline)}</h2>" + string.Concat(entry.Story.Paragraphs.Select(p => $"<p>{Enc(p.Text)}</p>"));

    private static string Enc(string text) => WebUtility.HtmlEncode(text);

    /// <summary>The feeds of <paramref name="site"/> as a build renders them (the repository's theme): destination → content, plus the diagnostics.</summary>
    public static (IReadOnlyDictionary<string, string> Files, IReadOnlyList<Diagnostic> Diagnostics) Generate(SiteModel site)
    {
        var diagnostics = new DiagnosticBag();
        var renderer = new SiteRenderer(Theme.Load(RepoPaths.Theme, diagnostics), site, BuildCache.None);
        FeedRequest[] feeds = [new SiteFeed(FeedFormat.Rss), new SiteFeed(FeedFormat.Atom), new SiteFeed(FeedFormat.Json), .. site.AllTerms.Select(t => new TermFeed(t))];
        var files = feeds.ToDictionary(f => f.Destination, f => renderer.Render(f).ToText(diagnostics), StringComparer.Ordinal);
        return (files, diagnostics.Sorted());
    }

    public static IReadOnlyDictionary<string, string> Files(SiteModel site)
    {
        var (files, diagnostics) = Generate(site);
        Assert.Empty(diagnostics);
        return files;
    }
}
