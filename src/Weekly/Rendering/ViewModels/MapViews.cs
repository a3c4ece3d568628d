using System.Collections.Concurrent;
using System.Globalization;
using Weekly.Domain;
using Weekly.Rendering.Maps;
using Weekly.Tagging;
using Weekly.Text;
using Weekly.Urls;

namespace Weekly.Rendering.ViewModels;

/// <summary>
/// The maps pages show (<see cref="MapView"/>): the region index's map shaded by story count, an issue's map
/// with its provinces highlighted, a region page's locator map. Provinces come from the region tree, outlines
/// from <see cref="ChinaMap"/>, counts and links from the site's region terms. Thread-safe.
/// </summary>
public sealed class MapViews
{
    /// <summary>Number of shading classes for provinces with stories (<c>map-1</c> … <c>map-4</c>).</summary>
    public const int Classes = 4;

    private readonly ChinaMap _map;
    private readonly IReadOnlyList<(MapOutline Outline, Place Place, Term? Term)> _provinces;
    private readonly Lazy<Dictionary<Issue, List<Term>>> _issueProvinces;
    private readonly Lazy<MapView> _index;
    private readonly Lazy<MapBaseView> _base;

    /// <summary>Maps made once per highlighted set (codes joined by commas): the same object, so the theme's cached include reuses its text.</summary>
    private readonly ConcurrentDictionary<string, MapView> _highlights = new(StringComparer.Ordinal);

    /// <summary>Prepares the maps of <paramref name="site"/> over <paramref name="map"/> (default: the embedded one) and <paramref name="tree"/> (default: the region tree).</summary>
    public MapViews(SiteModel site, ChinaMap? map = null, RegionTree? tree = null)
    {
        _map = map ?? ChinaMap.Default;
        var places = (tree ?? RegionTree.Default).Provinces.ToDictionary(p => p.Code, StringComparer.Ordinal);
        var terms = site.Regions.Where(t => t.Place is not null).ToDictionary(t => t.Place!.Code, StringComparer.Ordinal);
        _provinces = _map.Outlines.Where(o => places.ContainsKey(o.Code))
            .Select(o => (o, places[o.Code], terms.GetValueOrDefault(o.Code))).ToList();
        _issueProvinces = new(() => IssueProvinces(site));
        _index = new(Index);
        _base = new(() => new MapBaseView(_provinces.Select(p =>
            new MapRegionView(p.Outline.Code, p.Place.Slug, p.Place.Name, null, p.Term?.Stories.Count ?? 0, null, "map-base", false) { Path = p.Outline.Path }).ToList()));
    }

    /// <summary>The region index's map: every province shaded by its number of stories (<see cref="Bucket"/>), each with stories a link.</summary>
    public MapView Regions() => _index.Value;

    /// <summary>"Where this issue's news happened": the provinces of the issue's stories highlighted and linked; null when no story has a place.</summary>
    public MapView? Issue(Issue issue)
    {
        if (!_issueProvinces.Value.TryGetValue(issue, out var provinces) || provinces.Count == 0) return null;
        var codes = provinces.Select(t => t.Place!.Code).Order(StringComparer.Ordinal).ToList();
        return _highlights.GetOrAdd("issue " + string.Join(',', codes), _ =>
        {
            var names = provinces.Select(t => t.Name).Order(StringComparer.Ordinal).ToList();
            return Highlight("issue-map", "issue", "Where this issue’s news happened",
                $"Map of China with the {(names.Count == 1 ? "province" : "provinces")} of this issue’s stories highlighted: {Join(names)}.",
                codes.ToHashSet(StringComparer.Ordinal), "In this issue");
        });
    }

    /// <summary>A region page's locator map: the province (a city's province) highlighted, one object per province; null when the map lacks it.</summary>
    public MapView? Locator(Term region)
    {
        var province = region.Parent ?? region;
        if (province.Place is not { } place || !_provinces.Any(p => p.Place.Code == place.Code)) return null;
        return _highlights.GetOrAdd("locator " + place.Code, _ => Highlight("locator-map", "locator", $"Where {province.Name} is",
            $"Map of China with {province.Name} highlighted.", new HashSet<string>(StringComparer.Ordinal) { place.Code }, province.Name));
    }

    /// <summary>
    /// The shading class of <paramref name="count"/> stories when the most any province has is <paramref name="max"/>:
    /// 0 for none, else 1 to <see cref="Classes"/> in equal steps of <paramref name="max"/> (class k holds counts above
    /// (k−1)·max/4 up to k·max/4).
    /// </summary>
    public static int Bucket(int count, int max) =>
        count <= 0 || max <= 0 ? 0 : Math.Clamp((int)Math.Ceiling(Classes * (double)count / max), 1, Classes);

    private MapView Index()
    {
        var max = _provinces.Max(p => p.Term?.Stories.Count ?? 0);
        var regions = _provinces.Select(p =>
        {
            var count = p.Term?.Stories.Count ?? 0;
            var label = $"{p.Place.Name}, {(count == 0 ? "no stories" : Excerpt.StoryCount(count))}";
            return new MapRegionView(p.Outline.Code, p.Place.Slug, p.Place.Name, p.Term is null ? null : Permalinks.Term(p.Term), count, label,
                "map-" + Bucket(count, max).ToString(CultureInfo.InvariantCulture), false)
            { Path = p.Outline.Path };
        }).ToList();
        var legend = new List<MapLegendView> { new("map-0", "No stories") };
        for (var k = 1; k <= Classes; k++)
        {
            var (lo, hi) = (max * (k - 1) / Classes + 1, max * k / Classes);
            if (lo > hi) continue;
            legend.Add(new MapLegendView("map-" + k.ToString(CultureInfo.InvariantCulture),
                lo == hi ? Excerpt.StoryCount(lo) : $"{N(lo)}–{N(hi)} stories"));
        }
        var shown = regions.Count(r => r.StoryCount > 0);
        return new MapView("regions-map", "index", "Map of stories per province",
            $"Map of China, each province shaded by its number of stories, darker for more; {N(shown)} of {N(regions.Count)} provinces have stories.",
            _map.Width, _map.Height, regions, legend);
    }

    /// <summary>A map of the highlighted provinces (<paramref name="codes"/>) drawn over the shared <see cref="MapBaseView"/>.</summary>
    private MapView Highlight(string id, string kind, string title, string description, HashSet<string> codes, string legend)
    {
        var regions = _provinces.Where(p => codes.Contains(p.Outline.Code)).Select(p =>
        {
            var count = p.Term?.Stories.Count ?? 0;
            var url = p.Term is null ? null : Permalinks.Term(p.Term);
            return new MapRegionView(p.Outline.Code, p.Place.Slug, p.Place.Name, url, count, $"{p.Place.Name}, {Excerpt.StoryCount(count)} on the site", "map-on", true)
            { Path = p.Outline.Path };
        }).ToList();
        return new MapView(id, kind, title, description, _map.Width, _map.Height, regions, [new MapLegendView("map-on", legend)], _base.Value);
    }

    /// <summary>Each issue's province terms (issue identity), from the terms' story lists: a story is on its provinces' pages.</summary>
    private static Dictionary<Issue, List<Term>> IssueProvinces(SiteModel site)
    {
        var byIssue = new Dictionary<Issue, List<Term>>(ReferenceEqualityComparer.Instance);
        foreach (var province in site.Regions)
        {
            if (province.Place is null) continue;
            foreach (var entry in province.Stories)
            {
                if (!byIssue.TryGetValue(entry.Issue, out var list)) byIssue[entry.Issue] = list = [];
                if (list.Count == 0 || !ReferenceEquals(list[^1], province)) list.Add(province);
            }
        }
        return byIssue;
    }

    private static string Join(List<string> names) =>
        names.Count <= 1 ? string.Concat(names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
