using System.Buffers;

namespace Weekly.Core;

/// <summary>
/// The bidirectional formatting characters of Unicode UAX #9 (§2): U+061C ARABIC LETTER MARK, U+200E/U+200F (marks),
/// U+202A–U+202E (embeddings, overrides, pop) and U+2066–U+2069 (isolates). Invisible, and they reorder the text that
/// follows them: untrusted text holding them is isolated on pages and in feeds (<c>Weekly.Text.BidiText</c>) and
/// escaped in diagnostics (<see cref="Diagnostic.EscapeControls"/>).
/// </summary>
public static class BidiControls
{
    /// <summary>The characters, for <see cref="MemoryExtensions.IndexOfAny{T}(ReadOnlySpan{T}, SearchValues{T})"/>.</summary>
    public static readonly SearchValues<char> All = SearchValues.Create("\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary>True when <paramref name="c"/> is one of <see cref="All"/>.</summary>
    public static bool Is(char c) => All.Contains(c);
}
