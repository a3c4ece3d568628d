using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Domain;

namespace Weekly.Tagging;

/// <summary>
/// Tags stories with topics of the taxonomy (<c>input/topics.yml</c>, see <see cref="TopicTaxonomy"/>):
/// a story gets a topic when its headline or body contains one of the topic's keywords
/// (case-insensitive, whole words and phrases; hyphens and spaces alike; a trailing <c>*</c> matches
/// any word ending), or when its section's name is one of the topic's <see cref="Topic.Sections"/>.
/// Then the editor's override applies (<see cref="StoryOverride.RemoveTopics"/>, <see cref="StoryOverride.AddTopics"/>);
/// an unknown slug there is a warning <c>WK0620</c> at the override's line. Slugs come out in taxonomy order.
/// All keywords are compiled into one trie, so a story is read once whatever the taxonomy's size.
/// </summary>
public static class TopicTagger
{
    /// <summary>Returns <paramref name="issue"/> with every story's <see cref="Story.Topics"/> set.</summary>
    public static Issue Tag(Issue issue, IReadOnlyList<Topic> taxonomy, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var matcher = Matchers.GetValue(taxonomy, t => new Matcher(t));
        var sections = issue.Sections.Select(section =>
        {
            IEnumerable<int> fromSection = matcher.ForSection(section.Name);
            if (section.KnownName is { } known && known != section.Name) fromSection = fromSection.Union(matcher.ForSection(known)).ToList();
            return section with
            {
                Stories = [.. section.Stories.Select(story =>
                {
                    var found = matcher.Find(story.Headline, story.Paragraphs.Select(p => p.Text));
                    found.UnionWith(fromSection);
                    if (story.Override is { } o)
                        matcher.ApplyOverride(found, o, issue.SourcePath, diagnostics);
                    return story with { Topics = [.. found.Order().Select(i => taxonomy[i].Slug)] };
                })],
            };
        }).ToList();
        return issue with { Sections = sections };
    }

    /// <summary>
    /// Each taxonomy's matcher, made on its first use and kept while the taxonomy list is alive: a build tags
    /// every issue with the same list, and compiling it per issue would cost more than the tagging.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<Topic>, Matcher> Matchers = new();

    /// <summary>
    /// The taxonomy compiled once: keyword trie and section names to topic indexes. Safe to use from
    /// several threads at once (it is read-only once made). The taxonomy list must not change after.
    /// </summary>
    internal sealed class Matcher
    {
        private readonly IReadOnlyList<Topic> _taxonomy;
        private readonly PhraseTrie<int> _keywords = new();
        private readonly Dictionary<string, List<int>> _sections = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _bySlug = new(StringComparer.Ordinal);

        public Matcher(IReadOnlyList<Topic> taxonomy)
        {
            _taxonomy = taxonomy;
            for (var i = 0; i < taxonomy.Count; i++)
            {
                _bySlug.TryAdd(taxonomy[i].Slug, i);
                foreach (var keyword in taxonomy[i].Keywords)
                    _keywords.Add(keyword, i);
                foreach (var section in taxonomy[i].Sections)
                {
                    var key = SectionKey(section);
                    if (!_sections.TryGetValue(key, out var list))
                        _sections[key] = list = [];
                    list.Add(i);
                }
            }
        }

        public IReadOnlyList<int> ForSection(string sectionName) =>
            _sections.TryGetValue(SectionKey(sectionName), out var list) ? list : [];

        public SortedSet<int> Find(string headline, IEnumerable<string> paragraphs)
        {
            var found = new SortedSet<int>();
            var tokens = WordTokenizer.Scratch();
            var hits = new List<int>();
            foreach (var text in paragraphs.Prepend(headline))
            {
                tokens.Clear();
                WordTokenizer.Tokenize(text, tokens);
                for (var i = 0; i < tokens.Count; i++)
                    _keywords.All(text, tokens, i, hits);
            }

            found.UnionWith(hits);
            return found;
        }

        public void ApplyOverride(SortedSet<int> found, StoryOverride o, string file, DiagnosticBag diagnostics)
        {
            foreach (var slug in o.RemoveTopics)
            {
                if (Resolve(slug, file, o.Line, diagnostics) is { } i)
                    found.Remove(i);
            }

            foreach (var slug in o.AddTopics)
            {
                if (Resolve(slug, file, o.Line, diagnostics) is { } i)
                    found.Add(i);
            }
        }

        private int? Resolve(string slug, string file, int line, DiagnosticBag diagnostics)
        {
            if (_bySlug.TryGetValue(slug.Trim(), out var i))
                return i;
            diagnostics.Report(Codes.UnknownTopic, file, line, 0, slug, string.Join(", ", _taxonomy.Select(t => t.Slug)));
            return null;
        }

        private static string SectionKey(string name) => string.Join(' ', WordTokenizer.Keys(name));
    }
}
