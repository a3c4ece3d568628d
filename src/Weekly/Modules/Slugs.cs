using System.Text;
using AnyAscii;

namespace Weekly.Modules;

/// <summary>
/// Makes URL slugs: lowercase ASCII letters, digits and single hyphens. Non-Latin text is
/// transliterated with AnyAscii (<c>丨</c> → <c>gun</c>, <c>Zürich</c> → <c>zurich</c>) rather than dropped,
/// so different titles do not collapse into one slug. Used only by <see cref="SetDestination"/>.
/// </summary>
public static class Slugs
{
    /// <summary>Slugifies <paramref name="text"/>, cutting at a hyphen so the result is at most <paramref name="maxLength"/> characters.</summary>
    /// <returns>The slug, or <paramref name="fallback"/> when nothing slug-worthy remains.</returns>
    public static string From(string text, int maxLength = 80, string fallback = "untitled")
    {
        var ascii = text.Transliterate();
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
    /// True for the Windows device names CON, PRN, AUX, NUL, COM1–COM9 and LPT1–LPT9 in lower case:
    /// Windows cannot create a file or folder so named (Microsoft's "Naming Files, Paths, and
    /// Namespaces"), so a slug must never be one. Slugs hold no dots, so the name alone is checked.
    /// </summary>
    public static bool IsDeviceName(string slug) =>
        slug is "con" or "prn" or "aux" or "nul"
        || (slug.Length == 4 && (slug.StartsWith("com", StringComparison.Ordinal) || slug.StartsWith("lpt", StringComparison.Ordinal)) && slug[3] is >= '1' and <= '9');

    /// <summary>
    /// Returns <paramref name="slug"/>, or <c>slug-2</c>, <c>slug-3</c>, ... — the first not yet in
    /// <paramref name="taken"/> (compared ignoring case, since some file systems do), and adds it.
    /// </summary>
    public static string Unique(string slug, HashSet<string> taken)
    {
        var candidate = slug;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{slug}-{n}");
        }
        return candidate;
    }
}
