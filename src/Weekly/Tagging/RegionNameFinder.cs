using Weekly.Domain;
using Weekly.Text;

namespace Weekly.Tagging;

/// <summary>
/// Finds place names in text, in one pass per text over a trie of every place's name and variants
/// (<see cref="RegionTree.VariantsOf"/>): longest match first, non-overlapping. A name starting with a
/// capital letter is looked up among all names; one starting in lower case (<c>beijing</c>, as copy-paste
/// and machine translation leave it) only among the names that are no common English word
/// (<see cref="RegionTree.MatchesInAnyCase"/>), and only as a word of its own, not inside a web or mail
/// address (<c>www.beijing.gov.cn</c>). A province's or city's Chinese name (<c>福州</c>, <c>北京市</c>) matches a whole run of
/// Chinese characters. Rules 1 and 2 of <see cref="RegionTagger"/> are applied here: bare
/// county-level names need context (<see cref="FilterByContext"/>), hyphenated chains of places are weak.
/// Read-only once made, so safe to use from several threads at once.
/// </summary>
internal sealed class RegionNameFinder
{
    private readonly PhraseTrie<PlaceCandidate> _trie = new();

    /// <summary>The names that may be matched in any case, for text that starts in lower case.</summary>
    private readonly PhraseTrie<PlaceCandidate> _anyCaseTrie = new();

    /// <summary>Names of organisations that hold a place name but are no place (<see cref="NotPlaceNames"/>).</summary>
    private static readonly PhraseTrie<bool> OrganisationNames = NotPlaceNames.Trie();

    /// <summary>Compiles the trie for every place of <paramref name="tree"/> (about 3,200).</summary>
    public RegionNameFinder(RegionTree tree)
    {
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
            var info = new PlaceInfo(place, i, tree.ProvinceOf(place), codes, tree.IsMajor(place), tree.ProminenceOf(place));
            // A county named like its city (Changsha County in Changsha) is never what the bare name means.
            var keys = nameKeys[place.Code];
            if (!ancestors.Any(a => string.Equals(nameKeys[a.Code], keys, StringComparison.Ordinal)))
                Add(tree, place, place.Name, new PlaceCandidate(info, NeedsContext: place.Kind == PlaceKind.District && !tree.IsStandalone(place)));
            foreach (var variant in tree.VariantsOf(place))
                Add(tree, place, variant, new PlaceCandidate(info, NeedsContext: false));
            // Chinese names left in the English text (a headline "福州: ..."), for provinces and cities: a district's short
            // Chinese name is often a common word (城区 "urban area", 新华, 和平 "peace").
            if (place.Kind != PlaceKind.District)
            {
                foreach (var chinese in tree.ChineseNamesOf(place))
                    _trie.Add(chinese, new PlaceCandidate(info, NeedsContext: false));
            }
        }
    }

    private void Add(RegionTree tree, Place place, string name, PlaceCandidate candidate)
    {
        _trie.Add(name, candidate);
        if (tree.MatchesInAnyCase(place, name))
            _anyCaseTrie.Add(name, candidate);
    }

    /// <summary>
    /// Appends every name in <paramref name="text"/> to <paramref name="mentions"/>, marked with
    /// <paramref name="textIndex"/>, its sentence and its list. In zone
    /// <see cref="MentionZone.FirstSentence"/>, names from <paramref name="firstSentenceEnd"/> (a UTF-16
    /// offset) on are put in <see cref="MentionZone.Rest"/>.
    /// </summary>
    public void Scan(string text, MentionZone zone, int firstSentenceEnd, List<PlaceMention> mentions, int textIndex = 0)
    {
        var tokens = WordTokenizer.Scratch();
        WordTokenizer.Tokenize(text, tokens);
        var firstOfText = mentions.Count;
        var i = 0;
        while (i < tokens.Count)
        {
            // A word in Chinese characters has no case: it is looked up among all names, as a capitalised word is.
            var capital = char.IsUpper(text[tokens[i].Start]) || IsHan(text[tokens[i].Start]);
            if (capital && OrganisationNames.Longest(text, tokens, i, out _) is var organisation && organisation > i)
            {
                i = organisation;
                continue;
            }

            var end = (capital ? _trie : _anyCaseTrie).Longest(text, tokens, i, out var candidates);
            if (candidates is null || (!capital && !StandsAlone(text, tokens[i].Start, tokens[end - 1].End))
                || (end == i + 1 && PersonNames.IsGivenName(text, tokens, i)))
            {
                i++;
                continue;
            }

            var mentionZone = zone == MentionZone.FirstSentence && tokens[i].Start >= firstSentenceEnd ? MentionZone.Rest : zone;
            mentions.Add(new PlaceMention([.. candidates], mentionZone, tokens[i].Start, tokens[end - 1].End));
            i = end;
        }

        MarkPositions(text, mentions, firstOfText, textIndex);

        // Hyphenated chains of places ("Guangdong-Hong Kong-Macao", "Beijing-Tianjin-Hebei") are weak.
        for (var m = firstOfText; m + 1 < mentions.Count; m++)
        {
            var gap = text.AsSpan(mentions[m].End, mentions[m + 1].Start - mentions[m].End);
            if (gap.Length == 1 && gap[0] is '-' or '\u2010' or '\u2011' or '\u2013')
                mentions[m].Weak = mentions[m + 1].Weak = true;
        }

        for (var m = firstOfText; m < mentions.Count; m++)
        {
            var after = text.AsSpan(mentions[m].End);
            // An adjective made of a place ("Taiwan-funded", "Hong Kong-listed") says whose, not where.
            if (after.Length > 1 && after[0] is '-' or '\u2010' or '\u2011' && char.IsLower(after[1]))
                mentions[m].Weak = true;
            // A list of places naming a region ("Guangdong, Hong Kong and Macao Greater Bay Area") is context, as a chain is.
            if (!after.TrimStart().StartsWith("Greater Bay Area", StringComparison.OrdinalIgnoreCase)) continue;
            mentions[m].Weak = true;
            for (var k = m - 1; k >= firstOfText && IsListGap(text.AsSpan(mentions[k].End, mentions[k + 1].Start - mentions[k].End)); k--)
                mentions[k].Weak = true;
        }
    }

    /// <summary>True for a CJK Unified Ideograph of the basic block (U+4E00–U+9FFF), where every Chinese place name is written.</summary>
    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

    /// <summary>Sets the text, sentence and list of the mentions from <paramref name="first"/> on, all in <paramref name="text"/>.</summary>
    private static void MarkPositions(string text, List<PlaceMention> mentions, int first, int textIndex)
    {
        var sentence = 0;
        var sentenceEnd = Sentences.End(text, 0);
        for (var m = first; m < mentions.Count; m++)
        {
            while (mentions[m].Start >= sentenceEnd && sentenceEnd < text.Length)
            {
                sentence++;
                sentenceEnd = Sentences.End(text, sentenceEnd);
            }

            mentions[m].Text = textIndex;
            mentions[m].Sentence = sentence;
            if (m > first && IsListJoin(text.AsSpan(mentions[m - 1].End, mentions[m].Start - mentions[m - 1].End)))
                mentions[m].List = mentions[m - 1].List = mentions[m - 1].List >= 0 ? mentions[m - 1].List : m - 1;
        }
    }

    /// <summary>
    /// True for what joins the items of a list of names: a comma, "and", "or", 、 (not a space alone, as in "Shenzhen Nanshan"),
    /// also across items that are no place of the tree (", Horinger, " in "Chengdu, Horinger, Qingyang": capitalised words between commas).
    /// </summary>
    private static bool IsListJoin(ReadOnlySpan<char> gap)
    {
        var trimmed = gap.Trim();
        if (trimmed.IsEmpty)
            return false;
        if (IsListGap(gap))
            return true;
        if (trimmed[0] is not (',' or '，' or '、'))
            return false;
        foreach (var word in trimmed.ToString().Split([',', '，', '、', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!char.IsUpper(word[0]) && word is not ("and" or "or"))
                return false;
        }

        return true;
    }

    /// <summary>True for what joins the names of a list: a comma, "and", 、 (with spaces).</summary>
    private static bool IsListGap(ReadOnlySpan<char> gap)
    {
        var trimmed = gap.Trim();
        return trimmed is "," or "，" or "、" or "and" or ", and" or "or" or ", or" || trimmed.IsEmpty;
    }

    /// <summary>
    /// False when the text from <paramref name="start"/> to <paramref name="end"/> is part of a web or mail
    /// address or an identifier: after <c>. / @ _ # \</c>, or before <c>@ _ /</c> or a dot followed by a
    /// letter or digit (<c>beijing.gov.cn</c>, <c>info@fuzhou.gov.cn</c>, <c>/news/beijing-fintech</c>).
    /// </summary>
    private static bool StandsAlone(string text, int start, int end)
    {
        if (start > 0 && text[start - 1] is '.' or '/' or '@' or '_' or '#' or '\\')
            return false;
        if (end >= text.Length)
            return true;
        return text[end] switch
        {
            '@' or '_' or '/' => false,
            '.' => end + 1 == text.Length || !char.IsLetterOrDigit(text[end + 1]),
            _ => true,
        };
    }

    /// <summary>
    /// Drops bare county-level names whose city or province the text does not name. A bare name that is also a province's
    /// (<c>Hebei</c>, <c>Hainan</c>: districts of Tianjin and Wuhai) is never the county; one that is also a city's
    /// (<c>Nanjing</c>, a county of Zhangzhou) is the county only when the text names its own city, not just its province,
    /// and not as an earlier item of the same list: a name in a list of cities is a city ("Harbin, Mudanjiang and Xi'an"
    /// is Xi'an in Shaanxi, not Mudanjiang's Xi'an District; "Chongqing and Wuxi" is Wuxi in Jiangsu). "Xi'an District"
    /// with its suffix is no bare name, so it still counts.
    /// </summary>
    public static void FilterByContext(List<PlaceMention> mentions)
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
        {
            var province = m.Candidates.Exists(c => c.Info.Place.Kind == PlaceKind.Province);
            var city = m.Candidates.Exists(c => c.Info.Place.Kind == PlaceKind.City);
            m.Candidates.RemoveAll(c => c.NeedsContext && (province
                || (city ? !named.Contains(c.Info.Ancestors[0]) || ListedBefore(mentions, m, c.Info.Ancestors[0])
                    : !c.Info.Ancestors.Any(named.Contains))));
        }
    }

    /// <summary>True when an earlier item of <paramref name="mention"/>'s list names the place <paramref name="code"/>.</summary>
    private static bool ListedBefore(List<PlaceMention> mentions, PlaceMention mention, string code) =>
        mention.List >= 0 && mentions.Exists(n => n.List == mention.List && n.Text == mention.Text && n.Start < mention.Start
            && n.Candidates.Exists(k => !k.NeedsContext && k.Info.Place.Code == code));
}
