using System.Text.RegularExpressions;
using Weekly.Core;
using Weekly.IO;
using Weekly.Seeds;

namespace Weekly.Editing;

/// <summary>
/// The archetype of a new issue, <c>theme/archetypes/issue.txt</c> (as Hugo's archetypes): the text <c>weekly new</c> fills in
/// (<see cref="NewIssue.Fill(Archetype, string, DateOnly, int, string?)"/>) and whose sample lines the editors' checks look for in issues (WK0908). Its placeholders are
/// <see cref="Placeholder"/>'s, one list for both. Text with LF line ends and no BOM.
/// </summary>
public sealed partial class Archetype
{
    /// <summary>The archetype, relative to the site root.</summary>
    public const string RelativePath = "theme/archetypes/issue.txt";

    /// <summary>Makes the archetype of <paramref name="text"/> (a BOM is dropped; CRLF and CR become LF).</summary>
    public Archetype(string text)
    {
        Lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var close = Lines.Count > 0 && FrontMatterBlocks.IsFence(Lines[0])
            ? Lines.Skip(1).ToList().FindIndex(FrontMatterBlocks.IsFence)
            : -1;
        FrontMatterEnd = close < 0 ? -1 : close + 1;
        SampleLines = Lines.Skip(FrontMatterEnd + 1).Select(l => l.Trim())
            .Where(l => l.Length > 0 && !FrontMatterBlocks.IsFence(l) && !l.StartsWith("{{", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The lines, without their line ends.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>Index in <see cref="Lines"/> of the fence closing the front matter (<c>---</c> on the first line opens it), or -1 when there is none.</summary>
    public int FrontMatterEnd { get; }

    /// <summary>
    /// The body's sample lines, trimmed and once each: text an editor must replace (the title line, which starts with a
    /// placeholder, and blank lines are not samples). A line holding placeholders (<c>On {{ story_date -3 }}, …</c>) is
    /// split by <see cref="Pieces"/>.
    /// </summary>
    public IReadOnlyList<string> SampleLines { get; }

    /// <summary>True when the site under <paramref name="rootDirectory"/> has an archetype file.</summary>
    public static bool Exists(string rootDirectory) => File.Exists(Path.Combine(rootDirectory, RelativePath));

    /// <summary>
    /// Reads the archetype under <paramref name="rootDirectory"/> with the build's reader of text inputs (<see cref="TextInput"/>):
    /// null when there is none, or when it cannot be read (reported to <paramref name="diagnostics"/>).
    /// </summary>
    public static Archetype? Load(string rootDirectory, DiagnosticBag diagnostics) =>
        Exists(rootDirectory) && TextInput.ReadFile(Path.Combine(rootDirectory, RelativePath), RelativePath, diagnostics) is { } text
            ? new Archetype(text)
            : null;

    /// <summary>The literal text of <paramref name="line"/> between its placeholders: one more piece than placeholders.</summary>
    public static string[] Pieces(string line)
    {
        var pieces = new List<string>();
        var start = 0;
        foreach (Match m in Placeholder().Matches(line))
        {
            pieces.Add(line[start..m.Index]);
            start = m.Index + m.Length;
        }
        pieces.Add(line[start..]);
        return [.. pieces];
    }

    /// <summary>
    /// An archetype placeholder: <c>{{ title }}</c>, <c>{{ date }}</c>, <c>{{ number }}</c>, <c>{{ previous_title }}</c>,
    /// <c>{{ story_date }}</c> or <c>{{ story_date -N }}</c> (N: 0 to 99 days before the issue's date); group <c>name</c>, and
    /// <c>days</c> for N. Other text in braces is not a placeholder: <c>weekly new</c> leaves it as it is.
    /// </summary>
    [GeneratedRegex(@"\{\{ (?<name>title|date|number|previous_title|story_date(?: -(?<days>[0-9]{1,2}))?) \}\}")]
    public static partial Regex Placeholder();
}
