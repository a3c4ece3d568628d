using Weekly.Core;
using Weekly.Diagnostics;

namespace Weekly.IO;

/// <summary>
/// Finds git's conflict markers in a text input: a line starting, at column 1, with <c>&lt;&lt;&lt;&lt;&lt;&lt;&lt; </c>,
/// <c>&gt;&gt;&gt;&gt;&gt;&gt;&gt; </c> (each followed by a space or the line's end) or <c>|||||||</c>, or a line of exactly
/// <c>=======</c> (git's <c>merge</c> and <c>diff3</c> styles). Every text input reader calls this (<see cref="TextInput"/>, the seeds' reader):
/// a merge left half done would publish both versions.
/// </summary>
public static class ConflictMarkers
{
    private static readonly string[] Openers = ["<<<<<<<", ">>>>>>>", "|||||||"];

    /// <summary>Reports each marker line (WK0008, at line:1) of <paramref name="lines"/> (element i is line i + 1); true when there was one.</summary>
    public static bool Report(string path, IReadOnlyList<string> lines, DiagnosticBag diagnostics)
    {
        var found = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (Marker(lines[i]) is not { } marker) continue;
            diagnostics.Report(Codes.MergeConflict, path, i + 1, 1, marker);
            found = true;
        }

        return found;
    }

    /// <summary>The marker <paramref name="line"/> is (<c>&lt;&lt;&lt;&lt;&lt;&lt;&lt;</c>, <c>=======</c>, …), or null.</summary>
    public static string? Marker(string line)
    {
        var trimmed = line.TrimEnd();
        if (trimmed == "=======") return trimmed;
        foreach (var opener in Openers)
        {
            if (trimmed.StartsWith(opener, StringComparison.Ordinal) && (trimmed.Length == 7 || trimmed[7] == ' ')) return opener;
        }

        return null;
    }
}
