using Weekly.Domain;

namespace Weekly.Content;

/// <summary>
/// Makes the <see cref="SiteModel"/> from the ordered, numbered issues and the pages: lists the stories and
/// groups them into region terms (province and city; a district rolls up into its city, or is the second
/// level under a municipality) and topic terms, each term's stories newest first (issue order, then event
/// date descending, undated last, then position). Only terms with a story exist.
/// </summary>
/// <param name="parentOf">The region tree's parent lookup (null for a province).</param>
/// <param name="taxonomy">The topic taxonomy, in display order.</param>
public sealed class SiteModelBuilder(Func<Place, Place?> parentOf, IReadOnlyList<Topic> taxonomy)
{
    /// <summary>Builds the model.</summary>
    /// <param name="settings">The site's settings.</param>
    /// <param name="issues">Tagged, slugged and numbered issues in <see cref="IssueOrder.NewestFirst"/> order.</param>
    /// <param name="pages">Hand-written pages, by source path.</param>
    public SiteModel Build(SiteSettings settings, IReadOnlyList<Issue> issues, IReadOnlyList<Page> pages)
    {
        var stories = new List<StoryEntry>(issues.Sum(i => i.Sections.Sum(s => s.Stories.Count)));
        foreach (var issue in issues)
        {
            foreach (var section in issue.Sections)
            {
                foreach (var story in section.Stories) stories.Add(new StoryEntry(issue, section, story));
            }
        }
        var newestFirst = NewestFirst(issues, stories);
        var regions = Task.Run(() => GroupRegions(newestFirst)); // the two groupings share nothing
        var topics = GroupTopics(newestFirst);
        return new SiteModel(settings, issues, stories, regions.GetAwaiter().GetResult(), topics, taxonomy) { Pages = pages };
    }

    /// <summary>
    /// The stories in term order: issue order (<see cref="IssueOrder.NewestFirst"/>), then event date
    /// descending (undated last), then position. Issues arrive in that order already (the content stage
    /// sorts them once their numbers are final, <c>NumberIssues</c>), so each issue's stories are sorted on
    /// their own; the whole list is sorted only when issues are given out of order (a model built by hand).
    /// </summary>
    private static List<StoryEntry> NewestFirst(IReadOnlyList<Issue> issues, List<StoryEntry> stories)
    {
        var ordered = true;
        for (var i = 1; i < issues.Count && ordered; i++) ordered = IssueOrder.NewestFirst.Compare(issues[i - 1], issues[i]) <= 0;
        if (!ordered)
        {
            return stories.Index()
                .OrderBy(x => x.Item.Issue, IssueOrder.NewestFirst)
                .ThenByDescending(x => x.Item.Story.Date ?? DateOnly.MinValue)
                .ThenBy(x => x.Index)
                .Select(x => x.Item)
                .ToList();
        }
        var result = new List<StoryEntry>(stories.Count);
        var start = 0;
        while (start < stories.Count)
        {
            var end = start + 1;
            while (end < stories.Count && ReferenceEquals(stories[end].Issue, stories[start].Issue)) end++;
            // OrderByDescending is stable: equal dates keep their position.
            result.AddRange(stories.GetRange(start, end - start).OrderByDescending(e => e.Story.Date ?? DateOnly.MinValue));
            start = end;
        }
        return result;
    }

    private List<Term> GroupRegions(List<StoryEntry> stories)
    {
        // Pass 1: each story's provinces and cities, counted once per story (region codes are unique
        // across the tree), so pass 2 makes every term's list at its final size instead of regrowing it.
        var hits = new List<(StoryEntry Entry, Place Province, Place? City)>(stories.Count * 2);
        var counts = new Dictionary<string, (StoryEntry? Last, int Count)>(StringComparer.Ordinal);
        foreach (var entry in stories)
        {
            foreach (var place in entry.Story.Places)
            {
                var (province, city) = ProvinceAndCity(place);
                hits.Add((entry, province, city));
                Count(counts, province.Code, entry);
                if (city is not null) Count(counts, city.Code, entry);
            }
        }
        var provinces = new Dictionary<string, (Place Place, List<StoryEntry> Stories, Dictionary<string, (Place Place, List<StoryEntry> Stories)> Cities)>(StringComparer.Ordinal);
        foreach (var (entry, province, city) in hits)
        {
            // A story names a handful of places: "already listed here" is a check of the list's last entry.
            if (!provinces.TryGetValue(province.Code, out var p))
            {
                p = (province, new List<StoryEntry>(counts[province.Code].Count), new(StringComparer.Ordinal));
                provinces[province.Code] = p;
            }
            if (p.Stories.Count == 0 || !ReferenceEquals(p.Stories[^1], entry)) p.Stories.Add(entry);
            if (city is null) continue;
            if (!p.Cities.TryGetValue(city.Code, out var c))
            {
                c = (city, new List<StoryEntry>(counts[city.Code].Count));
                p.Cities[city.Code] = c;
            }
            if (c.Stories.Count == 0 || !ReferenceEquals(c.Stories[^1], entry)) c.Stories.Add(entry);
        }
        return provinces.Values
            .OrderBy(p => p.Place.Name, StringComparer.Ordinal).ThenBy(p => p.Place.Code, StringComparer.Ordinal)
            .Select(p =>
            {
                var term = new Term(TaxonomyKind.Region, p.Place.Slug, p.Place.Name, null, p.Stories) { Place = p.Place };
                term.Children = p.Cities.Values
                    .OrderBy(c => c.Place.Name, StringComparer.Ordinal).ThenBy(c => c.Place.Code, StringComparer.Ordinal)
                    .Select(c => new Term(TaxonomyKind.Region, p.Place.Slug + "/" + c.Place.Slug, c.Place.Name, term, c.Stories) { Place = c.Place })
                    .ToList();
                return term;
            })
            .ToList();
    }

    /// <summary>Counts <paramref name="entry"/> under <paramref name="key"/> unless it was the last one counted there (stories come one at a time).</summary>
    private static void Count(Dictionary<string, (StoryEntry? Last, int Count)> counts, string key, StoryEntry entry)
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _);
        if (!ReferenceEquals(slot.Last, entry)) slot = (entry, slot.Count + 1);
    }

    /// <summary>The place's province (the root of its chain of parents) and the node just below it on the way to the place (city, or a municipality's district; null for a province); deeper levels are dropped.</summary>
    private (Place Province, Place? City) ProvinceAndCity(Place place)
    {
        var (top, below) = (place, (Place?)null);
        for (var parent = parentOf(top); parent is not null; parent = parentOf(parent)) (top, below) = (parent, top);
        return (top, below);
    }

    private List<Term> GroupTopics(List<StoryEntry> stories)
    {
        var counts = new Dictionary<string, (StoryEntry? Last, int Count)>(StringComparer.Ordinal);
        foreach (var entry in stories)
        {
            var topics = entry.Story.Topics;
            for (var i = 0; i < topics.Count; i++) Count(counts, topics[i], entry);
        }
        var bySlug = new Dictionary<string, List<StoryEntry>>(StringComparer.Ordinal);
        foreach (var entry in stories)
        {
            var topics = entry.Story.Topics;
            for (var i = 0; i < topics.Count; i++)
            {
                var slug = topics[i];
                if (!bySlug.TryGetValue(slug, out var list)) bySlug[slug] = list = new List<StoryEntry>(counts[slug].Count);
                if (list.Count == 0 || !ReferenceEquals(list[^1], entry)) list.Add(entry); // a topic listed twice counts once
            }
        }
        return taxonomy
            .Where(t => bySlug.ContainsKey(t.Slug))
            .Select(t => new Term(TaxonomyKind.Topic, t.Slug, t.Name, null, bySlug[t.Slug]) { Topic = t })
            .ToList();
    }
}
