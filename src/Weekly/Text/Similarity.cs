namespace Weekly.Text;

/// <summary>
/// How alike two texts are, by Levenshtein distance (Quickenshtein): used to match a retitled story to the one the
/// permalink lock recorded, and to suggest a known name for a misspelt one ("did you mean", <see cref="Closest(IEnumerable{string}, string, int)"/>).
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

    /// <summary>
    /// "Did you mean": the candidate fewest <see cref="Edits"/> from <paramref name="word"/>, the first of those in the
    /// candidates' order on a tie; null when none is within <paramref name="maxDistance"/> edits.
    /// </summary>
    public static string? Closest(IEnumerable<string> candidates, string word, int maxDistance) =>
        Closest(candidates, c => c, word, _ => maxDistance);

    /// <summary>
    /// As <see cref="Closest(IEnumerable{string}, string, int)"/>, comparing each candidate's <paramref name="text"/> and with
    /// <paramref name="maxDistance"/> a function of the length of the longer of the two texts (UTF-16 units), so that a
    /// caller may allow, say, an edit per three characters (<c>longer =&gt; longer / 3</c>).
    /// </summary>
    public static T? Closest<T>(IEnumerable<T> candidates, Func<T, string> text, string word, Func<int, int> maxDistance)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(word);
        T? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var other = text(candidate);
            var allowed = Math.Min(maxDistance(Math.Max(word.Length, other.Length)), bestDistance - 1);
            // The distance is at least the difference in length: most candidates are skipped without computing it.
            if (Math.Abs(word.Length - other.Length) > allowed) continue;
            var distance = Edits(word, other);
            if (distance <= allowed) (best, bestDistance) = (candidate, distance);
        }

        return best;
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
