using System.Collections.Concurrent;
using System.Globalization;
using Weekly.Domain;
using Weekly.Rendering.Markup;
using Weekly.Text;
using Weekly.Urls;

namespace Weekly.Rendering.ViewModels;

/// <summary>
/// Issue and story views (the <c>issue</c> and <c>story</c> objects), URLs site-relative. Each issue of the site gets its view,
/// with its stories' views, once, when first asked for (a preview renders only the pages a browser asks for);
/// thread-safe. Dates are formatted with the invariant culture.
/// </summary>
public sealed class IssueViews
{
    /// <summary>What a title line puts between newsletter name and title (as <c>SeedStructure</c> reads it), and the dash and colon a footer may use.</summary>
    private static readonly string[] FooterSeparators = ["\u4E28", "|", "\uFF5C", " - ", " \u2014 ", " \u2013 ", ": ", "\uFF1A"];

    private readonly SiteModel _site;
    private readonly TermLookup _terms;
    private readonly Dictionary<string, (Issue Source, Lazy<IssueView> View)> _issues = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Issue, string Story), (Story Source, StoryView View)> _stories = new();

    /// <summary>Each distinct set of term links, by their URLs: shared by the stories that have it.</summary>
    private readonly ConcurrentDictionary<string, TermLinksView> _termLinks = new(StringComparer.Ordinal);

    /// <summary>Each normalized issue title's first issue in site order, for <see cref="MatchPrevious"/>.</summary>
    private readonly Dictionary<string, Issue> _issueByTitle = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepares the views of <paramref name="site"/> (built when first asked for).</summary>
    public IssueViews(SiteModel site, TermLookup terms)
    {
        (_site, _terms) = (site, terms);
        foreach (var issue in site.Issues) _issueByTitle.TryAdd(CollapseSpaces(issue.Title), issue);
        for (var i = 0; i < site.Issues.Count; i++)
        {
            var issue = site.Issues[i];
            var newer = i > 0 ? site.Issues[i - 1] : null;
            var older = i + 1 < site.Issues.Count ? site.Issues[i + 1] : null;
            _issues.TryAdd(issue.Slug, (issue, new Lazy<IssueView>(() => BuildIssue(issue, older, newer, register: true))));
        }
    }

    /// <summary>The view of an issue (kept for issues of the site; built on the fly for others).</summary>
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

    /// <summary>The site's issues as views, newest first; at most <paramref name="count"/> when given.</summary>
    public IReadOnlyList<IssueView> Issues(int? count = null) =>
        _site.Issues.Take(count ?? int.MaxValue).Select(Issue).ToList();

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
        var description = issue.Summary is { Length: > 0 } summary ? summary : Excerpt.Make(issue.Lead);
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
        var termLinks = TermLinks(story);
        return new StoryView(
            story.Slug,
            story.Headline,
            Permalinks.Story(issue, story),
            Permalinks.StoryAnchor(issue, story),
            story.Date is { } d ? DateFormats.Iso(d) : null,
            story.Date is { } e ? DateFormats.Display(e) : null,
            paragraphs,
            Excerpt.Make(paragraphs.Count > 0 ? paragraphs[0] : story.Headline),
            termLinks.Regions,
            termLinks.Topics,
            new LinkView(issue.Title, Permalinks.Issue(issue)),
            DateFormats.Iso(issue.Date),
            DateFormats.Display(issue.Date),
            section.Name,
            previous is null ? null : new LinkView(previous.Headline, Permalinks.Story(issue, previous)),
            next is null ? null : new LinkView(next.Headline, Permalinks.Story(issue, next)))
        {
            TermLinks = termLinks,
        };
    }

    /// <summary>The story's term links, as the one object every story with the same links shares.</summary>
    private TermLinksView TermLinks(Story story)
    {
        var regions = RegionLinks(story);
        var topics = TopicLinks(story);
        var key = string.Join('\n', regions.Select(l => l.Url)) + "\n\n" + string.Join('\n', topics.Select(l => l.Url));
        return _termLinks.GetOrAdd(key, _ => new TermLinksView(regions, topics));
    }

    /// <summary>Province then city links for each place; a district links to its nearest term (its city, or a municipality).</summary>
    private List<LinkView> RegionLinks(Story story)
    {
        var links = new List<LinkView>();
        foreach (var place in story.Places)
        {
            if (_terms.Region(place) is not { } term) continue;
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
            var name = _terms.Topic(slug)?.Name ?? _site.Taxonomy.FirstOrDefault(t => t.Slug == slug)?.Name ?? slug;
            links.Add(new LinkView(name, Permalinks.Topic(slug)));
        }
        return links;
    }

    /// <summary>
    /// Finds the issue a footer title names: the whole text, else the text after any of the separators a title line
    /// uses (<c>丨 | ｜</c>, also a dash or colon: the footer may name the newsletter differently), left to right,
    /// compared with issue titles ignoring case and whitespace runs.
    /// </summary>
    private Issue? MatchPrevious(string footerTitle)
    {
        var text = CollapseSpaces(footerTitle);
        if (text.Length == 0) return null;
        if (_issueByTitle.TryGetValue(text, out var whole)) return whole;
        Issue? found = null;
        var first = int.MaxValue;
        foreach (var separator in FooterSeparators)
        {
            for (var at = text.IndexOf(separator, StringComparison.Ordinal); at >= 0; at = text.IndexOf(separator, at + 1, StringComparison.Ordinal))
            {
                if (at >= first) break;
                if (_issueByTitle.TryGetValue(text[(at + separator.Length)..].Trim(), out var issue)) (found, first) = (issue, at);
            }
        }
        return found;
    }

    private static string CollapseSpaces(string title) =>
        string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
