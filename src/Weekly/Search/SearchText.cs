using System.Globalization;
using System.Text;
using Weekly.Text;

namespace Weekly.Search;

/// <summary>
/// How search text is normalised and cut into tokens, the same way at build time (here) and in the
/// browser (<c>theme/assets/js/search.js</c>, which must stay in step with this file):
/// <list type="number">
/// <item>lower-case (invariant), then Unicode NFKD (full-width <c>Ｆ</c> becomes <c>f</c>), then drop every
/// combining mark (<c>\p{M}</c>), so search is case- and accent-insensitive (<c>Chóngqìng</c> = <c>chongqing</c>);</item>
/// <item>tokens are maximal runs of letters and digits (<c>\p{L}</c>, <c>\p{N}</c>); everything else separates them
/// (<c>blockchain-based</c> gives <c>blockchain</c>, <c>based</c>);</item>
/// <item>a CJK character (Han, Hiragana, Katakana, Hangul) is a token on its own, since those scripts do not
/// separate words with spaces; a query's run of CJK characters is searched as a phrase.</item>
/// </list>
/// Apostrophes are one character: <c>’</c>, <c>‘</c> and <c>ʼ</c> (a letter to Unicode, so it would glue <c>taiʼan</c> into one
/// token) become <c>'</c> in step 1. Step 1 is <see cref="WordFold.Fold(string)"/>, the tagger's fold too. Two words joined by <c>'</c> or <c>-</c> (<c>Tai'an</c>, <c>Xi'an</c>) are also indexed
/// as one (<c>taian</c>, <c>xian</c>: <see cref="IsJoiner"/>), so a query that leaves the apostrophe out finds them too.
/// </summary>
public static class SearchText
{
    /// <summary>Normalises <paramref name="text"/> (steps 1 above): lower case, NFKD, combining marks removed.</summary>
    public static string Normalize(string text) =>
        // Noncharacters and unpaired surrogates would make Normalize throw: seeds are cleaned of them when read, and this keeps any other text safe.
        WordFold.Fold(UnsafeCharacters.Clean(text));

    /// <summary>The tokens of <paramref name="text"/>, in order (normalised first).</summary>
    public static IReadOnlyList<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        char[]? buffer = null;
        var tokenizer = new Tokenizer(Normalize(text, ref buffer));
        while (tokenizer.Next(out var token)) tokens.Add(token.ToString());
        return tokens;
    }

    /// <summary>
    /// <see cref="Normalize(string)"/> without allocating for ASCII text, the common case: that is lower-cased into
    /// <paramref name="buffer"/> (grown as needed; ASCII is its own NFKD and has no marks). Other text is normalised
    /// as a new string. The result is valid until <paramref name="buffer"/> is next used.
    /// </summary>
    internal static ReadOnlySpan<char> Normalize(string text, ref char[]? buffer)
    {
        if (!System.Text.Ascii.IsValid(text)) return Normalize(text);
        if (buffer is null || buffer.Length < text.Length) buffer = new char[Math.Max(text.Length, 256)];
        System.Text.Ascii.ToLower(text, buffer, out var written);
        return buffer.AsSpan(0, written);
    }

    /// <summary>
    /// Cuts normalised text into tokens (step 2 and 3 above) as slices of that text: a token is a maximal run of letters
    /// and digits that are not CJK, or one CJK character.
    /// </summary>
    /// <param name="normalized">Text already normalised (<see cref="Normalize(string)"/>).</param>
    internal ref struct Tokenizer(ReadOnlySpan<char> normalized)
    {
        private readonly ReadOnlySpan<char> _text = normalized;
        private int _position;

        /// <summary>Where the last token returned ends in the text.</summary>
        public readonly int End => _position;

        /// <summary>Moves to the next token; false at the end of the text.</summary>
        /// <exception cref="ArgumentException">The text holds an unpaired surrogate (<see cref="Normalize(string)"/> rejects those first).</exception>
        public bool Next(out ReadOnlySpan<char> token)
        {
            var text = _text;
            var i = _position;
            while (i < text.Length)
            {
                var kind = Classify(text, i, out var length);
                if (kind == Kind.Cjk)
                {
                    token = text.Slice(i, length);
                    _position = i + length;
                    return true;
                }
                if (kind == Kind.Word)
                {
                    var start = i;
                    i += length;
                    while (i < text.Length && Classify(text, i, out length) == Kind.Word) i += length;
                    token = text[start..i];
                    _position = i;
                    return true;
                }
                i += length;
            }
            _position = i;
            token = default;
            return false;
        }

        private enum Kind { Separator, Word, Cjk }

        private static Kind Classify(ReadOnlySpan<char> text, int index, out int length)
        {
            var c = text[index];
            if (char.IsAscii(c))
            {
                length = 1;
                return char.IsAsciiLetterOrDigit(c) ? Kind.Word : Kind.Separator;
            }
            if (Rune.DecodeFromUtf16(text[index..], out var rune, out length) != System.Buffers.OperationStatus.Done)
            {
                throw new ArgumentException($"Invalid UTF-16 at index {index} of the search text.");
            }
            if (IsCjk(rune.Value)) return Kind.Cjk;
            return Rune.IsLetter(rune) || Rune.IsDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
                ? Kind.Word
                : Kind.Separator;
        }
    }

    /// <summary>True for the characters that join two words into one more key (<c>tai'an</c> → <c>taian</c>): <c>'</c> and <c>-</c> (normalised text).</summary>
    public static bool IsJoiner(char c) => c is '\'' or '-';

    /// <summary>True for code points of scripts written without spaces between words: Han, Hiragana, Katakana, Hangul.</summary>
    public static bool IsCjk(int codePoint) =>
        codePoint is >= 0x3040 and <= 0x30FF   // Hiragana, Katakana
            or >= 0x3400 and <= 0x4DBF         // CJK Extension A
            or >= 0x4E00 and <= 0x9FFF         // CJK Unified Ideographs
            or >= 0xAC00 and <= 0xD7AF         // Hangul syllables
            or >= 0xF900 and <= 0xFAFF         // CJK Compatibility Ideographs
            or >= 0x20000 and <= 0x3134F;      // CJK Extensions B–G
}
