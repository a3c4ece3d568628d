using Weekly.Core;
using Weekly.Domain;
using Weekly.Diagnostics;

namespace Weekly.Tagging;

/// <summary>
/// Tags stories with the places they are about (DESIGN.md §4), the most specific ones only: a city,
/// not also its province. Names are found in one pass per text over a trie of every place's name and
/// variants (<see cref="RegionTree.VariantsOf"/>); a name must start with a capital letter.
/// <list type="number">
/// <item>A county-level name without its suffix (<c>Yuzhong</c>, <c>Xinyi</c>) counts only when its city
/// or province is named in the same story; with its suffix (<c>Yuzhong District</c>) it always counts.</item>
/// <item>A name in a hyphenated chain of place names (<c>Guangdong-Hong Kong-Macao Greater Bay Area</c>)
/// is context, not a place the story is about.</item>
/// <item>A name with namesakes (<c>Fuzhou</c> in Fujian and Jiangxi) goes to the one whose province or
/// city the story names, else whose province other places of the story are in, else whose province
/// the issue intro names; then the larger (province &gt; city &gt; district), then the better known
/// (<see cref="RegionTree.IsMajor"/>), then the lower code.</item>
/// <item>The headline decides: its places, refined by places inside them named in the first sentence
/// of the body (headline <c>Hunan</c>, "signed in Changsha" gives Changsha). Without a place in the
/// headline, the first sentence's places; without those, places the rest of the body names at least
/// twice. A venue named once in passing does not tag the story.</item>
/// <item>Ancestors of another tagged place are dropped. Then the editor's override applies
/// (<see cref="StoryOverride.AddRegions"/>, <see cref="StoryOverride.RemoveRegions"/>).</item>
/// </list>
/// Thread-safe: one instance can tag issues in parallel.
/// </summary>
public sealed class RegionTagger
{
    private static readonly Lazy<RegionTagger> LazyDefault = new(() => new RegionTagger(RegionTree.Default));

    private readonly PhraseTrie<Candidate> _trie = new();
    private readonly Dictionary<string, Info> _info = new(StringComparer.Ordinal);

    /// <summary>Compiles the matcher for every place of <paramref name="tree"/>.</summary>
    public RegionTagger(RegionTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        Tree = tree;
        // Each name's word keys, computed once (the tree has about 3,200 places).
        var nameKeys = new Dictionary<string, string>(tree.Places.Count, StringComparer.Ordinal);
        foreach (var place in tree.Places)
            nameKeys[place.Code] = WordTokenizer.KeyString(place.Name);
        for (var i = 0; i < tree.Places.Count; i++)
        {
            var place = tree.Places[i];
            var ancestors = tree.AncestorsOf(place);
            var codes = new string[ancestors.Count];
            for (var a = 0; a < codes.Length; a++)
                codes[a] = ancestors[a].Code;
            var info = new Info(place, i, tree.ProvinceOf(place), codes, tree.IsMajor(place));
            _info[place.Code] = info;
            // A county named like its city (Changsha County in Changsha) is never what the bare name means.
            var keys = nameKeys[place.Code];
            if (!ancestors.Any(a => string.Equals(nameKeys[a.Code], keys, StringComparison.Ordinal)))
                _trie.Add(place.Name, new Candidate(info, NeedsContext: place.Kind == PlaceKind.District));
            foreach (var variant in tree.VariantsOf(place))
                _trie.Add(variant, new Candidate(info, NeedsContext: false));
        }
    }

    /// <summary>A tagger over <see cref="RegionTree.Default"/>, built once on first use.</summary>
    public static RegionTagger Default => LazyDefault.Value;

    /// <summary>The region tree places come from.</summary>
    public RegionTree Tree { get; }

    /// <summary>
    /// Returns <paramref name="issue"/> with every story's <see cref="Story.Places"/> set, overrides applied.
    /// An override path not in the tree is a warning <c>WK0501</c> at the override's line.
    /// </summary>
    public Issue Tag(Issue issue, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var intro = IntroContext(issue.Intro.Select(p => p.Text));
        var sections = issue.Sections.Select(section => section with
        {
            Stories = [.. section.Stories.Select(story =>
            {
                var places = Find(story.Headline, story.Paragraphs.Select(p => p.Text).ToList(), intro);
                if (story.Override is { } o)
                    places = ApplyOverride(places, o, issue.SourcePath, diagnostics);
                return story with { Places = places };
            })],
        }).ToList();
        return issue with { Sections = sections };
    }

    /// <summary>
    /// The most specific places a story is about, in order of first mention (headline first).
    /// <paramref name="intro"/> is the issue intro's text, used only to tell namesakes apart.
    /// </summary>
    public IReadOnlyList<Place> Find(string headline, IReadOnlyList<string> paragraphs, IEnumerable<string>? intro = null) =>
        Find(headline, paragraphs, IntroContext(intro ?? []));

    private IReadOnlyList<Place> Find(string headline, IReadOnlyList<string> paragraphs, Context intro)
    {
        var mentions = new List<Mention>();
        Scan(headline, Zone.Headline, 0, mentions);
        for (var i = 0; i < paragraphs.Count; i++)
            Scan(paragraphs[i], i == 0 ? Zone.FirstSentence : Zone.Rest, i == 0 ? FirstSentenceEnd(paragraphs[0]) : 0, mentions);
        var resolved = Resolve(mentions, intro);

        var strong = resolved.Where(m => !m.Weak).ToList();
        var headlinePlaces = Distinct(strong.Where(m => m.Zone == Zone.Headline));
        var firstPlaces = Distinct(strong.Where(m => m.Zone == Zone.FirstSentence));
        List<Info> chosen;
        if (headlinePlaces.Count > 0)
        {
            chosen = [.. headlinePlaces];
            foreach (var inner in firstPlaces)
            {
                if (headlinePlaces.Exists(h => IsAncestor(h, inner)))
                    chosen.Add(inner);
            }
        }
        else if (firstPlaces.Count > 0)
        {
            chosen = firstPlaces;
        }
        else
        {
            chosen = strong.GroupBy(m => m.Place!.Place.Code, StringComparer.Ordinal)
                .Where(g => g.Count() >= 2).Select(g => g.First().Place!).ToList();
        }

        return chosen.Where(c => !chosen.Exists(other => IsAncestor(c, other)))
            .DistinctBy(c => c.Place.Code, StringComparer.Ordinal).Select(c => c.Place).ToList();
    }

    private IReadOnlyList<Place> ApplyOverride(IReadOnlyList<Place> places, StoryOverride o, string file, DiagnosticBag diagnostics)
    {
        var result = places.ToList();
        foreach (var path in o.RemoveRegions)
        {
            var place = Lookup(path, file, o.Line, diagnostics);
            if (place is not null)
                result.RemoveAll(p => p.Code == place.Code || Tree.IsAncestorOf(place, p));
        }

        foreach (var path in o.AddRegions)
        {
            var place = Lookup(path, file, o.Line, diagnostics);
            if (place is null || result.Exists(p => p.Code == place.Code || Tree.IsAncestorOf(place, p)))
                continue;
            result.RemoveAll(p => Tree.IsAncestorOf(p, place));
            result.Add(place);
        }

        return result;
    }

    private Place? Lookup(string path, string file, int line, DiagnosticBag diagnostics)
    {
        var place = Tree.FindByPath(path.Trim().ToLowerInvariant());
        if (place is null)
        {
            diagnostics.Report(Codes.UnknownRegion, file, line, 0, path);
        }

        return place;
    }

    private Context IntroContext(IEnumerable<string> intro)
    {
        var mentions = new List<Mention>();
        foreach (var text in intro)
            Scan(text, Zone.Rest, 0, mentions);
        FilterByContext(mentions);
        return Context.Of(mentions);
    }

    /// <summary>Finds every name in <paramref name="text"/>: longest match first, non-overlapping, capitalised start.</summary>
    private void Scan(string text, Zone zone, int firstSentenceEnd, List<Mention> mentions)
    {
        var tokens = WordTokenizer.Scratch();
        WordTokenizer.Tokenize(text, tokens);
        var firstOfText = mentions.Count;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!char.IsUpper(text[tokens[i].Start]))
            {
                i++;
                continue;
            }

            var end = _trie.Longest(text, tokens, i, out var candidates);
            if (candidates is null)
            {
                i++;
                continue;
            }

            var mentionZone = zone == Zone.FirstSentence && tokens[i].Start >= firstSentenceEnd ? Zone.Rest : zone;
            mentions.Add(new Mention([.. candidates], mentionZone, tokens[i].Start, tokens[end - 1].End));
            i = end;
        }

        // Hyphenated chains of places ("Guangdong-Hong Kong-Macao", "Beijing-Tianjin-Hebei") are weak.
        for (var m = firstOfText; m + 1 < mentions.Count; m++)
        {
            var gap = text.AsSpan(mentions[m].End, mentions[m + 1].Start - mentions[m].End);
            if (gap.Length == 1 && gap[0] is '-' or '\u2010' or '\u2011' or '\u2013')
                mentions[m].Weak = mentions[m + 1].Weak = true;
        }
    }

    private List<Mention> Resolve(List<Mention> mentions, Context intro)
    {
        FilterByContext(mentions);
        var story = Context.Of(mentions);
        foreach (var m in mentions)
        {
            if (m.Candidates.Count == 0)
                continue;
            m.Place = m.Candidates.Select(c => c.Info)
                .OrderByDescending(c => Score(c, story, intro))
                .ThenBy(c => c.Place.Kind)
                .ThenByDescending(c => c.Major)
                .ThenBy(c => c.Index)
                .First();
        }

        mentions.RemoveAll(m => m.Place is null);
        return mentions;
    }

    /// <summary>Drops bare county-level names whose city or province the text does not name.</summary>
    private static void FilterByContext(List<Mention> mentions)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            foreach (var c in m.Candidates)
            {
                if (!c.NeedsContext)
                    named.Add(c.Info.Place.Code);
            }
        }

        foreach (var m in mentions)
            m.Candidates.RemoveAll(c => c.NeedsContext && !c.Info.Ancestors.Any(named.Contains));
    }

    private static int Score(Info c, Context story, Context intro)
    {
        var score = 0;
        if (c.Ancestors.Any(story.Named.Contains))
            score += 4;
        if (story.Provinces.Contains(c.Province.Code))
            score += 2;
        if (c.Ancestors.Any(intro.Named.Contains) || intro.Provinces.Contains(c.Province.Code))
            score += 1;
        return score;
    }

    private static bool IsAncestor(Info ancestor, Info place) => place.Ancestors.Contains(ancestor.Place.Code, StringComparer.Ordinal);

    private static List<Info> Distinct(IEnumerable<Mention> mentions) =>
        mentions.Select(m => m.Place!).DistinctBy(i => i.Place.Code, StringComparer.Ordinal).ToList();

    /// <summary>Index just past the first sentence: the first '.', '!', '?' or '。' followed by a space or the end.</summary>
    internal static int FirstSentenceEnd(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '。' or '！' or '？')
                return i + 1;
            if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
                return i + 1;
        }

        return text.Length;
    }

    private enum Zone
    {
        Headline,
        FirstSentence,
        Rest,
    }

    private sealed record Info(Place Place, int Index, Place Province, string[] Ancestors, bool Major);

    private sealed record Candidate(Info Info, bool NeedsContext);

    private sealed class Mention(List<Candidate> candidates, Zone zone, int start, int end)
    {
        public List<Candidate> Candidates { get; } = candidates;

        public Zone Zone { get; } = zone;

        public int Start { get; } = start;

        public int End { get; } = end;

        public bool Weak { get; set; }

        public Info? Place { get; set; }
    }

    /// <summary>Places a text names without ambiguity, and their provinces.</summary>
    private sealed record Context(HashSet<string> Named, HashSet<string> Provinces)
    {
        public static Context Of(List<Mention> mentions)
        {
            var named = new HashSet<string>(StringComparer.Ordinal);
            var provinces = new HashSet<string>(StringComparer.Ordinal);
            foreach (var m in mentions)
            {
                if (m.Candidates.Count != 1)
                    continue;
                named.Add(m.Candidates[0].Info.Place.Code);
                provinces.Add(m.Candidates[0].Info.Province.Code);
            }

            return new Context(named, provinces);
        }
    }
}
