using System.Text;

namespace Weekly.Seeds;

/// <summary>
/// The newsletter's known section names (from its issues): a line <c>&lt;known name&gt;: &lt;title&gt;</c>
/// (or the name alone) is a section heading wherever it stands. Matching ignores case, extra spaces
/// and singular/plural (<c>Government Update</c>, <c>GOVERNMENT UPDATES</c>). Unknown names are
/// still recognised by layout (see <see cref="SeedStructure"/>).
/// </summary>
internal static class SectionNames
{
    /// <summary>Known names as the newsletter writes them.</summary>
    public static readonly IReadOnlyList<string> Known =
    [
        "Government Updates", "Industrial Policy", "Research Institute", "Application Landing", "Listed Companies", "Standards and Patents",
        "Industry News", "Industry Updates", "Policy Updates", "Local Policies", "Financial Applications",
        "Investment and Financing", "Technology Progress", "International News",
    ];

    private static readonly HashSet<string> Normalized = new(Known.Select(Normalize), StringComparer.Ordinal);

    /// <summary>True when <paramref name="name"/> is a known section name in any case and number.</summary>
    public static bool IsKnown(string name) => name.Length <= 60 && Normalized.Contains(Normalize(name));

    /// <summary>
    /// If the line is a heading with a known name (<c>Name: title</c>, <c>Name：title</c>, <c>Name:</c> or
    /// <c>Name</c> alone), returns true with the name and title as written (title empty when absent).
    /// </summary>
    public static bool TryMatch(string text, out string name, out string title)
    {
        name = title = "";
        var colon = LineShape.ColonIndex(text);
        var candidate = (colon < 0 ? text : text[..colon]).Trim();
        if (!IsKnown(candidate)) return false;
        name = candidate;
        title = colon < 0 ? "" : text[(colon + 1)..].Trim();
        return true;
    }

    /// <summary>Lowercase, single spaces, each word singular (<c>policies</c> → <c>policy</c>, <c>updates</c> → <c>update</c>).</summary>
    internal static string Normalize(string name)
    {
        var result = new StringBuilder(name.Length);
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var w = word.ToLowerInvariant();
            if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) w = w[..^3] + "y";
            else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && w.Length > 3) w = w[..^1];
            if (result.Length > 0) result.Append(' ');
            result.Append(w);
        }

        return result.ToString();
    }
}
