using System.Text.RegularExpressions;
using Weekly.Core;
using Weekly.Diagnostics;

namespace Weekly.Seeds;

/// <summary>
/// Front matter fences, and front-matter-looking blocks that are not read, so that a <c>draft: true</c> in one is never
/// published as text (issue 16, item 4):
/// <list type="bullet">
/// <item>below the top of a seed: a fence line, then lines of YAML (at least one <c>key: value</c> with a lowercase key,
/// as front matter keys are; headlines such as <c>Fuzhou: …</c> start with a capital), then a closing fence within
/// <see cref="MaxLines"/> lines: WK0118 at its opening line (WK0119 when its fences are not <c>---</c>);</item>
/// <item>at the top, a block fenced with something other than <c>---</c>: <c>+++</c> (TOML, as Hugo writes it),
/// <c>----</c>, an em dash (what Word makes of <c>---</c>), <c>___</c>, <c>***</c>: WK0119 at the fence;</item>
/// <item>a front matter key with no fence (<c>draft: true</c> as the first line, or a paragraph of such keys further
/// down): WK0120.</item>
/// </list>
/// </summary>
internal static partial class FrontMatterBlocks
{
    /// <summary>Most lines between the fences of a block taken for front matter.</summary>
    public const int MaxLines = 40;

    /// <summary>The keys seed front matter reads (<see cref="FrontMatterValues"/>).</summary>
    public static readonly string[] Keys = ["title", "date", "number", "slug", "draft", "summary", "stories"];

    /// <summary>True for a front matter fence: <c>---</c>, possibly indented.</summary>
    public static bool IsFence(string line) => line.AsSpan().Trim().SequenceEqual("---");

    /// <summary>
    /// What a line fencing front matter the wrong way is, as the end of "fenced with …" (e.g. <c>"+++" (TOML front matter)</c>),
    /// or null for any other line, <c>---</c> included: <c>+++</c>, four or more hyphens, a line of dashes holding an em or
    /// en dash, <c>___</c> or <c>***</c> (three or more).
    /// </summary>
    public static string? WrongFence(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || text == "---") return null;
        if (text.Length >= 3 && text.All(c => c == '+')) return $"\"{text}\" (TOML front matter, as Hugo reads it; Weekly reads YAML only)";
        if (text.Length >= 4 && text.All(c => c == '-')) return $"\"{text}\" ({text.Length} hyphens, not 3)";
        if (text.All(c => c is '-' or '—' or '–' or '―' or '‒') && text.Any(c => c != '-'))
            return $"\"{text}\" (a dash that a word processor made of ---)";
        if (text.Length >= 3 && (text.All(c => c == '_') || text.All(c => c == '*'))) return $"\"{text}\" (a Markdown rule, not a front matter fence)";
        return null;
    }

    /// <summary>
    /// Looks at the first non-blank line, <paramref name="open"/>, of a seed that does not start with a <c>---</c> fence, and
    /// reports front matter fenced the wrong way (WK0119) or not fenced (WK0120). Returns the index of the first line after
    /// such a block (so that its keys are not read as the title line), or 0 when there is none.
    /// </summary>
    public static int ReportMisfencedTop(string[] lines, int open, string path, DiagnosticBag diagnostics)
    {
        var column = lines[open].Length - lines[open].TrimStart().Length + 1;
        if (WrongFence(lines[open]) is { } found)
        {
            if (open + 1 >= lines.Length || KeyOf(lines[open + 1]) is null) return 0;
            diagnostics.Report(Codes.FrontMatterWrongFence, path, open + 1, column, found);
            var end = EndOfKeys(lines, open + 1);
            return end < lines.Length && (IsFence(lines[end]) || WrongFence(lines[end]) is not null) ? end + 1 : end;
        }

        if (KeyOf(lines[open]) is not { } key || !Keys.Contains(key, StringComparer.Ordinal)) return 0;
        diagnostics.Report(Codes.FrontMatterNoFence, path, open + 1, column, lines[open].Trim());
        var after = EndOfKeys(lines, open);
        return after < lines.Length && (IsFence(lines[after]) || WrongFence(lines[after]) is not null) ? after + 1 : after;
    }

    /// <summary>
    /// For front matter opened with <c>---</c> at <paramref name="open"/> and never closed by one: the index of the line that
    /// closes it the wrong way (<see cref="WrongFence"/>) right after its key lines, or null.
    /// </summary>
    public static int? WrongClosingFence(string[] lines, int open)
    {
        var end = EndOfKeys(lines, open + 1);
        return end > open + 1 && end < lines.Length && WrongFence(lines[end]) is not null ? end : null;
    }

    /// <summary>Reports WK0118 (or WK0119) for each front-matter-looking block in <c>lines[bodyStart..]</c> (column: the fence's first character).</summary>
    public static void ReportUnread(string[] lines, int bodyStart, string path, DiagnosticBag diagnostics)
    {
        for (var i = bodyStart; i < lines.Length; i++)
        {
            if ((i == bodyStart || lines[i - 1].Length == 0) && KeysOnly(lines, i) is { } end)
            {
                // A paragraph of front matter keys and nothing else (draft: true), with no fences: never text to publish.
                diagnostics.Report(Codes.FrontMatterNoFence, path, i + 1, lines[i].Length - lines[i].TrimStart().Length + 1, lines[i].Trim());
                i = end;
                continue;
            }

            var wrong = WrongFence(lines[i]);
            if (!IsFence(lines[i]) && wrong is null) continue;
            string? firstKey = null;
            var close = -1;
            for (var j = i + 1; j < lines.Length && j <= i + MaxLines + 1; j++)
            {
                var line = lines[j];
                if (IsFence(line) || WrongFence(line) is not null || line.Trim() == "...") { close = j; break; }
                if (line.Length == 0 || line.TrimStart().StartsWith('#') || line.TrimStart().StartsWith("- ", StringComparison.Ordinal) || line[0] == ' ') continue;
                var key = KeyValue().Match(line);
                if (!key.Success) break;
                if (char.IsAsciiLetterLower(key.Groups["key"].Value[0])) firstKey ??= key.Groups["key"].Value;
            }

            if (close < 0 || firstKey is null) continue;
            var column = lines[i].Length - lines[i].TrimStart().Length + 1;
            if (wrong is null) diagnostics.Report(Codes.FrontMatterNotAtTop, path, i + 1, column, firstKey);
            else diagnostics.Report(Codes.FrontMatterWrongFence, path, i + 1, column, wrong);
            i = close;
        }
    }

    /// <summary>
    /// When the paragraph starting at <paramref name="start"/> is only lines of front matter keys (<see cref="Keys"/>, as
    /// <c>key: value</c> or <c>key = value</c>), the index of its last line; else null.
    /// </summary>
    private static int? KeysOnly(string[] lines, int start)
    {
        var i = start;
        while (i < lines.Length && lines[i].Length > 0 && KeyOf(lines[i]) is { } key && Keys.Contains(key, StringComparer.Ordinal)) i++;
        return i > start && (i == lines.Length || lines[i].Length == 0) ? i - 1 : null;
    }

    /// <summary>The lowercase key of a YAML <c>key: value</c> or TOML <c>key = value</c> line, or null.</summary>
    private static string? KeyOf(string line)
    {
        var match = KeyValue().Match(line.TrimStart());
        return match.Success && char.IsAsciiLetterLower(match.Groups["key"].Value[0]) ? match.Groups["key"].Value : null;
    }

    /// <summary>The index of the first line from <paramref name="start"/> that is not a key line, an indented line or a list item.</summary>
    private static int EndOfKeys(string[] lines, int start)
    {
        var i = start;
        while (i < lines.Length && i < start + MaxLines && lines[i].Length > 0
            && (KeyOf(lines[i]) is not null || lines[i][0] is ' ' or '\t' || lines[i].StartsWith("- ", StringComparison.Ordinal) || lines[i].StartsWith('#')))
        {
            i++;
        }

        return i;
    }

    /// <summary>A YAML <c>key: value</c> (or <c>key:</c>) line, or a TOML <c>key = value</c> line, with a plain key.</summary>
    [GeneratedRegex(@"^(?<key>[A-Za-z_][A-Za-z0-9_-]*)\s*(:(\s|$)|=)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex KeyValue();
}
