using System.Collections.Concurrent;
using System.Globalization;
using Weekly.Domain;
using Weekly.Rendering.Markup;
using Weekly.Text;
using Weekly.Urls;

namespace Weekly.Rendering.ViewModels;

/// <summary>The charts pages show (<see cref="SvgCharts"/>), each with the table of its numbers.</summary>
public sealed class ChartViews(SiteModel site)
{
    /// <summary>Issues shown one column each in a topic's chart; a site with more issues gets one column per quarter instead.</summary>
    public const int TopicChartIssues = 52;

    /// <summary>Bars of the index charts before the rest are grouped into one "other" row (the table lists them all).</summary>
    public const int TopBars = 12;

    /// <summary>Each topic's chart, made once: a topic with thousands of stories has hundreds of pages (term identity, not equality).</summary>
    private readonly ConcurrentDictionary<Term, ChartView?> _topicCharts = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The region index's chart: stories per province, most first (ties by name, ordinal), the first
    /// <see cref="TopBars"/> as bars and the rest as one "other provinces" row; the table lists every province.
    /// </summary>
    public ChartView Regions() => Ranking(site.Regions, "regions-chart", "Stories per province", "Province", "province", "provinces");

    /// <summary>
    /// The topic index's chart: stories per topic, most first, the first <see cref="TopBars"/> as bars and the rest as one
    /// "other topics" row; with one issue it ranks that issue's topics, with five hundred the archive's.
    /// </summary>
    public ChartView Topics() => Ranking(site.Topics, "topics-chart", "Stories per topic", "Topic", "topic", "topics");

    /// <summary>
    /// A topic's stories over time, oldest first: one column per issue when the site has at most
    /// <see cref="TopicChartIssues"/> issues, else one per calendar quarter (the last <see cref="TopicChartIssues"/>
    /// quarters); null when the site has a single issue (one column says nothing the story count does not).
    /// </summary>
    public ChartView? Topic(Term term) => _topicCharts.GetOrAdd(term, MakeTopic);

    private ChartView Ranking(IReadOnlyList<Term> terms, string id, string title, string heading, string one, string many)
    {
        var ranked = terms.OrderByDescending(t => t.Stories.Count).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
        var bars = ranked.Take(TopBars).Select(t => new ChartBar(t.Name, t.Stories.Count, $"{t.Name}: {Excerpt.StoryCount(t.Stories.Count)}")).ToList();
        var rest = ranked.Skip(TopBars).ToList();
        if (rest.Count > 0)
        {
            var sum = rest.Sum(t => t.Stories.Count);
            var label = $"{N(rest.Count)} other {(rest.Count == 1 ? one : many)}";
            bars.Add(new ChartBar(label, sum, $"{label}: {Excerpt.StoryCount(sum)} in all", NoBar: true));
        }
        var shown = rest.Count > 0 ? $"the {N(TopBars)} with most stories, then the other {N(rest.Count)} together" : $"{N(ranked.Count)} {(ranked.Count == 1 ? one : many)}";
        var svg = SvgCharts.HorizontalBars(id, title, $"Horizontal bars: the number of stories about each {one}, most first; {shown}.", bars);
        return new ChartView(svg, title, heading, "Stories", ranked.Select(t => new ChartRowView(t.Name, Permalinks.Term(t), t.Stories.Count)).ToList());
    }

    private ChartView? MakeTopic(Term term)
    {
        if (site.Issues.Count < 2) return null;
        return site.Issues.Count <= TopicChartIssues ? ByIssue(term) : ByQuarter(term);
    }

    private ChartView ByIssue(Term term)
    {
        var counts = term.Stories.CountBy(s => s.Issue.Slug, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var issues = site.Issues.Reverse().ToList();
        var bars = issues.Select(i =>
        {
            var n = counts.GetValueOrDefault(i.Slug);
            return new ChartBar(DateFormats.Iso(i.Date), n, $"{DateFormats.Display(i.Date)}: {Excerpt.StoryCount(n)}");
        }).ToList();
        var svg = SvgCharts.Columns("topic-chart", $"{term.Name}: stories per issue",
            $"Columns, oldest issue on the left: how many stories about {term.Name} were in each of the {N(issues.Count)} issues.", bars);
        return new ChartView(svg, $"{term.Name}: stories per issue", "Issue", "Stories",
            issues.AsEnumerable().Reverse().Select(i => new ChartRowView($"{DateFormats.Display(i.Date)}: {i.Title}", Permalinks.Issue(i), counts.GetValueOrDefault(i.Slug))).ToList());
    }

    private ChartView ByQuarter(Term term)
    {
        static int Quarter(DateOnly d) => d.Year * 4 + (d.Month - 1) / 3;
        static string Label(int q) => $"{N(q / 4)} Q{N(q % 4 + 1)}";
        var last = Quarter(site.Issues.Max(i => i.Date));
        var first = Math.Max(Quarter(site.Issues.Min(i => i.Date)), last - TopicChartIssues + 1);
        var stories = term.Stories.CountBy(s => Quarter(s.Issue.Date)).ToDictionary();
        var issues = site.Issues.CountBy(i => Quarter(i.Date)).ToDictionary();
        var quarters = Enumerable.Range(first, last - first + 1).ToList();
        var bars = quarters.Select(q =>
        {
            var n = stories.GetValueOrDefault(q);
            var of = issues.GetValueOrDefault(q);
            return new ChartBar(Label(q), n, $"{Label(q)}: {Excerpt.StoryCount(n)} in {N(of)} {(of == 1 ? "issue" : "issues")}");
        }).ToList();
        var svg = SvgCharts.Columns("topic-chart", $"{term.Name}: stories per quarter",
            $"Columns, oldest quarter on the left: how many stories about {term.Name} were published in each of the last {N(quarters.Count)} quarters.", bars);
        return new ChartView(svg, $"{term.Name}: stories per quarter", "Quarter", "Stories",
            quarters.AsEnumerable().Reverse().Select(q => new ChartRowView(Label(q), null, stories.GetValueOrDefault(q))).ToList());
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
