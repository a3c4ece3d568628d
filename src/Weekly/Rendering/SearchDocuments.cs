using System.Globalization;
using Weekly.Domain;
using Weekly.Rendering.ViewModels;
using Weekly.Search;
using Weekly.Text;

namespace Weekly.Rendering;

/// <summary>
/// What the search index gets from the site: each story's text, what a result shows (headline, issue, the story's
/// own date as its page shows it, an excerpt) and its filter keys, and the filters themselves: provinces (by name),
/// topics (taxonomy order) and years (newest first) that have stories. Stories keep the site's order, newest issue
/// first and, within an issue, the editor's order: a story's id is its place in it, and search.js ranks "newer
/// before older" by id (so among the real issue's two Fuzhou headlines the editor's first, the mayor's, leads).
/// </summary>
internal static class SearchDocuments
{
    /// <summary>Every story of <paramref name="site"/> in site order, and the filters (<c>region</c>, <c>topic</c>, <c>year</c>).</summary>
    public static (IReadOnlyList<SearchDocument> Stories, IReadOnlyList<SearchFacet> Facets) From(SiteModel site, SiteViewModels views)
    {
        var facets = new Dictionary<StoryEntry, List<string>>(ReferenceEqualityComparer.Instance);
        void Tag(IEnumerable<Term> terms, string facet)
        {
            foreach (var term in terms)
            {
                foreach (var entry in term.Stories)
                {
                    if (!facets.TryGetValue(entry, out var keys)) facets[entry] = keys = [];
                    keys.Add(facet + ":" + term.Path);
                }
            }
        }
        Tag(site.Regions, "region");
        Tag(site.Topics, "topic");

        var years = new SortedSet<int>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        var stories = site.Stories.Select(entry =>
        {
            var view = views.Issues.Story(entry);
            var paragraphs = entry.Story.Paragraphs;
            var texts = new string[paragraphs.Count + view.Regions.Count + view.Topics.Count];
            var n = 0;
            foreach (var p in paragraphs) texts[n++] = p.Text;
            foreach (var r in view.Regions) texts[n++] = r.Title;
            foreach (var t in view.Topics) texts[n++] = t.Title;
            var year = (entry.Story.Date ?? entry.Issue.Date).Year;
            years.Add(year);
            IReadOnlyList<string> keys = [.. facets.GetValueOrDefault(entry) ?? [], "year:" + year.ToString(CultureInfo.InvariantCulture)];
            return new SearchDocument(view.Headline, view.Url, view.Issue.Title, view.DateDisplay ?? view.IssueDateDisplay,
                view.DateIso ?? view.IssueDateIso, Excerpt.Make(view.Excerpt, 160), texts, keys);
        }).ToList();

        IReadOnlyList<SearchFacet> filters =
        [
            new("region", "Province", site.Regions.Select(t => (t.Path, t.Name)).ToList()),
            new("topic", "Topic", site.Topics.Select(t => (t.Path, t.Name)).ToList()),
            new("year", "Year", years.Select(y => (y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture))).ToList()),
        ];
        return (stories, filters);
    }
}
