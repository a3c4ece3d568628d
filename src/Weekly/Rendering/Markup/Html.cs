using System.Text;

namespace Weekly.Rendering.Markup;

/// <summary>HTML escaping for text and quoted attribute values (the five characters OWASP lists).</summary>
public static class Html
{
    /// <summary>
    /// Escapes <c>&amp; &lt; &gt; " '</c> as <c>&amp;amp; &amp;lt; &amp;gt; &amp;quot; &amp;#39;</c>, so the
    /// result is safe as element text and inside a quoted attribute value. Other characters (CJK,
    /// punctuation such as <c>丨</c>) are kept as they are, since pages are UTF-8.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (text.AsSpan().IndexOfAny(Special) < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (Entity(c) is { } entity) sb.Append(entity);
            else sb.Append(c);
        }
        return sb.ToString();
    }

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
