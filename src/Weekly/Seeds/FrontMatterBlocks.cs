using System.Text.RegularExpressions;
using Weekly.Core;
using Weekly.Diagnostics;

namespace Weekly.Seeds;

/// <summary>
/// Front matter fences, and front-matter-looking blocks below the top of a seed, which are not read: a <c>---</c> line,
/// then lines of YAML (at least one <c>key: value</c> with a lowercase key, as front matter keys are; headlines such as
/// <c>Fuzhou: …</c> start with a capital), then a closing <c>---</c> within <see cref="MaxLines"/> lines. Such a block is
/// an error (WK0118) at its opening line: an editor meant it as front matter (a <c>draft: true</c> there would
/// otherwise be published as text).
/// </summary>
internal static partial class FrontMatterBlocks
{
    /// <summary>Most lines between the fences of a block taken for front matter.</summary>
    public const int MaxLines = 40;

    /// <summary>True for a front matter fence: <c>---</c>, possibly indented.</summary>
    public static bool IsFence(string line) => line.AsSpan().Trim().SequenceEqual("---");

    /// <summary>Reports WK0118 for each front-matter-looking block in <c>lines[bodyStart..]</c> (column: the fence's first character).</summary>
    public static void ReportUnread(string[] lines, int bodyStart, string path, DiagnosticBag diagnostics)
    {
        for (var i = bodyStart; i < lines.Length; i++)
        {
            if (!IsFence(lines[i])) continue;
            string? firstKey = null;
            var close = -1;
            for (var j = i + 1; j < lines.Length && j <= i + MaxLines + 1; j++)
            {
                var line = lines[j];
                if (IsFence(line) || line.Trim() == "...") { close = j; break; }
                if (line.Length == 0 || line.TrimStart().StartsWith('#') || line.TrimStart().StartsWith("- ", StringComparison.Ordinal) || line[0] == ' ') continue;
                var key = KeyValue().Match(line);
                if (!key.Success) break;
                if (char.IsAsciiLetterLower(key.Groups["key"].Value[0])) firstKey ??= key.Groups["key"].Value;
            }

            if (close < 0 || firstKey is null) continue;
            diagnostics.Report(Codes.FrontMatterNotAtTop, path, i + 1, lines[i].Length - lines[i].TrimStart().Length + 1, firstKey);
            i = close;
        }
    }

    /// <summary>A YAML <c>key: value</c> (or <c>key:</c>) line with a plain key.</summary>
    [GeneratedRegex(@"^(?<key>[A-Za-z_][A-Za-z0-9_-]*)\s*:(\s|$)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex KeyValue();
}
