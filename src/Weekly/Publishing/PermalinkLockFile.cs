using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Weekly.Core;
using Weekly.Diagnostics;

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
    /// not a lock is an error (WK0410) at its line and column, and the build stops: building without it would forget URLs.
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
            diagnostics.Report(Codes.LockUnreadable, FileName, 0, 0, e.Message);
            return PermalinkLock.Empty;
        }
    }

    /// <summary>Parses a lock (UTF-8 JSON); problems as for <see cref="Load"/>.</summary>
    public static PermalinkLock Parse(ReadOnlySpan<byte> json, DiagnosticBag diagnostics)
    {
        PermalinkLock? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(json, PermalinkLockJson.Default.PermalinkLock);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? -1) + 1;
            var column = (int)(e.BytePositionInLine ?? -1) + 1;
            diagnostics.Report(Codes.LockUnreadable, FileName, line, column, FirstSentence(e.Message));
            return PermalinkLock.Empty;
        }
        if (parsed is null) return PermalinkLock.Empty;
        if (parsed.Version != PermalinkLock.CurrentVersion)
        {
            diagnostics.Report(Codes.LockUnreadable, FileName, 0, 0, $"it is version {parsed.Version}; this Weekly reads version {PermalinkLock.CurrentVersion}");
            return PermalinkLock.Empty;
        }
        var issues = new List<LockedIssue>();
        // Fields a hand edit may have removed: JSON null or absent reads as null here, whatever the record's types say.
        foreach (var (issue, n) in (parsed.Issues ?? []).Select((x, n) => (x, n + 1)))
        {
            if (issue?.Source is null || issue.Id is null || issue.Url is null)
            {
                diagnostics.Report(Codes.LockUnreadable, FileName, 0, 0, $"issue entry {n} has no source, id or url");
                return PermalinkLock.Empty;
            }
            var stories = (issue.Stories ?? []).Where(s => s?.Id is not null && s.Url is not null)
                .Select(s => s with { Text = s.Text ?? "", Aliases = s.Aliases ?? [] }).ToList();
            issues.Add(issue with { Title = issue.Title ?? "", Date = issue.Date ?? "", Aliases = issue.Aliases ?? [], Stories = stories });
        }
        return new PermalinkLock(parsed.Version, issues);
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
