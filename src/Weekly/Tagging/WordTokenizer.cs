using Weekly.Text;

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
/// Splits text into words and normalises them to lookup keys: <see cref="WordFold"/> (lower case, accents stripped:
/// <c>Xiàmén</c> and <c>Xiamen</c> are one key), apostrophes removed (<c>Xi'an</c> and <c>Xian</c> are one key), so
/// "supply-chain" and "supply chain" give the same keys. One pass, no regular expressions.
/// </summary>
internal static class WordTokenizer
{
    /// <summary>Longest word that can be a key; longer runs never match.</summary>
    public const int MaxKeyLength = 64;

    [ThreadStatic] private static List<WordToken>? _scratch;

    /// <summary>
    /// An empty token list for the calling thread, reused from call to call, so tagging makes no token array per
    /// story. Valid until the thread's next call: do not keep it, or nest uses.
    /// </summary>
    public static List<WordToken> Scratch()
    {
        var list = _scratch ??= new List<WordToken>(256);
        list.Clear();
        return list;
    }

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
            destination[n++] = WordFold.Fold(c);
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

    /// <summary>The keys of a phrase joined by single spaces: two phrases have the same keys exactly when these are equal.</summary>
    public static string KeyString(string phrase) => string.Join(' ', Keys(phrase));

    /// <summary>ASCII apostrophe and the typographic ones (<see cref="WordFold.IsApostrophe"/>).</summary>
    public static bool IsApostrophe(char c) => WordFold.IsApostrophe(c);
}
