using Weekly.Core;
using Weekly.Domain;
using Weekly.Text;

namespace Weekly.Tagging;

/// <summary>
/// Tags stories with the places they are about (DESIGN.md §4), the most specific ones only: a city,
/// not also its province. Names are found in one pass per text over a trie of every place's name and
/// variants (<see cref="RegionTree.VariantsOf"/>); a name in lower case counts only when it is no common
/// English word (<see cref="RegionTree.MatchesInAnyCase"/>: <c>beijing</c> does, <c>guide</c> does not). Finding names
/// (rules 1 and 2) is <see cref="RegionNameFinder"/>'s job, the override <see cref="RegionOverrides"/>';
/// this class picks among namesakes and decides which places the story is about (rules 3 to 5).
/// <list type="number">
/// <item>A county-level name without its suffix (<c>Yuzhong</c>, <c>Xinyi</c>) counts only when its city
/// or province is named in the same story (its own city when a prefecture-level city has the name too: <c>Nanjing</c>), and
/// never when a province has the name (<c>Hebei</c>, <c>Hainan</c>); with its suffix (<c>Yuzhong District</c>) it always counts.</item>
/// <item>A name in a hyphenated chain of place names (<c>Guangdong-Hong Kong-Macao Greater Bay Area</c>)
/// is context, not a place the story is about, unless the chain is all of the headline's subject (before its colon:
/// <c>Beijing-Tianjin-Hebei: ...</c> is about the three), or is the subject and no other place is named in the headline or
/// the first sentence. A name in a list right after its namesake district's city is the city
/// (<see cref="RegionNameFinder.FilterByContext"/>). A name right after
/// a common surname is a person's given name (<see cref="PersonNames"/>: <c>Xu Jilin</c>), and an organisation named after
/// a place it is not about names none (<see cref="NotPlaceNames"/>).</item>
/// <item>A name with namesakes (<c>Fuzhou</c> in Fujian and Jiangxi) goes to the one with close evidence: its province or
/// city named in the headline or near the name in its sentence, a place inside it named anywhere, or a place of its province in the same
/// list; else whose province or city the issue intro names; then the larger (province &gt; city &gt; district), then
/// the better known (<see cref="RegionTree.IsMajor"/>), then the one a distant hint of the story points to (its province
/// named in another sentence, other places of its province), then the intro's provinces, then the district of the better-known
/// city (<see cref="RegionTree.ProminenceOf"/>), then the lower code.</item>
/// <item>The headline decides: its places, refined by the one place inside them the first sentence of the body names
/// (headline <c>Hunan</c>, "signed in Changsha" gives Changsha; "parks in Jinan, Qingdao and Yantai" under <c>Shandong</c>
/// and a provincial body's venue, <c>Jilin Provincial ...</c> "in Changchun", keep the province). Without a place in the
/// headline, the first sentence's places; without those, places the rest of the body names at least
/// twice (an item of a list of five or more places does not count). A venue named once in passing does not tag the story, nor does a wire dateline's city (<see cref="Datelines"/>).</item>
/// <item>Ancestors of another tagged place are dropped. Then the editor's override applies
/// (<see cref="StoryOverride.AddRegions"/>, <see cref="StoryOverride.RemoveRegions"/>).</item>
/// </list>
/// Thread-safe: one instance can tag issues in parallel.
/// </summary>
public sealed class RegionTagger
{
    private static readonly Lazy<RegionTagger> LazyDefault = new(() => new RegionTagger(RegionTree.Default));

    private readonly RegionNameFinder _names;

    /// <summary>Compiles the matcher for every place of <paramref name="tree"/>.</summary>
    public RegionTagger(RegionTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        Tree = tree;
        _names = new RegionNameFinder(tree);
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
                    places = RegionOverrides.Apply(Tree, places, o, issue.SourcePath, diagnostics);
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

    private IReadOnlyList<Place> Find(string headline, IReadOnlyList<string> paragraphs, PlaceContext intro)
    {
        var mentions = new List<PlaceMention>();
        _names.Scan(headline, MentionZone.Headline, 0, mentions, textIndex: 0);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var first = mentions.Count;
            _names.Scan(paragraphs[i], i == 0 ? MentionZone.FirstSentence : MentionZone.Rest, i == 0 ? Sentences.FirstEnd(paragraphs[0]) : 0, mentions, textIndex: i + 1);
            var dateline = i == 0 ? Datelines.Length(paragraphs[0]) : 0;
            for (var m = first; m < mentions.Count && mentions[m].Start < dateline; m++)
                mentions[m].Zone = MentionZone.Rest;
        }

        var resolved = Resolve(mentions, intro);

        var strong = resolved.Where(m => !m.Weak).ToList();
        var headlinePlaces = Distinct(resolved.Where(m => m.Zone == MentionZone.Headline && (!m.Weak || IsSubjectChain(headline, resolved))));
        var firstPlaces = Distinct(strong.Where(m => m.Zone == MentionZone.FirstSentence));
        List<PlaceInfo> chosen;
        if (headlinePlaces.Count > 0)
        {
            chosen = [.. headlinePlaces];
            foreach (var outer in headlinePlaces)
            {
                if (IsProvincialBody(headline, resolved, outer)) continue;
                var inner = firstPlaces.Where(p => IsAncestor(outer, p)).ToList();
                // One venue (with the places around it: "Yuelu District, Changsha") refines the headline's place; several
                // ("parks in Jinan, Qingdao and Yantai") are the headline place's own story, unless the headline names
                // one of them too ("Shanxi: Taiyuan ...", "Taiyuan and Datong").
                if (inner.Count(i => !inner.Exists(o => IsAncestor(i, o))) == 1 || headlinePlaces.Exists(h => IsAncestor(outer, h))) chosen.AddRange(inner);
            }
        }
        else if (firstPlaces.Count > 0)
        {
            chosen = firstPlaces;
        }
        else if (Distinct(resolved.Where(m => m.Weak && m.Zone == MentionZone.Headline && m.End <= SubjectEnd(headline))) is { Count: > 0 } headlineChain)
        {
            chosen = headlineChain;
        }
        else
        {
            // An item of a long list ("pilots in Beijing, Tianjin, Dalian, Shanghai, ...") is a roll-call, not a second mention.
            var listSizes = strong.Where(m => m.List >= 0).GroupBy(m => (m.Text, m.List)).ToDictionary(g => g.Key, g => g.Count());
            chosen = strong.Where(m => m.List < 0 || listSizes[(m.Text, m.List)] < LongList)
                .GroupBy(m => m.Place!.Place.Code, StringComparer.Ordinal)
                .Where(g => g.Count() >= 2).Select(g => g.First().Place!).ToList();
        }

        return chosen.Where(c => !chosen.Exists(other => IsAncestor(c, other)))
            .DistinctBy(c => c.Place.Code, StringComparer.Ordinal).Select(c => c.Place).ToList();
    }

    private PlaceContext IntroContext(IEnumerable<string> intro)
    {
        var mentions = new List<PlaceMention>();
        foreach (var text in intro)
            _names.Scan(text, MentionZone.Rest, 0, mentions);
        RegionNameFinder.FilterByContext(mentions);
        return PlaceContext.Of(mentions);
    }

    private static List<PlaceMention> Resolve(List<PlaceMention> mentions, PlaceContext intro)
    {
        RegionNameFinder.FilterByContext(mentions);
        var (close, distant) = Evidence(mentions);
        foreach (var m in mentions)
        {
            if (m.Candidates.Count == 0)
                continue;
            m.Place = m.Candidates.Select(c => c.Info)
                .OrderByDescending(c => close.Contains(c.Place.Code))
                .ThenByDescending(c => c.Ancestors.Any(intro.Named.Contains))
                .ThenBy(c => c.Place.Kind)
                .ThenByDescending(c => c.Major)
                .ThenByDescending(c => distant.Contains(c.Place.Code))
                .ThenByDescending(c => intro.Provinces.Contains(c.Province.Code))
                .ThenByDescending(c => c.Prominence)
                .ThenBy(c => c.Index)
                .First();
        }

        mentions.RemoveAll(m => m.Place is null);
        return mentions;
    }

    /// <summary>
    /// What the story says for each candidate of an ambiguous name (codes). Close: its province or city is named without
    /// ambiguity in the headline or near one of the name's mentions in its sentence ("Fuzhou, Jiangxi"), a place inside it
    /// anywhere ("Linchuan District"), or a place of its province is another item of the name's list ("Fuzhou and Nanchang"). Distant: its province or city is named elsewhere in the story, or another place in its
    /// province is ("enterprises from Jiangxi" in the next sentence): a weak hint, which the better-known namesake beats.
    /// </summary>
    private static (HashSet<string> Close, HashSet<string> Distant) Evidence(List<PlaceMention> mentions)
    {
        var close = new HashSet<string>(StringComparer.Ordinal);
        var distant = new HashSet<string>(StringComparer.Ordinal);
        var named = mentions.Where(n => n.Candidates.Count == 1).ToList();
        foreach (var m in mentions.Where(m => m.Candidates.Count > 1))
        {
            foreach (var c in m.Candidates.Select(c => c.Info))
            {
                foreach (var n in named)
                {
                    var info = n.Candidates[0].Info;
                    var ancestor = c.Ancestors.Contains(info.Place.Code, StringComparer.Ordinal);
                    var sameProvince = string.Equals(info.Province.Code, c.Province.Code, StringComparison.Ordinal);
                    if ((ancestor && (n.Text == 0 || IsNear(n, m))) || IsAncestor(c, info)
                        || (sameProvince && m.List >= 0 && n.List == m.List && n.Text == m.Text))
                        close.Add(c.Place.Code);
                    else if (ancestor || sameProvince)
                        distant.Add(c.Place.Code);
                }
            }
        }

        return (close, distant);
    }

    /// <summary>Items from which a list of places is a roll-call (<c>15 pilot cities</c>): its items do not count as mentions
    /// of a story without places in its headline or first sentence.</summary>
    private const int LongList = 5;

    /// <summary>
    /// The most UTF-16 units between two names that still reads as one naming the other's place ("Fuzhou, Jiangxi",
    /// "Fuzhou in Jiangxi Province", "Shaanxi Provincial Energy Bureau said Yulin"), not a passing mention further on.
    /// </summary>
    private const int NearGap = 40;

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> stand in one sentence, at most <see cref="NearGap"/> apart.</summary>
    private static bool IsNear(PlaceMention a, PlaceMention b) =>
        a.Text == b.Text && a.Sentence == b.Sentence && Math.Max(a.Start - b.End, b.Start - a.End) <= NearGap;

    /// <summary>
    /// True when the headline names <paramref name="place"/> as a provincial body ("Jilin Provincial Department of ..."): the
    /// story is the province's, wherever the first sentence says it met.
    /// </summary>
    private static bool IsProvincialBody(string headline, List<PlaceMention> mentions, PlaceInfo place) =>
        mentions.Exists(m => m.Zone == MentionZone.Headline && m.Place == place
            && headline.AsSpan(m.End).TrimStart().StartsWith("Provincial", StringComparison.OrdinalIgnoreCase));

    private static bool IsAncestor(PlaceInfo ancestor, PlaceInfo place) => place.Ancestors.Contains(ancestor.Place.Code, StringComparer.Ordinal);

    private static List<PlaceInfo> Distinct(IEnumerable<PlaceMention> mentions) =>
        mentions.Select(m => m.Place!).DistinctBy(i => i.Place.Code, StringComparer.Ordinal).ToList();

    /// <summary>
    /// True when the headline's subject (before its colon) is a hyphenated chain of places and nothing else
    /// ("Beijing-Tianjin-Hebei: ..."): the story is about each of them, whatever else the first sentence names.
    /// </summary>
    private static bool IsSubjectChain(string headline, List<PlaceMention> mentions)
    {
        var end = SubjectEnd(headline);
        var chain = mentions.Where(m => m.Zone == MentionZone.Headline && m.Weak && m.End <= end).ToList();
        if (chain.Count < 2)
            return false;
        var at = 0;
        foreach (var m in chain)
        {
            if (!IsChainGap(headline.AsSpan(at, m.Start - at)))
                return false;
            at = m.End;
        }

        return IsChainGap(headline.AsSpan(at, end - at));
    }

    private static bool IsChainGap(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (c is not ('-' or '\u2010' or '\u2011' or '\u2013') && !char.IsWhiteSpace(c))
                return false;
        }

        return true;
    }

    /// <summary>Where a <c>Subject: news</c> headline's subject ends (its first colon), or 0 when it has none.</summary>
    private static int SubjectEnd(string headline) => Math.Max(0, SubjectColon.Index(headline));
}
