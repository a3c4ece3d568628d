using System.Globalization;

namespace Weekly.Rendering;

/// <summary>Plain-text excerpts for lists and meta descriptions.</summary>
public static class Excerpt
{
    /// <summary>
    /// Returns <paramref name="text"/> (whitespace runs collapsed) when it has at most
    /// <paramref name="maxLength"/> characters; otherwise its start cut at the last space before the
    /// limit (or, for text without spaces such as Chinese, at a text-element boundary) plus "…".
    /// </summary>
    public static string Make(string text, int maxLength = 200)
    {
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.Length <= maxLength) return collapsed;
        var cut = collapsed.LastIndexOf(' ', maxLength);
        if (cut < maxLength / 2)
        {
            // No usable space: cut between text elements so no surrogate pair or combining mark is split.
            cut = 0;
            var e = StringInfo.GetTextElementEnumerator(collapsed);
            while (e.MoveNext() && e.ElementIndex + e.GetTextElement().Length <= maxLength) cut = e.ElementIndex + e.GetTextElement().Length;
        }
        return collapsed[..cut].TrimEnd(' ', ',', ';', ':', '，', '、') + "…";
    }

    /// <summary>"1 story" or "N stories" (invariant digits).</summary>
    public static string StoryCount(int count) =>
        count == 1 ? "1 story" : count.ToString(CultureInfo.InvariantCulture) + " stories";
}
