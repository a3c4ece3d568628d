namespace Weekly.Text;

/// <summary>
/// How alike two texts are, by Levenshtein distance (Quickenshtein): used to match a retitled story to the one the
/// permalink lock recorded, and to suggest a known name for a misspelt one ("did you mean").
/// </summary>
public static class Similarity
{
    /// <summary>1 − Levenshtein distance / length of the longer text: 1 for equal texts, 0 for nothing in common.</summary>
    public static double Of(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var longer = Math.Max(a.Length, b.Length);
        return longer == 0 ? 1 : 1 - (double)Quickenshtein.Levenshtein.GetDistance(a, b) / longer;
    }

    /// <summary>
    /// Edits between two texts, counting a swap of two neighbouring characters as one (Damerau's transposition:
    /// "prevew" is one edit from "preview", "buidl" one from "build"); else Levenshtein's distance.
    /// </summary>
    public static int Edits(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return IsOneSwap(a, b) ? 1 : Quickenshtein.Levenshtein.GetDistance(a, b);
    }

    /// <summary>True when <paramref name="a"/> is <paramref name="b"/> with two neighbouring characters swapped.</summary>
    private static bool IsOneSwap(string a, string b)
    {
        if (a.Length != b.Length) return false;
        var i = 0;
        while (i < a.Length && a[i] == b[i]) i++;
        return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
    }
}
