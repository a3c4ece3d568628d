using System.Globalization;
using System.Text;

namespace Weekly.Text;

/// <summary>
/// The one fold that makes words into keys, shared by the tagger (<c>Tagging/WordTokenizer</c>) and search
/// (<c>Search/SearchText</c>, and <c>theme/assets/js/search.js</c>, which must stay in step): lower case (invariant),
/// accents stripped (Unicode NFKD, combining marks dropped: <c>Xiàmén</c> = <c>xiamen</c>, full-width <c>Ｆ</c> = <c>f</c>),
/// and the apostrophe variants <c>’ ‘ ʼ</c> folded to <c>'</c>.
/// </summary>
public static class WordFold
{
    /// <summary>Each BMP char's fold, filled on first use (0: not yet worked out); writes of a char are atomic, so threads may race.</summary>
    private static readonly char[] Folded = new char[char.MaxValue + 1];

    /// <summary>True for the ASCII apostrophe and the typographic ones (<c>’ ‘ ʼ</c>).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC';

    /// <summary>
    /// The fold of one char: lower case without its accents (<c>À</c> → <c>a</c>), an apostrophe variant as <c>'</c>.
    /// A char whose NFKD form is more than one letter (a ligature such as <c>ﬁ</c>) is only lower-cased; a combining
    /// mark on its own folds to itself (<see cref="Fold(string)"/> drops those).
    /// </summary>
    public static char Fold(char c)
    {
        if (char.IsAscii(c)) return char.ToLowerInvariant(c);
        var folded = Folded[c];
        if (folded == 0) Folded[c] = folded = FoldOnce(c);
        return folded;
    }

    /// <summary>
    /// The fold of a text: lower case, NFKD, every combining mark dropped, apostrophe variants as <c>'</c>. The text must be
    /// free of noncharacters and unpaired surrogates (<see cref="UnsafeCharacters.Clean"/>), or NFKD throws.
    /// </summary>
    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (IsMark(c)) continue;
            sb.Append(IsApostrophe(c) ? '\'' : c);
        }
        return sb.ToString();
    }

    private static char FoldOnce(char c)
    {
        if (IsApostrophe(c)) return '\'';
        var lower = char.ToLowerInvariant(c);
        if (char.IsSurrogate(lower) || IsMark(lower)) return lower;
        string decomposed;
        try
        {
            decomposed = lower.ToString().Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            return lower; // a noncharacter: kept as it is
        }
        if (decomposed.Length == 0 || IsMark(decomposed[0])) return lower;
        for (var i = 1; i < decomposed.Length; i++)
            if (!IsMark(decomposed[i])) return lower;
        return char.ToLowerInvariant(decomposed[0]);
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
