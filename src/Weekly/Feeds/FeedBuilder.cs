using System.Collections.Concurrent;
using Weekly.Content;
using Weekly.Core;
using Weekly.Domain;
using Weekly.Text;
using Weekly.Urls;

namespace Weekly.Feeds;

/// <summary>
/// Builds <see cref="Feed"/>s from a <see cref="SiteModel"/>: the site feed (one item per issue, full
/// content) and one feed per term (one item per story; a province's includes its cities' stories, as
/// <see cref="Term.Stories"/> does). Items are newest first with a deterministic tie-break and limited
/// by <see cref="SiteSettings.SiteFeedItems"/> / <see cref="SiteSettings.TermFeedItems"/>. Dates are in
/// the site's time zone (<see cref="PublicationDates"/>), ids per <see cref="FeedIds"/>, links absolute; the content
/// comes from the caller with its URLs absolute. Thread-safe: feeds may be built in parallel (a story's item is
/// made once and shared by the feeds that list it).
/// </summary>
public sealed class FeedBuilder
{
    private readonly SiteModel _site;
    private readonly SiteSettings _settings;
    private readonly TimeZoneInfo _zone;
    private readonly Func<Issue, DiagnosticBag, string> _issueContent;
    private readonly Func<StoryEntry, DiagnosticBag, string> _storyContent;
    private readonly string _taggingEntity;
    private readonly Dictionary<Issue, DateTimeOffset> _instants;
    private readonly ConcurrentDictionary<Story, Lazy<FeedItem>> _storyItems = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string> _topicNames;

    /// <summary>Creates a builder for one build.</summary>
    /// <param name="site">The site's content model (issues and stories slugged).</param>
    /// <param name="issueContent">Renders an issue's full content as an HTML fragment, every URL absolute (the theme's job), reporting template problems to the bag.</param>
    /// <param name="storyContent">Renders a story's content as an HTML fragment, as <paramref name="issueContent"/>.</param>
    /// <exception cref="TimeZoneNotFoundException">The settings' time zone is unknown (the settings loader reports it first, WK0005).</exception>
    public FeedBuilder(SiteModel site, Func<Issue, DiagnosticBag, string> issueContent, Func<StoryEntry, DiagnosticBag, string> storyContent)
    {
        _site = site;
        _settings = site.Settings;
        _zone = _settings.ResolveTimeZone();
        _taggingEntity = FeedIds.TaggingEntity(_settings);
        _instants = new Dictionary<Issue, DateTimeOffset>(ReferenceEqualityComparer.Instance);
        foreach (var issue in site.Issues) _instants.TryAdd(issue, PublicationDates.Instant(issue, _zone));
        _issueContent = issueContent;
        _storyContent = storyContent;
        _topicNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var topic in site.Taxonomy) _topicNames.TryAdd(topic.Slug, topic.Name);
    }

    /// <summary>
    /// The site feed: one item per issue, in the site's order (<see cref="SiteModel.Issues"/>, as the content stage ordered
    /// them: newest first), at most <see cref="SiteSettings.SiteFeedItems"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">Two issues share a slug or an issue has none (a bug upstream).</exception>
    /// <param name="diagnostics">Receives the feed partials' template problems.</param>
    public Feed BuildSiteFeed(DiagnosticBag diagnostics)
    {
        var ordered = _site.Issues
            .Select(issue => (Issue: issue, Id: FeedIds.ForIssue(_settings, issue), Instant: InstantOf(issue)))
            .ToList();
        var duplicate = ordered.GroupBy(x => x.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"Two issues have the feed id '{duplicate.Key}'; issue slugs must be unique.");
        // Content is rendered only for the items that make the cut.
        var items = ordered.Take(Math.Max(0, _settings.SiteFeedItems)).Select(x => IssueItem(x.Issue, x.Id, x.Instant, diagnostics)).ToList();
        return MakeFeed(FeedIds.ForSite(_settings), _settings.Title, _settings.Description, Permalinks.Home, items);
    }

    /// <summary>
    /// A term's feed: one item per story, in the term page's order (<see cref="Term.Stories"/>: the site's issue order, then
    /// event date), a story listed once even if tagged twice, at most <see cref="SiteSettings.TermFeedItems"/>.
    /// </summary>
    /// <param name="term">The term.</param>
    /// <param name="diagnostics">Receives the feed partials' template problems (for a story item, those of the first feed that makes it).</param>
    public Feed BuildTermFeed(Term term, DiagnosticBag diagnostics)
    {
        var items = term.Stories
            .Select(entry => (Entry: entry, Instant: InstantOf(entry.Issue)))
            // An item's id is the issue slug and the ordinal (FeedIds.ForStory): the same stories as a distinct by id.
            .DistinctBy(x => (x.Entry.Issue.Slug, x.Entry.Story.Ordinal))
            .Take(Math.Max(0, _settings.TermFeedItems))
            .Select(x => StoryItem(x.Entry, x.Instant, diagnostics))
            .ToList();
        var label = TermLabel(term);
        var description = term.Topic?.Description ?? (term.Kind == TaxonomyKind.Region
            ? $"Stories about {label} from {_settings.Title}."
            : $"Stories on {label} from {_settings.Title}.");
        return MakeFeed(FeedIds.ForTerm(_settings, term), TermFeedTitle(_settings.Title, term), description, Permalinks.Term(term), items);
    }

    /// <summary>
    /// A term feed's title, its <c>&lt;title&gt;</c> and the pages' autodiscovery link title alike:
    /// <c>Industry Blockchain Weekly: Fuzhou, Fujian</c> (a city with its province), <c>Industry Blockchain Weekly: Copyright</c>.
    /// </summary>
    public static string TermFeedTitle(string siteTitle, Term term) => $"{siteTitle}: {TermLabel(term)}";

    private static string TermLabel(Term term) => term.Parent is null ? term.Name : $"{term.Name}, {term.Parent.Name}";

    private Feed MakeFeed(string id, string title, string description, string permalink, IReadOnlyList<FeedItem> items)
    {
        var updated = items.Count == 0
            ? TimeZoneInfo.ConvertTime(DateTimeOffset.UnixEpoch, _zone)
            : items.Max(i => i.Updated);
        return new Feed(id, title, description, _settings.AbsoluteUrl(permalink), _settings.Language, _settings.Author, updated, items);
    }

    private FeedItem IssueItem(Issue issue, string id, DateTimeOffset instant, DiagnosticBag diagnostics)
    {
        var link = _settings.AbsoluteUrl(Permalinks.Issue(issue));
        // The front matter's summary, else the intro in full; without an intro, the first story's text clipped as a description.
        var summary = issue.Summary is { Length: > 0 } given ? given : issue.HasIntro ? issue.Lead : Excerpt.Make(issue.Lead);
        var categories = issue.Stories.SelectMany(s => s.Topics).Distinct(StringComparer.Ordinal)
            .OrderBy(TaxonomyIndex).Select(TopicName).ToList();
        return new FeedItem(id, issue.Title, link, instant, instant,
            _issueContent(issue, diagnostics), summary, categories, _settings.Author);
    }

    private DateTimeOffset InstantOf(Issue issue) =>
        _instants.TryGetValue(issue, out var instant) ? instant : PublicationDates.Instant(issue, _zone);

    // Made once per story, however many term feeds list it (and however many threads ask at once).
    private FeedItem StoryItem(StoryEntry entry, DateTimeOffset instant, DiagnosticBag diagnostics) =>
        _storyItems.GetOrAdd(entry.Story, static (_, x) => new Lazy<FeedItem>(() => x.Builder.MakeStoryItem(x.Entry, x.Instant, x.Diagnostics)),
            (Builder: this, Entry: entry, Instant: instant, Diagnostics: diagnostics)).Value;

    private FeedItem MakeStoryItem(StoryEntry entry, DateTimeOffset instant, DiagnosticBag diagnostics)
    {
        var id = FeedIds.ForStory(_taggingEntity, entry.Issue, entry.Story);
        var story = entry.Story;
        var link = _settings.AbsoluteUrl(Permalinks.Story(entry.Issue, story));
        var summary = story.Paragraphs.Count > 0 ? story.Paragraphs[0].Text : story.Headline;
        var categories = story.Places.Select(p => p.Name)
            .Concat(story.Topics.OrderBy(TaxonomyIndex).Select(TopicName))
            .Distinct(StringComparer.Ordinal).ToList();
        return new FeedItem(id, story.Headline, link, instant, instant,
            _storyContent(entry, diagnostics), summary, categories, _settings.Author);
    }

    private string TopicName(string slug) => _topicNames.TryGetValue(slug, out var name) ? name : slug;

    private int TaxonomyIndex(string slug)
    {
        for (var i = 0; i < _site.Taxonomy.Count; i++)
        {
            if (string.Equals(_site.Taxonomy[i].Slug, slug, StringComparison.Ordinal)) return i;
        }
        return int.MaxValue;
    }
}
