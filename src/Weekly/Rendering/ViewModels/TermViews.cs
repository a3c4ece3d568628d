using Weekly.Domain;
using Weekly.Feeds;
using Weekly.Text;
using Weekly.Urls;

namespace Weekly.Rendering.ViewModels;

/// <summary>Term views (the <c>term</c> object of a region or topic page, and the <c>terms</c> lists of the indexes).</summary>
public sealed class TermViews(SiteModel site, SiteView siteView, IssueViews issues, ChartViews charts)
{
    /// <summary>
    /// The view of a term page: its stories newest first (only <paramref name="page"/>'s slice when given)
    /// and, for a province, its cities; a topic also gets its issue-by-issue <see cref="TermView.Chart"/>.
    /// </summary>
    public TermView Term(Term term, Pagination? page = null) => new(
        term.Kind == TaxonomyKind.Region ? "region" : "topic",
        term.Name,
        term.Path,
        Permalinks.Term(term),
        Feed(term),
        term.Topic?.Description,
        term.Parent is { } parent ? new LinkView(parent.Name, Permalinks.Term(parent)) : null,
        term.Stories.Count,
        Excerpt.StoryCount(term.Stories.Count),
        (page is null ? term.Stories : page.Slice(term.Stories)).Select(issues.Story).ToList(),
        term.Children.Select(Summary).ToList())
    {
        Chart = term.Kind == TaxonomyKind.Topic ? charts.Topic(term) : null,
        ChineseName = term.Place?.ChineseName,
    };

    /// <summary>Provinces with their story counts and cities (the region index).</summary>
    public IReadOnlyList<TermSummaryView> RegionIndex() => site.Regions.Select(Summary).ToList();

    /// <summary>Topics with their story counts (the topic index).</summary>
    public IReadOnlyList<TermSummaryView> TopicIndex() => site.Topics.Select(Summary).ToList();

    /// <summary>The term's feed link (<see cref="Permalinks.TermFeed"/>), titled as the feed itself is (<see cref="FeedBuilder.TermFeedTitle"/>).</summary>
    public FeedLinkView Feed(Term term) =>
        new(FeedBuilder.TermFeedTitle(siteView.Title, term), Permalinks.TermFeed(term), "application/rss+xml");

    private TermSummaryView Summary(Term term) => new(
        term.Name,
        Permalinks.Term(term),
        term.Stories.Count,
        Excerpt.StoryCount(term.Stories.Count),
        term.Topic?.Description,
        term.Children.Select(Summary).ToList())
    {
        ChineseName = term.Place?.ChineseName,
    };
}
