using System.Globalization;

namespace Weekly.Seeds;

/// <summary>
/// Reads digits as regex <c>\d</c> matches them: any Unicode decimal digit (category Nd), so full-width <c>２０２１</c> (U+FF10–FF19),
/// Arabic-Indic and Devanagari digits read as their values, as ASCII ones do. <c>int.Parse</c> accepts ASCII digits only and throws
/// on the others, which a seed in a Chinese editor writes (the finder's <c>On March ５, 2021</c>).
/// </summary>
internal static class DecimalDigits
{
    /// <summary>The number the digits write (at most 9 of them), or null when the span is empty, too long or holds a non-digit.</summary>
    public static int? Value(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty || digits.Length > 9) return null;
        var value = 0;
        foreach (var c in digits)
        {
            var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (digit < 0) return null;
            value = (value * 10) + digit;
        }

        return value;
    }

    /// <summary>
    /// The text with every decimal digit written as its ASCII digit (<c>２０２１年３月６日</c> → <c>2021年3月6日</c>), same length, so
    /// match positions still point into the original; the text itself when it has none to change. NFKC would also fold letters and
    /// punctuation (<c>？</c> ends a sentence where <c>?</c> needs a space after it), so only digits are mapped.
    /// </summary>
    public static string ToAscii(string text)
    {
        var at = 0;
        while (at < text.Length && (char.IsAsciiDigit(text[at]) || !char.IsDigit(text[at]))) at++;
        if (at == text.Length) return text;
        return string.Create(text.Length, (text, at), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = state.at; i < span.Length; i++)
            {
                if (!char.IsAsciiDigit(span[i]) && CharUnicodeInfo.GetDecimalDigitValue(span[i]) is var d and >= 0) span[i] = (char)('0' + d);
            }
        });
    }
}
