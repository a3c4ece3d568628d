using System.Text;
using Weekly.Text;

namespace Weekly.Rendering.Markup;

/// <summary>
/// HTML escaping for text and quoted attribute values (the five characters OWASP lists), and bidirectional isolation
/// of text holding bidi controls: the one rule for every untrusted value on a page (the theme's <c>{{ expr }}</c>
/// output, <see cref="ThemeTemplateContext"/>; the charts, <see cref="SvgCharts"/>).
/// </summary>
public static class Html
{
    /// <summary>
    /// Escapes <c>&amp; &lt; &gt; " '</c> as <c>&amp;amp; &amp;lt; &amp;gt; &amp;quot; &amp;#39;</c>, so the
    /// result is safe as element text and inside a quoted attribute value. Other characters (CJK,
    /// punctuation such as <c>丨</c>) are kept as they are, since pages are UTF-8. Text holding a bidirectional
    /// formatting character (a right-to-left override, U+202E) is wrapped in U+2068 … U+2069 (<see cref="BidiText.Isolate"/>),
    /// so that it cannot reorder what follows it on the line; other text is unchanged.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var isolate = BidiText.HasControls(text);
        if (!isolate && text.AsSpan().IndexOfAny(Special) < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        if (isolate) sb.Append(FirstStrongIsolate);
        foreach (var c in text)
        {
            if (Entity(c) is { } entity) sb.Append(entity);
            else sb.Append(c);
        }
        if (isolate) sb.Append(PopDirectionalIsolate);
        return sb.ToString();
    }

    /// <summary>U+2068, written before text that <see cref="Escape"/> isolates.</summary>
    internal const string FirstStrongIsolate = "\u2068";

    /// <summary>U+2069, written after it.</summary>
    internal const string PopDirectionalIsolate = "\u2069";

    /// <summary>The five characters <see cref="Escape"/> replaces.</summary>
    internal static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("&<>\"'");

    /// <summary>The entity <see cref="Escape"/> writes for <paramref name="c"/>, or null when it keeps it.</summary>
    internal static string? Entity(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        _ => null,
    };
}
