using System.Text;
using Weekly.Text;

namespace Weekly.Feeds;

/// <summary>Text clean-up shared by every feed writer, so that RSS, Atom and JSON Feed show the same text.</summary>
public static class FeedText
{
    /// <summary>
    /// Removes characters XML 1.0 forbids (§2.2 <c>Char</c>): C0 controls other than tab, LF and CR,
    /// U+FFFE, U+FFFF and unpaired surrogates. Everything else (emoji, CJK, <c>&amp;</c>, <c>&lt;</c>,
    /// <c>]]&gt;</c>) is kept as written; escaping is the writer's job.
    /// </summary>
    /// <param name="text">Any text.</param>
    /// <returns><paramref name="text"/> itself when nothing is forbidden, else a cleaned copy.</returns>
    public static string Clean(string text)
    {
        var first = FirstForbidden(text);
        if (first < 0) return text;
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsAllowedBmp(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// A plain-text value (a title, description, summary, category, author) as every writer writes it: <see cref="Clean"/>,
    /// then isolated when it holds bidi controls (<see cref="BidiText.Isolate"/>), so that a right-to-left override cannot
    /// reverse what a feed reader shows after it. Text without them is returned as it is.
    /// </summary>
    public static string Plain(string text) => BidiText.Isolate(Clean(text));

    /// <summary>
    /// Plain text as an HTML fragment that shows it literally: <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>,
    /// <c>"</c> and <c>'</c> become character references; blank lines (<c>\n\n</c>) separate
    /// <c>&lt;p&gt;</c> paragraphs. Other characters (emoji, CJK) are kept as they are.
    /// </summary>
    public static string TextToHtml(string text)
    {
        var paragraphs = text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var builder = new StringBuilder(text.Length + 16);
        foreach (var paragraph in paragraphs)
        {
            builder.Append("<p>");
            foreach (var c in paragraph)
            {
                _ = c switch
                {
                    '&' => builder.Append("&amp;"),
                    '<' => builder.Append("&lt;"),
                    '>' => builder.Append("&gt;"),
                    '"' => builder.Append("&quot;"),
                    '\'' => builder.Append("&#39;"),
                    _ => builder.Append(c),
                };
            }
            builder.Append("</p>");
        }
        return builder.ToString();
    }

    private static int FirstForbidden(string text)
    {
        // Most text is all in U+0020..U+D7FF (Latin, CJK): one vectorized scan finds the first character that needs a closer look.
        var start = text.AsSpan().IndexOfAnyExceptInRange('\u0020', '\uD7FF');
        if (start < 0) return -1;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!IsAllowedBmp(c))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool IsAllowedBmp(char c) =>
        c is '\t' or '\n' or '\r'
        || (c >= '\u0020' && c <= '\uD7FF')
        || (c >= '\uE000' && c <= '\uFFFD');
}
