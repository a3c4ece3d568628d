using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.IO;

namespace Weekly.Publishing;

/// <summary>
/// Reads and writes <c>permalinks.lock</c> (<see cref="PermalinkLock"/>). The file is JSON laid out for review in git: one
/// line per story, issues in source order, so a week's issue adds one block and a corrected headline changes one line.
/// Written whole to a temporary file, then moved over the old one, so a crash never leaves half a lock.
/// </summary>
public static class PermalinkLockFile
{
    /// <summary>The file's name, at the site root.</summary>
    public const string FileName = "permalinks.lock";

    /// <summary>
    /// The lock at <paramref name="rootDirectory"/>, or <see cref="PermalinkLock.Empty"/> when there is none. A file that is
    /// not a lock is an error (WK0410; WK0420 when git left merge conflict markers in it) at its line and column, and the build
    /// stops: building without it would forget URLs.
    /// </summary>
    public static PermalinkLock Load(string rootDirectory, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(rootDirectory, FileName);
        if (!File.Exists(path)) return PermalinkLock.Empty;
        try
        {
            return Parse(File.ReadAllBytes(path), diagnostics);
        }
        catch (IOException e)
        {
            diagnostics.Report(Codes.LockUnreadable, FileName, 0, 0, e.Message, "make the file readable and run the command again");
            return PermalinkLock.Empty;
        }
    }

    /// <summary>
    /// Parses a lock (UTF-8 JSON, a BOM allowed) as docs/permalinks.md ("Format") lays it out: each problem at its line (the
    /// first one of the JSON's shape, then every bad URL and repeated entry, <see cref="PermalinkLockValidation"/>), and
    /// <see cref="PermalinkLock.Empty"/> when there is any.
    /// </summary>
    public static PermalinkLock Parse(ReadOnlySpan<byte> json, DiagnosticBag diagnostics)
    {
        if (json.StartsWith("\uFEFF"u8)) json = json[3..];
        if (ConflictMarker(json) is { } marker)
        {
            diagnostics.Report(Codes.LockConflicted, FileName, marker.Line, 1, marker.Text);
            return PermalinkLock.Empty;
        }
        var lines = new LockLines();
        try
        {
            var parsed = PermalinkLockSchema.Read(JsonTree.Read(json), lines);
            var problems = PermalinkLockValidation.Check(parsed, lines);
            foreach (var problem in problems) diagnostics.Report(Codes.LockUnreadable, FileName, problem.Line, problem.Column, problem.Message, problem.Fix);
            return problems.Count == 0 ? parsed : PermalinkLock.Empty;
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? -1) + 1;
            var column = (int)(e.BytePositionInLine ?? -1) + 1;
            diagnostics.Report(Codes.LockUnreadable, FileName, line, column, FirstSentence(e.Message),
                "correct the JSON at this line, or restore the committed lock: git checkout HEAD -- permalinks.lock");
        }
        catch (LockProblem problem)
        {
            diagnostics.Report(Codes.LockUnreadable, FileName, problem.Line, problem.Column, problem.Message, problem.Fix);
        }
        return PermalinkLock.Empty;
    }

    /// <summary>The first line git's merge left a conflict marker on (<c>&lt;&lt;&lt;&lt;&lt;&lt;&lt;</c>, <c>=======</c>, <c>&gt;&gt;&gt;&gt;&gt;&gt;&gt;</c>, <c>|||||||</c>), 1-based.</summary>
    private static (int Line, string Text)? ConflictMarker(ReadOnlySpan<byte> json)
    {
        var lines = Encoding.UTF8.GetString(json).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (ConflictMarkers.Marker(lines[i]) is not null) return (i + 1, lines[i].TrimEnd());
        }
        return null;
    }

    /// <summary>Writes <paramref name="lockFile"/> to <paramref name="rootDirectory"/> (temporary file, then a move).</summary>
    /// <exception cref="IOException">The file could not be written.</exception>
    public static void Save(string rootDirectory, PermalinkLock lockFile)
    {
        var path = Path.Combine(rootDirectory, FileName);
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, Serialize(lockFile));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The file's bytes: UTF-8 without BOM, LF line ends, a trailing newline; the same lock always gives the same bytes.</summary>
    public static byte[] Serialize(PermalinkLock lockFile)
    {
        var text = new StringBuilder();
        text.Append("{\n  \"version\": ").Append(lockFile.Version.ToString(CultureInfo.InvariantCulture)).Append(",\n  \"issues\": [");
        for (var i = 0; i < lockFile.Issues.Count; i++)
        {
            var issue = lockFile.Issues[i];
            text.Append(i == 0 ? "\n" : ",\n").Append("    {\n");
            Property(text, "      ", "source", issue.Source).Append(",\n");
            Property(text, "      ", "id", issue.Id).Append(",\n");
            Property(text, "      ", "url", issue.Url).Append(",\n");
            Property(text, "      ", "title", issue.Title).Append(",\n");
            Property(text, "      ", "date", issue.Date).Append(",\n");
            text.Append("      \"aliases\": ");
            Strings(text, issue.Aliases).Append(",\n");
            if (issue.Removed) text.Append("      \"removed\": true,\n");
            text.Append("      \"stories\": [");
            for (var s = 0; s < issue.Stories.Count; s++)
            {
                var story = issue.Stories[s];
                text.Append(s == 0 ? "\n" : ",\n").Append("        {");
                Property(text, "", "id", story.Id).Append(", ");
                Property(text, "", "url", story.Url).Append(", ");
                Property(text, "", "text", story.Text);
                if (story.Aliases.Count > 0) Strings(text.Append(", \"aliases\": "), story.Aliases);
                if (story.Removed) text.Append(", \"removed\": true");
                text.Append('}');
            }
            text.Append(issue.Stories.Count > 0 ? "\n      ]\n    }" : "]\n    }");
        }
        text.Append(lockFile.Issues.Count > 0 ? "\n  ]\n}\n" : "]\n}\n");
        return new UTF8Encoding(false).GetBytes(text.ToString());
    }

    private static StringBuilder Property(StringBuilder text, string indent, string name, string value) =>
        text.Append(indent).Append('"').Append(name).Append("\": ").Append(Quote(value));

    private static StringBuilder Strings(StringBuilder text, IReadOnlyList<string> values) =>
        text.Append('[').AppendJoin(", ", values.Select(Quote)).Append(']');

    /// <summary>A JSON string literal; non-ASCII letters stay readable (the file is never embedded in HTML).</summary>
    private static string Quote(string value) => "\"" + JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString() + "\"";

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message.TrimEnd('.');
    }
}
