using System.Text;
using AnyAscii;
using Weekly.IO;

namespace Weekly.Urls;

/// <summary>
/// Makes URL slugs: lowercase ASCII letters, digits and single hyphens. Non-Latin text is
/// transliterated with AnyAscii (<c>福州</c> → <c>fuzhou</c>, <c>Zürich</c> → <c>zurich</c>) rather than dropped,
/// so different titles do not collapse into one slug; symbols and the separator <c>丨</c> are word breaks.
/// </summary>
public static class Slugs
{
    /// <summary>Slugifies <paramref name="text"/>, cutting at a hyphen so the result is at most <paramref name="maxLength"/> characters.</summary>
    /// <returns>The slug, or <paramref name="fallback"/> when nothing slug-worthy remains.</returns>
    public static string From(string text, int maxLength = 80, string fallback = "untitled")
    {
        var ascii = WithoutSymbols(text).Transliterate();
        var builder = new StringBuilder(ascii.Length);
        var pendingHyphen = false;
        foreach (var c in ascii)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9' || c is >= 'A' and <= 'Z')
            {
                if (pendingHyphen && builder.Length > 0) builder.Append('-');
                pendingHyphen = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c != '\'')
            {
                pendingHyphen = true;
            }
        }
        var slug = builder.ToString();
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = cut > maxLength / 2 ? slug[..cut] : slug[..maxLength].TrimEnd('-');
        }
        return slug.Length == 0 ? fallback : slug;
    }

    /// <summary>
    /// <paramref name="text"/> with its symbols (Unicode categories So and Sm: <c>→</c>, <c>√</c>, <c>★</c>, <c>▶</c>, emoji)
    /// replaced by spaces: AnyAscii spells them as names (<c>→</c> → <c>arrow-forward</c>, <c>√</c> → <c>sqrt</c>) that are no
    /// words of the title. Letters of any script, digits and currency signs stay (transliterated).
    /// </summary>
    private static string WithoutSymbols(string text)
    {
        var at = -1;
        for (var i = 0; i < text.Length && at < 0; i++)
        {
            if (IsSymbol(text, i)) at = i;
        }

        if (at < 0) return text;
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, at);
        for (var i = at; i < text.Length; i++)
        {
            if (!IsSymbol(text, i)) builder.Append(text[i]);
            else if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { builder.Append(' '); i++; }
            else builder.Append(' ');
        }

        return builder.ToString();
    }

    // 丨 (U+4E28) is an ideograph to Unicode, but Chinese titles use it only as a separator (Xiamen丨Blockchain), never as "gun".
    private static bool IsSymbol(string text, int i) =>
        text[i] == '\u4E28' || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(text, i) is System.Globalization.UnicodeCategory.OtherSymbol or System.Globalization.UnicodeCategory.MathSymbol;

    /// <summary>True when a slug may not name a file or folder: a Windows device name such as <c>con</c> (<see cref="FileNames.IsWindowsDeviceName"/>).</summary>
    public static bool IsDeviceName(string slug) => FileNames.IsWindowsDeviceName(slug);

    /// <summary>
    /// Returns <paramref name="slug"/>, or <c>slug-2</c>, <c>slug-3</c>, ... — the first not yet in
    /// <paramref name="taken"/> (compared ignoring case, since some file systems do), and adds it. <paramref name="avoid"/>, when
    /// given, maps each numbered candidate to a slug that may be used (<c>section-2</c> → <c>story-section-2</c>).
    /// </summary>
    public static string Unique(string slug, HashSet<string> taken, Func<string, string>? avoid = null)
    {
        var candidate = slug;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{slug}-{n}");
            if (avoid is not null) candidate = avoid(candidate);
        }
        return candidate;
    }
}
