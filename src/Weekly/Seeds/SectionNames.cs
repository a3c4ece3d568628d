using System.Collections.Concurrent;
using System.Text;
using Weekly.Text;

namespace Weekly.Seeds;

/// <summary>One known section name from <c>input/sections.yml</c>, with the other spellings taken for it.</summary>
/// <param name="Name">The name as the newsletter writes it, e.g. <c>Government Updates</c>.</param>
/// <param name="Variants">Other spellings recognised as this section (the heading keeps the spelling it was written in).</param>
/// <param name="Line">1-based line of the entry in the file (0 when made in code).</param>
public sealed record SectionName(string Name, IReadOnlyList<string> Variants, int Line = 0);

/// <summary>
/// The newsletter's known section names (<c>input/sections.yml</c>, read by <see cref="SectionNamesFile"/>): a line
/// <c>&lt;known name&gt;: &lt;title&gt;</c> (or the name alone) is a section heading wherever it stands. Matching ignores
/// case, extra spaces and singular/plural (<c>Government Update</c>, <c>GOVERNMENT UPDATES</c>). Unknown names are still
/// recognised by layout (see <see cref="SeedStructure"/>); a name close to a known one (<see cref="Closest"/>) is a
/// misspelling. Safe to share between threads (its only state is a memo of <see cref="Closest"/>'s answers).
/// </summary>
public sealed class SectionNames
{
    /// <summary>Smallest <see cref="Similarity.Of"/> of two normalised names for one to be taken for a misspelling of the other.</summary>
    public const double MinSimilarity = 0.85;

    /// <summary>Longest name looked up (longer text is never a section name).</summary>
    private const int MaxNameLength = 60;

    /// <summary>No known names: headings are found by layout only.</summary>
    public static readonly SectionNames None = new([]);

    private readonly Dictionary<string, string> _byNormalized = new(StringComparer.Ordinal);
    private readonly KeyValuePair<string, string>[] _ordered;
    private readonly ConcurrentDictionary<string, string?> _closest = new(StringComparer.Ordinal);

    /// <summary>Known names from <paramref name="entries"/> (names and variants; the first of equal normalised spellings wins).</summary>
    public SectionNames(IReadOnlyList<SectionName> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries;
        foreach (var entry in entries)
        {
            _byNormalized.TryAdd(Normalize(entry.Name), entry.Name);
            foreach (var variant in entry.Variants) _byNormalized.TryAdd(Normalize(variant), entry.Name);
        }

        _ordered = [.. _byNormalized.OrderBy(k => k.Key, StringComparer.Ordinal)];
    }

    /// <summary>The entries, in file order.</summary>
    public IReadOnlyList<SectionName> Entries { get; }

    /// <summary>True when <paramref name="name"/> is a known name or variant in any case and number.</summary>
    public bool IsKnown(string name) => name.Length <= MaxNameLength && _byNormalized.ContainsKey(Normalize(name));

    /// <summary>The listed name for a known name or variant in any case and number (<c>GOVERNMENT UPDATE</c> → <c>Government Updates</c>), else null.</summary>
    public string? KnownNameOf(string name) =>
        name.Length <= MaxNameLength && _byNormalized.TryGetValue(Normalize(name), out var known) ? known : null;

    /// <summary>
    /// If the line is a heading with a known name (<c>Name: title</c>, <c>Name：title</c>, <c>Name — title</c>, <c>Name:</c> or
    /// <c>Name</c> alone), returns true with the name and title as written (title empty when absent).
    /// </summary>
    public bool TryMatch(string text, out string name, out string title)
    {
        SplitHeading(text, out name, out title);
        if (IsKnown(name)) return true;
        name = title = "";
        return false;
    }

    /// <summary>
    /// The known name a heading's name is a likely misspelling of (<c>Goverment Updates</c> → <c>Government Updates</c>): the
    /// known name or variant whose normalised spelling is fewest edits away (<see cref="Similarity.Closest(IEnumerable{string}, string, int)"/>)
    /// and at least <see cref="MinSimilarity"/> alike; null when
    /// none is, or when the name is known.
    /// </summary>
    public string? Closest(string name)
    {
        if (name.Length > MaxNameLength || _byNormalized.Count == 0) return null;
        var normalized = Normalize(name);
        if (normalized.Length == 0 || _byNormalized.ContainsKey(normalized)) return null;
        // Seeds repeat their heading-shaped lines issue after issue: each distinct name is compared with every known one once.
        return _closest.GetOrAdd(normalized, ClosestOf);
    }

    /// <summary>At most 3 edits per 20 characters of the longer name: a <see cref="MinSimilarity"/> of 0.85.</summary>
    private string? ClosestOf(string normalized) =>
        Similarity.Closest(_ordered.Select(k => k.Key), k => k, normalized, longer => longer * 3 / 20) is { } known ? _byNormalized[known] : null;

    /// <summary>The name and the title of a heading line (<see cref="LineShape.SplitHeading"/>: after a colon or a dash).</summary>
    internal static void SplitHeading(string text, out string name, out string title) => LineShape.SplitHeading(text, out name, out title);

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
