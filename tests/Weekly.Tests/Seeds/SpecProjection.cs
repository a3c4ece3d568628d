using System.Globalization;
using Weekly.Core;
using Weekly.Domain;

namespace Weekly.Tests.Seeds;

/// <summary>
/// The compact shape spec cases are written in (<c>Specs/Seeds/*.expected.yaml</c>):
/// <code>
/// path: seeds/2020-01-06-x.txt   # optional: the relative path to parse under (default seeds/NNN-name.txt)
/// parsed: false                  # the parser returned null (file unreadable)
/// newsletter, title, date, published_at, number, slug, draft, summary
/// intro: 2                       # a count, or a list of paragraph starts
/// sections:
///   - name, title, line
///     stories: [{headline, date, paragraphs (count or list of starts), override}]
///     commentary: [starts of paragraphs]
/// previous: previous issue title
/// unplaced: [starts of paragraphs]
/// overrides: [{story, headline, slug, add_regions, remove_regions, add_topics, remove_topics, line}]
/// diagnostics: [formatted diagnostics, sorted]
/// </code>
/// A list of strings under <c>commentary</c>, <c>unplaced</c>, <c>intro</c> and <c>paragraphs</c>
/// gives the start of each paragraph; where the expectation has a scalar and the actual value is a
/// list, the list's count is compared.
/// </summary>
internal static class SpecProjection
{
    private static readonly HashSet<string> StartKeys = new(StringComparer.Ordinal) { "commentary", "unplaced", "intro", "paragraphs" };

    /// <summary>The full expected-shape tree of a parse result.</summary>
    public static Dictionary<string, object?> Project(Issue? issue, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["parsed"] = issue is null ? "false" : "true",
            ["diagnostics"] = diagnostics.Sorted().Select(d => (object?)d.ToString()).ToList(),
        };
        if (issue is null) return result;
        result["newsletter"] = issue.Newsletter;
        result["title"] = issue.Title;
        result["date"] = issue.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        result["published_at"] = issue.PublishedAt?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        result["number"] = issue.Number?.ToString(CultureInfo.InvariantCulture);
        result["slug"] = issue.PinnedSlug;
        result["draft"] = issue.Draft ? "true" : "false";
        result["summary"] = issue.Summary;
        result["intro"] = Texts(issue.Intro);
        result["sections"] = issue.Sections.Select(s => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = s.Name,
            ["title"] = s.Title,
            ["line"] = Number(s.Line),
            ["stories"] = s.Stories.Select(t => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["headline"] = t.Headline,
                ["line"] = Number(t.Line),
                ["date"] = t.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["paragraphs"] = Texts(t.Paragraphs),
                ["override"] = t.Override is { } o ? Override(o) : null,
            }).ToList(),
            ["commentary"] = Texts(s.Commentary),
        }).ToList();
        result["previous"] = issue.Previous?.Title;
        result["unplaced"] = Texts(issue.Unplaced);
        result["overrides"] = issue.StoryOverrides.Select(e =>
        {
            var map = Override(e.Override);
            map["story"] = e.Ordinal is { } n ? Number(n) : null;
            map["headline"] = e.HeadlineStartsWith;
            return (object?)map;
        }).ToList();
        return result;
    }

    private static Dictionary<string, object?> Override(StoryOverride o) => new(StringComparer.Ordinal)
    {
        ["slug"] = o.Slug,
        ["add_regions"] = o.AddRegions.Select(r => (object?)r).ToList(),
        ["remove_regions"] = o.RemoveRegions.Select(r => (object?)r).ToList(),
        ["add_topics"] = o.AddTopics.Select(r => (object?)r).ToList(),
        ["remove_topics"] = o.RemoveTopics.Select(r => (object?)r).ToList(),
        ["line"] = Number(o.Line),
    };

    private static List<object?> Texts(IEnumerable<Paragraph> paragraphs) => paragraphs.Select(p => (object?)p.Text).ToList();

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Turns a deserialized YAML object graph into string-keyed dictionaries, lists and strings.</summary>
    public static object? Normalize(object? node) => node switch
    {
        IDictionary<object, object> map => map.ToDictionary(kv => (string)kv.Key, kv => Normalize(kv.Value), StringComparer.Ordinal),
        IList<object> list => list.Select(Normalize).ToList(),
        _ => node,
    };

    /// <summary>Keeps only what <paramref name="expected"/> lists, in its key order (see the class remarks).</summary>
    public static object? Prune(object? actual, object? expected, string? key = null)
    {
        switch (expected, actual)
        {
            case (Dictionary<string, object?> e, Dictionary<string, object?> a):
                var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var k in e.Keys) result[k] = a.TryGetValue(k, out var value) ? Prune(value, e[k], k) : "<absent>";
                return result;
            case (List<object?> e, List<object?> a):
                var items = new List<object?>();
                for (var i = 0; i < a.Count; i++)
                {
                    var model = e.Count == 0 ? null : e[Math.Min(i, e.Count - 1)];
                    var item = Prune(a[i], model, key);
                    if (key is not null && StartKeys.Contains(key) && item is string text && i < e.Count && e[i] is string start
                        && text.StartsWith(start, StringComparison.Ordinal))
                    {
                        item = start;
                    }

                    items.Add(item);
                }

                return items;
            case (string, List<object?> a):
                return a.Count.ToString(CultureInfo.InvariantCulture);
            case (Dictionary<string, object?>, _):
            case (List<object?>, _):
                return actual;
            default:
                return actual;
        }
    }
}
