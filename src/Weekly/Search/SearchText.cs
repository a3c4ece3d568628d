using System.Globalization;
using System.Text;

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
/// </summary>
public static class SearchText
{
    /// <summary>Normalises <paramref name="text"/> (steps 1 above): lower case, NFKD, combining marks removed.</summary>
    public static string Normalize(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The tokens of <paramref name="text"/>, in order (normalised first).</summary>
    public static IReadOnlyList<string> Tokenize(string text)
    {
        var normalized = Normalize(text);
        var tokens = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < normalized.Length; i++)
        {
            var rune = Rune.GetRuneAt(normalized, i);
            var start = i;
            if (rune.Utf16SequenceLength == 2) i++;
            if (IsCjk(rune.Value))
            {
                Flush(current, tokens);
                tokens.Add(rune.ToString());
            }
            else if (Rune.IsLetter(rune) || Rune.IsDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber)
            {
                current.Append(normalized, start, rune.Utf16SequenceLength); // no string per character
            }
            else
            {
                Flush(current, tokens);
            }
        }
        Flush(current, tokens);
        return tokens;
    }

    /// <summary>True for code points of scripts written without spaces between words: Han, Hiragana, Katakana, Hangul.</summary>
    public static bool IsCjk(int codePoint) =>
        codePoint is >= 0x3040 and <= 0x30FF   // Hiragana, Katakana
            or >= 0x3400 and <= 0x4DBF         // CJK Extension A
            or >= 0x4E00 and <= 0x9FFF         // CJK Unified Ideographs
            or >= 0xAC00 and <= 0xD7AF         // Hangul syllables
            or >= 0xF900 and <= 0xFAFF         // CJK Compatibility Ideographs
            or >= 0x20000 and <= 0x3134F;      // CJK Extensions B–G

    private static void Flush(StringBuilder current, List<string> tokens)
    {
        if (current.Length == 0) return;
        tokens.Add(current.ToString());
        current.Clear();
    }
}
