namespace Weekly.Tagging;

/// <summary>
/// A word of a text: a maximal run of letters and digits, apostrophes inside it included
/// (<c>Xi'an</c>, <c>Xi’an</c>), a trailing possessive <c>'s</c> left out of its key.
/// </summary>
/// <param name="Start">Index of the first char in the text.</param>
/// <param name="Length">Length in chars (possessive included).</param>
/// <param name="KeyLength">Length of the part that forms the key (possessive excluded).</param>
internal readonly record struct WordToken(int Start, int Length, int KeyLength)
{
    /// <summary>Index just past the token.</summary>
    public int End => Start + Length;
}

/// <summary>
/// Splits text into words and normalises them to lookup keys: lowercase (invariant), apostrophes
/// removed (<c>Xi'an</c> and <c>Xian</c> are one key), ü → u, so "supply-chain" and "supply chain"
/// give the same keys. One pass, no regular expressions.
/// </summary>
internal static class WordTokenizer
{
    /// <summary>Longest word that can be a key; longer runs never match.</summary>
    public const int MaxKeyLength = 64;

    /// <summary>Appends the words of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, List<WordToken> tokens)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && char.IsLetter(text[i - 1]))))
                i++;
            var length = i - start;
            var keyLength = length;
            if (length > 2 && (text[i - 1] == 's' || text[i - 1] == 'S') && IsApostrophe(text[i - 2]))
                keyLength = length - 2;
            tokens.Add(new WordToken(start, length, keyLength));
        }
    }

    /// <summary>Writes the key of <paramref name="word"/> into <paramref name="destination"/> (at least <see cref="MaxKeyLength"/> chars); returns its length, or -1 when too long.</summary>
    public static int Normalize(ReadOnlySpan<char> word, Span<char> destination)
    {
        var n = 0;
        foreach (var c in word)
        {
            if (IsApostrophe(c))
                continue;
            if (n == MaxKeyLength)
                return -1;
            destination[n++] = c switch
            {
                'ü' or 'Ü' => 'u',
                'ê' or 'Ê' => 'e',
                _ => char.ToLowerInvariant(c),
            };
        }

        return n;
    }

    /// <summary>The keys of a phrase as a list of strings (for building a trie).</summary>
    public static List<string> Keys(string phrase)
    {
        var tokens = new List<WordToken>();
        Tokenize(phrase, tokens);
        Span<char> buffer = stackalloc char[MaxKeyLength];
        var keys = new List<string>(tokens.Count);
        foreach (var t in tokens)
        {
            var n = Normalize(phrase.AsSpan(t.Start, t.KeyLength), buffer);
            if (n > 0)
                keys.Add(new string(buffer[..n]));
        }

        return keys;
    }

    /// <summary>ASCII apostrophe and the typographic ones (’ ‘ ʼ).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC';
}

/// <summary>
/// A trie over word keys (see <see cref="WordTokenizer"/>): phrases of one or more words mapped to
/// values, matched against a tokenised text in one pass. The last word of a phrase may end in
/// <c>*</c> to match any word starting with it (<c>invoice*</c>).
/// </summary>
/// <typeparam name="T">Value attached to a phrase.</typeparam>
internal sealed class PhraseTrie<T>
{
    private readonly TrieNode _root = new();

    /// <summary>Adds a phrase; returns false when it has no words.</summary>
    public bool Add(string phrase, T value)
    {
        var trimmed = phrase.Trim();
        var prefix = trimmed.EndsWith('*');
        var keys = WordTokenizer.Keys(prefix ? trimmed[..^1] : trimmed);
        if (keys.Count == 0)
            return false;
        var node = _root;
        for (var i = 0; i < keys.Count; i++)
        {
            if (prefix && i == keys.Count - 1)
            {
                node.Prefixes ??= [];
                node.Prefixes.Add((keys[i], value));
                return true;
            }

            node.Next ??= new Dictionary<string, TrieNode>(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(keys[i], out var next))
                node.Next[keys[i]] = next = new TrieNode();
            node = next;
        }

        node.Values ??= [];
        node.Values.Add(value);
        return true;
    }

    /// <summary>
    /// Calls <paramref name="onMatch"/> for phrase matches starting at token <paramref name="start"/>:
    /// (index of the last token of the match, the values). With <paramref name="longestOnly"/> only the
    /// longest match is reported; returns the index just past the longest match, or <paramref name="start"/> when none.
    /// </summary>
    public int MatchAt(string text, List<WordToken> tokens, int start, bool longestOnly, Action<int, IReadOnlyList<T>> onMatch)
    {
        Span<char> buffer = stackalloc char[WordTokenizer.MaxKeyLength];
        var node = _root;
        var bestEnd = -1;
        IReadOnlyList<T>? bestValues = null;
        for (var i = start; i < tokens.Count && node is not null; i++)
        {
            var t = tokens[i];
            var n = WordTokenizer.Normalize(text.AsSpan(t.Start, t.KeyLength), buffer);
            if (n <= 0)
                break;
            var key = buffer[..n];
            if (node.Prefixes is not null)
            {
                foreach (var (prefix, value) in node.Prefixes)
                {
                    if (key.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        if (longestOnly)
                        {
                            bestEnd = i;
                            bestValues = [value];
                        }
                        else
                        {
                            onMatch(i, [value]);
                        }
                    }
                }
            }

            if (node.Next is null || !node.Next.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var next))
                break;
            node = next;
            if (node.Values is not null)
            {
                if (longestOnly)
                {
                    bestEnd = i;
                    bestValues = node.Values;
                }
                else
                {
                    onMatch(i, node.Values);
                }
            }
        }

        if (!longestOnly || bestValues is null)
            return start;
        onMatch(bestEnd, bestValues);
        return bestEnd + 1;
    }

    private sealed class TrieNode
    {
        public Dictionary<string, TrieNode>? Next;
        public List<T>? Values;
        public List<(string Prefix, T Value)>? Prefixes;
    }
}
