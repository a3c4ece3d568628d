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
        var collapsed = IsCollapsed(text) ? text : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
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

    /// <summary>
    /// True when collapsing whitespace would not change <paramref name="text"/>: its only white space (<see cref="char.IsWhiteSpace(char)"/>)
    /// is single spaces between other characters. Excerpts of excerpts (a story's, in its page's description and the
    /// search index) then cost no new strings.
    /// </summary>
    private static bool IsCollapsed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || i == 0 || i == text.Length - 1 || text[i - 1] == ' ')) return false;
        }
        return true;
    }

    /// <summary>"1 story" or "N stories" (invariant digits).</summary>
    public static string StoryCount(int count) =>
        count == 1 ? "1 story" : count.ToString(CultureInfo.InvariantCulture) + " stories";
}
