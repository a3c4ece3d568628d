using System.Buffers;
using System.Globalization;
using System.Text;

namespace Weekly.Text;

/// <summary>
/// Characters no published text may hold: C0 controls other than tab, LF and CR, DEL (U+007F) and the C1 controls
/// (U+0080–U+009F), which the HTML standard calls parse errors and which terminals run; noncharacters (U+FDD0–U+FDEF
/// and U+xFFFE, U+xFFFF in every plane, Unicode §23.7), which .NET's normalisation refuses; and unpaired surrogates.
/// U+000B and U+000C (Word's manual line break, a form feed) become a space; the others are removed.
/// </summary>
public static class UnsafeCharacters
{
    private static readonly SearchValues<char> Suspects = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c))
        + string.Concat(Enumerable.Range(0x7F, 0x21).Select(c => (char)c))
        + string.Concat(Enumerable.Range(0xFDD0, 0x20).Select(c => (char)c))
        + string.Concat(Enumerable.Range(0xD800, 0x800).Select(c => (char)c))
        + "\uFFFE\uFFFF");

    /// <summary>A character found by <see cref="Clean"/>.</summary>
    /// <param name="Index">Its UTF-16 index in the text given.</param>
    /// <param name="CodePoint">Its code point (a surrogate's own value when unpaired).</param>
    public readonly record struct Found(int Index, int CodePoint)
    {
        /// <summary>True when it became a space (U+000B, U+000C) rather than being removed.</summary>
        public bool BecameSpace => CodePoint is 0x0B or 0x0C;

        /// <summary>What it is, e.g. <c>U+001B (a control character)</c>.</summary>
        public string Describe() => string.Create(CultureInfo.InvariantCulture, $"U+{CodePoint:X4} ({Kind(CodePoint)})");
    }

    /// <summary>
    /// <paramref name="text"/> without the characters described on <see cref="UnsafeCharacters"/>; the text itself when it
    /// has none (the common case, one vectorised scan).
    /// </summary>
    /// <param name="text">Any text (LF and CR are kept, so whole files may be cleaned).</param>
    /// <param name="found">Receives each character removed or replaced, in order; may be null.</param>
    public static string Clean(string text, List<Found>? found = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAny(Suspects);
        if (first < 0) return text;
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        var changed = false;
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                if ((codePoint & 0xFFFE) == 0xFFFE)
                {
                    found?.Add(new Found(i, codePoint));
                    changed = true;
                }
                else
                {
                    builder.Append(c).Append(text[i + 1]);
                }
                i++;
            }
            else if (IsUnsafe(c))
            {
                found?.Add(new Found(i, c));
                changed = true;
                if (c is '\v' or '\f') builder.Append(' ');
            }
            else
            {
                builder.Append(c);
            }
        }
        return changed ? builder.ToString() : text;
    }

    /// <summary>What was found, each code point once: <c>U+0001 (a control character) was removed, U+000B (…) became a space</c>.</summary>
    public static string Describe(IEnumerable<Found> found) =>
        string.Join(", ", found.DistinctBy(f => f.CodePoint).Select(f => f.Describe() + (f.BecameSpace ? " became a space" : " was removed")));

    private static bool IsUnsafe(char c) =>
        (c < ' ' && c is not ('\t' or '\n' or '\r'))
        || c is >= '\u007F' and <= '\u009F'
        || c is >= '\uFDD0' and <= '\uFDEF'
        || char.IsSurrogate(c)
        || c is '\uFFFE' or '\uFFFF';

    private static string Kind(int codePoint) => codePoint switch
    {
        0x0B => "a vertical tab, Word's manual line break",
        0x0C => "a form feed",
        < 0x20 or (>= 0x7F and <= 0x9F) => "a control character",
        >= 0xD800 and <= 0xDFFF => "an unpaired surrogate",
        _ => "a noncharacter",
    };
}
