using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Text;

namespace Weekly.Seeds;

/// <summary>
/// Cleans text as it is read (seeds, Markdown pages with their front matter) of the characters
/// <see cref="UnsafeCharacters"/> lists, with one warning WK0209 per line that held any, at the column (UTF-16 units,
/// as editors count) of the first.
/// </summary>
public static class UnsafeCharacterLines
{
    /// <summary>Cleans each line of <paramref name="lines"/> in place.</summary>
    /// <param name="lines">Lines without their line ends; element <c>i</c> is line <c>firstLine + i</c>.</param>
    /// <param name="path">The file, for diagnostics.</param>
    /// <param name="diagnostics">Receives WK0209.</param>
    /// <param name="firstLine">The 1-based line of <c>lines[0]</c>.</param>
    public static void Clean(string[] lines, string? path, DiagnosticBag diagnostics, int firstLine = 1)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var found = new List<UnsafeCharacters.Found>();
        for (var i = 0; i < lines.Length; i++)
        {
            found.Clear();
            var clean = UnsafeCharacters.Clean(lines[i], found);
            if (found.Count == 0) continue;
            lines[i] = clean;
            diagnostics.Report(Codes.UnsafeCharacter, path, firstLine + i, found[0].Index + 1, UnsafeCharacters.Describe(found));
        }
    }

    /// <summary>Cleans a whole text (LF or CRLF line ends kept), reporting as <see cref="Clean(string[], string?, DiagnosticBag, int)"/> does.</summary>
    public static string Clean(string text, string? path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (ReferenceEquals(UnsafeCharacters.Clean(text), text)) return text;
        var lines = text.Split('\n');
        Clean(lines, path, diagnostics);
        return string.Join('\n', lines);
    }
}
