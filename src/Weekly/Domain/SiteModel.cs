namespace Weekly.Domain;

/// <summary>A story together with the issue and section it belongs to.</summary>
/// <param name="Issue">The issue (tagged, slugs set).</param>
/// <param name="Section">The section within the issue.</param>
/// <param name="Story">The story.</param>
public sealed record StoryEntry(Issue Issue, Section Section, Story Story);

/// <summary>Which taxonomy a term belongs to.</summary>
public enum TaxonomyKind
{
    /// <summary>The region tree: province and city pages under <c>/regions/</c>.</summary>
    Region,

    /// <summary>The topic taxonomy: pages under <c>/topics/</c>.</summary>
    Topic,
}

/// <summary>
/// A term page's data: one province, city or topic, with every story tagged with it (a province's
/// include its cities' stories), newest first. Only terms with at least one story exist.
/// </summary>
/// <param name="Kind">Region or topic.</param>
/// <param name="Path">Slug path below the taxonomy, e.g. <c>fujian/fuzhou</c> or <c>supply-chain</c>.</param>
/// <param name="Name">Display name, e.g. <c>Fuzhou</c>.</param>
/// <param name="Parent">Parent term (a city's province), or null.</param>
/// <param name="Stories">Stories newest first: issue order, then event date descending (undated last), then position in the issue.</param>
public sealed record Term(TaxonomyKind Kind, string Path, string Name, Term? Parent, IReadOnlyList<StoryEntry> Stories)
{
    /// <summary>Child terms (a province's cities), ordered by name (ordinal).</summary>
    public IReadOnlyList<Term> Children { get; internal set; } = [];

    /// <summary>The place, for region terms; null for topics.</summary>
    public Place? Place { get; init; }

    /// <summary>The topic, for topic terms; null for regions.</summary>
    public Topic? Topic { get; init; }
}

/// <summary>
/// The whole site's content, after parsing, tagging, slugging, ordering and numbering: what the content
/// stage makes (<c>CreateSiteModel</c>) and every page, feed, search index and the sitemap are rendered from.
/// </summary>
/// <param name="Settings">Site settings.</param>
/// <param name="Issues">Published issues, newest first (date desc, number desc, slug ordinal).</param>
/// <param name="Stories">All stories, newest first (issue order, then ordinal within the issue).</param>
/// <param name="Regions">Province terms with at least one story, by name; cities are their <see cref="Term.Children"/>.</param>
/// <param name="Topics">Topic terms with at least one story, in taxonomy order.</param>
/// <param name="Taxonomy">The whole topic taxonomy (also topics with no stories).</param>
public sealed record SiteModel(
    SiteSettings Settings,
    IReadOnlyList<Issue> Issues,
    IReadOnlyList<StoryEntry> Stories,
    IReadOnlyList<Term> Regions,
    IReadOnlyList<Term> Topics,
    IReadOnlyList<Topic> Taxonomy)
{
    /// <summary>Hand-written pages from <c>input/pages/</c>, by source path (ordinal).</summary>
    public IReadOnlyList<Page> Pages { get; init; } = [];

    /// <summary>Old URLs of pages that moved, each answered by a redirect to the page's URL now (from <c>permalinks.lock</c>).</summary>
    public IReadOnlyList<Redirect> Redirects { get; init; } = [];

    /// <summary>Every term that has a page and a feed: provinces each followed by their cities, then topics.</summary>
    public IEnumerable<Term> AllTerms => Regions.SelectMany(p => p.Children.Prepend(p)).Concat(Topics);
}

/// <summary>An old URL that keeps working: a page once published at <paramref name="From"/> now lives at <paramref name="To"/>.</summary>
/// <param name="From">The old permalink, site-relative, e.g. <c>/issues/x/old-headline/</c>.</param>
/// <param name="To">The permalink to send readers to.</param>
/// <param name="Title">The title of the page at <paramref name="To"/> (a headline, an issue title), for the alias page's link.</param>
public sealed record Redirect(string From, string To, string Title);
