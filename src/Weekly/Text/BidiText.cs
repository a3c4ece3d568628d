using Weekly.Core;

namespace Weekly.Text;

/// <summary>
/// Untrusted text set in a line with other text: a headline holding an unbalanced U+202E (right-to-left override) would
/// reverse what follows it on the line (the site name after it in <c>&lt;title&gt;</c>, the issue title after a section
/// name). Isolating it (Unicode UAX #9, U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE) ends its
/// embeddings and overrides at its end. Applied where text is written, once: the theme's HTML escaper
/// (<c>Rendering.Html</c>) and the feed writers (<c>Feeds.FeedText.Plain</c>).
/// </summary>
public static class BidiText
{
    /// <summary>
    /// <paramref name="text"/> as it is when it holds no bidirectional formatting character (<see cref="BidiControls"/>:
    /// U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), else wrapped in U+2068 … U+2069.
    /// </summary>
    public static string Isolate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return HasControls(text) ? "\u2068" + text + "\u2069" : text;
    }

    /// <summary>True when <paramref name="text"/> holds a bidirectional formatting character (see <see cref="Isolate"/>).</summary>
    public static bool HasControls(ReadOnlySpan<char> text) => text.ContainsAny(BidiControls.All);
}
