using System.Collections.Concurrent;
using System.Globalization;
using Weekly.Domain;
using Weekly.Urls;

namespace Weekly.Rendering.ViewModels;

/// <summary>The charts pages show (<see cref="SvgCharts"/>), each with the table of its numbers.</summary>
public sealed class ChartViews(SiteModel site)
{
    /// <summary>Issues shown in a topic's issue-by-issue chart: the most recent 52 (a year of weekly issues).</summary>
    public const int TopicChartIssues = 52;

    /// <summary>Each topic's chart, made once: a topic with thousands of stories has hundreds of pages (term identity, not equality).</summary>
    private readonly ConcurrentDictionary<Term, ChartView> _topicCharts = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The region index's chart: stories per province, most first (ties by name, ordinal), drawn as
    /// horizontal bars with each province's name and count as text.
    /// </summary>
    public ChartView Regions()
    {
        var provinces = site.Regions
            .OrderByDescending(t => t.Stories.Count).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        var svg = SvgCharts.HorizontalBars("regions-chart", "Stories per province",
            $"Horizontal bars: the number of stories about each province, most first; {provinces.Count.ToString(CultureInfo.InvariantCulture)} provinces.",
            provinces.Select(t => new ChartBar(t.Name, t.Stories.Count, $"{t.Name}: {Excerpt.StoryCount(t.Stories.Count)}")).ToList());
        return new ChartView(svg, "Stories per province", "Province", "Stories",
            provinces.Select(t => new ChartRowView(t.Name, Permalinks.Term(t), t.Stories.Count)).ToList());
    }

    /// <summary>How many of each recent issue's stories (at most <see cref="TopicChartIssues"/> issues, oldest first) have the topic.</summary>
    public ChartView Topic(Term term) => _topicCharts.GetOrAdd(term, MakeTopic);

    private ChartView MakeTopic(Term term)
    {
        var counts = term.Stories.CountBy(s => s.Issue.Slug, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var issues = site.Issues.Take(TopicChartIssues).Reverse().ToList();
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
}
