namespace Weekly.Tagging;

/// <summary>
/// A trie over word keys (see <see cref="WordTokenizer"/>): phrases of one or more words mapped to
/// values, matched against a tokenised text in one pass. The last word of a phrase may end in
/// <c>*</c> to match any word starting with it (<c>invoice*</c>).
/// </summary>
/// <typeparam name="T">Value attached to a phrase.</typeparam>
internal sealed class PhraseTrie<T>
{
    /// <summary>Wildcard words are bucketed by their first (up to) this many chars.</summary>
    private const int PrefixBucket = 3;

    private readonly TrieNode _root = new();

    /// <summary>Tokens of the phrase being added (<see cref="Add"/> only).</summary>
    private readonly List<WordToken> _scratch = [];

    /// <summary>
    /// Adds a phrase; returns false when it has no words. Words are looked up in the trie as spans, so
    /// only a word the trie does not have yet becomes a string. Not thread-safe (lookups are).
    /// </summary>
    public bool Add(string phrase, T value)
    {
        // '*' is not a word character, so the phrase's words are the same with or without it.
        var wildcard = phrase.AsSpan().TrimEnd().EndsWith('*');
        var tokens = _scratch;
        tokens.Clear();
        WordTokenizer.Tokenize(phrase, tokens);
        Span<char> buffer = stackalloc char[WordTokenizer.MaxKeyLength];
        var count = 0; // words that make keys (a word longer than MaxKeyLength does not)
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Key(phrase, tokens[i], buffer).Length > 0)
                tokens[count++] = tokens[i];
        }

        if (count == 0)
            return false;
        var node = _root;
        for (var i = 0; i < count; i++)
        {
            var key = Key(phrase, tokens[i], buffer);
            if (wildcard && i == count - 1)
            {
                var prefix = key.ToString();
                if (prefix.Length < PrefixBucket)
                {
                    (node.ShortPrefixes ??= []).Add((prefix, value));
                    return true;
                }

                if (node.Prefixes is null)
                {
                    node.Prefixes = new Dictionary<string, List<(string, T)>>(StringComparer.Ordinal);
                    node.PrefixLookup = node.Prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
                }

                if (!node.PrefixLookup.TryGetValue(key[..PrefixBucket], out var list))
                    node.Prefixes[prefix[..PrefixBucket]] = list = [];
                list.Add((prefix, value));
                return true;
            }

            if (node.Next is null)
            {
                node.Next = new Dictionary<string, TrieNode>(StringComparer.Ordinal);
                node.NextLookup = node.Next.GetAlternateLookup<ReadOnlySpan<char>>();
            }

            if (!node.NextLookup.TryGetValue(key, out var next))
                node.Next[key.ToString()] = next = new TrieNode();
            node = next;
        }

        node.Values ??= [];
        node.Values.Add(value);
        return true;
    }

    /// <summary>
    /// The longest phrase starting at token <paramref name="start"/>: returns the index just past it and
    /// its values, or <paramref name="start"/> and null when no phrase starts there.
    /// </summary>
    public int Longest(string text, List<WordToken> tokens, int start, out IReadOnlyList<T>? values)
    {
        Span<char> buffer = stackalloc char[WordTokenizer.MaxKeyLength];
        var node = _root;
        var end = start;
        values = null;
        for (var i = start; i < tokens.Count; i++)
        {
            var key = Key(text, tokens[i], buffer);
            if (key.IsEmpty)
                break;
            if (node.HasPrefixes)
            {
                var prefixed = new List<T>(1);
                node.AddPrefixMatches(key, prefixed);
                if (prefixed.Count > 0)
                {
                    end = i + 1;
                    values = prefixed;
                }
            }

            if (node.Next is null || !node.NextLookup.TryGetValue(key, out var next))
                break;
            node = next;
            if (node.Values is not null)
            {
                end = i + 1;
                values = node.Values;
            }
        }

        return end;
    }

    /// <summary>Adds to <paramref name="sink"/> the values of every phrase (of any length) starting at token <paramref name="start"/>.</summary>
    public void All(string text, List<WordToken> tokens, int start, List<T> sink)
    {
        Span<char> buffer = stackalloc char[WordTokenizer.MaxKeyLength];
        var node = _root;
        for (var i = start; i < tokens.Count; i++)
        {
            var key = Key(text, tokens[i], buffer);
            if (key.IsEmpty)
                return;
            if (node.HasPrefixes)
                node.AddPrefixMatches(key, sink);
            if (node.Next is null || !node.NextLookup.TryGetValue(key, out var next))
                return;
            node = next;
            if (node.Values is not null)
                sink.AddRange(node.Values);
        }
    }

    private static ReadOnlySpan<char> Key(string text, WordToken token, Span<char> buffer)
    {
        var n = WordTokenizer.Normalize(text.AsSpan(token.Start, token.KeyLength), buffer);
        return n <= 0 ? [] : buffer[..n];
    }

    private sealed class TrieNode
    {
        public Dictionary<string, TrieNode>? Next;
        public Dictionary<string, TrieNode>.AlternateLookup<ReadOnlySpan<char>> NextLookup;
        public List<T>? Values;

        /// <summary>Wildcard words of at least <see cref="PrefixBucket"/> chars, by their first chars.</summary>
        public Dictionary<string, List<(string Prefix, T Value)>>? Prefixes;
        public Dictionary<string, List<(string Prefix, T Value)>>.AlternateLookup<ReadOnlySpan<char>> PrefixLookup;

        /// <summary>Wildcard words shorter than <see cref="PrefixBucket"/> chars (rare).</summary>
        public List<(string Prefix, T Value)>? ShortPrefixes;

        public bool HasPrefixes => Prefixes is not null || ShortPrefixes is not null;

        public void AddPrefixMatches(ReadOnlySpan<char> key, List<T> sink)
        {
            if (Prefixes is not null && key.Length >= PrefixBucket && PrefixLookup.TryGetValue(key[..PrefixBucket], out var list))
            {
                foreach (var (prefix, value) in list)
                {
                    if (key.StartsWith(prefix, StringComparison.Ordinal))
                        sink.Add(value);
                }
            }

            if (ShortPrefixes is not null)
            {
                foreach (var (prefix, value) in ShortPrefixes)
                {
                    if (key.StartsWith(prefix, StringComparison.Ordinal))
                        sink.Add(value);
                }
            }
        }
    }
}
