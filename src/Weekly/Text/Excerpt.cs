using System.Globalization;

namespace Weekly.Text;

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
        // Collapse whitespace (char.IsWhiteSpace, as Whitespace.Collapse does), reading only as far as the cut
        // can depend on: the limit plus a margin for the text element that straddles it. Not Whitespace.Collapse itself:
        // that copies the whole text, and an excerpt of a long story needs only its first few hundred characters.
        var limit = maxLength + 32;
        var buffer = limit <= 512 ? stackalloc char[limit] : new char[limit];
        var length = 0;
        var space = false;
        var more = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }
            if (length + (space ? 2 : 1) > limit)
            {
                more = true;
                break;
            }
            if (space) buffer[length++] = ' ';
            buffer[length++] = c;
            space = false;
        }
        if (!more && length <= maxLength) return new string(buffer[..length]);
        ReadOnlySpan<char> collapsed = buffer[..length];
        var cut = collapsed[..Math.Min(length, maxLength + 1)].LastIndexOf(' ');
        if (cut < maxLength / 2)
        {
            // No usable space: cut between text elements so no surrogate pair or combining mark is split.
            cut = 0;
            for (var next = StringInfo.GetNextTextElementLength(collapsed); next > 0 && cut + next <= maxLength; next = StringInfo.GetNextTextElementLength(collapsed[cut..]))
            {
                cut += next;
            }
        }
        return string.Concat(collapsed[..cut].TrimEnd(" ,;:，、"), "…");
    }

    /// <summary>"1 story" or "N stories" (invariant digits).</summary>
    public static string StoryCount(int count) =>
        count == 1 ? "1 story" : count.ToString(CultureInfo.InvariantCulture) + " stories";
}
