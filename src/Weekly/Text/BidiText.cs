namespace Weekly.Text;

/// <summary>
/// Untrusted text set in a line with other text: a headline holding an unbalanced U+202E (right-to-left override) would
/// reverse what follows it on the line (the site name after it in <c>&lt;title&gt;</c>). Isolating it (Unicode UAX #9,
/// U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE) ends its embeddings and overrides at its end.
/// </summary>
public static class BidiText
{
    /// <summary>
    /// <paramref name="text"/> as it is when it holds no bidirectional formatting character (U+061C, U+200E, U+200F,
    /// U+202A–U+202E, U+2066–U+2069), else wrapped in U+2068 … U+2069.
    /// </summary>
    public static string Isolate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return HasControls(text) ? "\u2068" + text + "\u2069" : text;
    }

    /// <summary>True when <paramref name="text"/> holds a bidirectional formatting character (see <see cref="Isolate"/>).</summary>
    public static bool HasControls(string text) =>
        text.AsSpan().IndexOfAny('\u061C', '\u200E', '\u200F') >= 0
        || text.AsSpan().IndexOfAnyInRange('\u202A', '\u202E') >= 0
        || text.AsSpan().IndexOfAnyInRange('\u2066', '\u2069') >= 0;
}
