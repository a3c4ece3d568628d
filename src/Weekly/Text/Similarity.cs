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
}
