using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Domain;
using Weekly.Text;
using YamlDotNet.RepresentationModel;

namespace Weekly.Seeds;

/// <summary>
/// A seed's front matter: the optional YAML mapping between two <c>---</c> lines at the top of the file
/// (after blank lines at most). Keys: <c>title</c>, <c>date</c>, <c>number</c>, <c>slug</c>, <c>draft</c>,
/// <c>summary</c>, <c>stories</c> (per-story overrides). All values are null when absent.
/// </summary>
internal sealed record FrontMatter
{
    /// <summary>No front matter.</summary>
    public static readonly FrontMatter None = new();

    /// <summary><c>title</c>: the issue title, overriding the title line's.</summary>
    public string? Title { get; init; }

    /// <summary><c>date</c>: the issue date (the local date of a date-time).</summary>
    public DateOnly? Date { get; init; }

    /// <summary><c>date</c> when given as a date-time with an offset, e.g. <c>2020-01-06T09:00:00+08:00</c>.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>True when <c>date</c> is given but is no date (reported as WK0305 or WK0114).</summary>
    public bool DateInvalid { get; init; }

    /// <summary>1-based file line of the <c>date</c> value, or 0.</summary>
    public int DateLine { get; init; }

    /// <summary><c>number</c>: the issue number.</summary>
    public int? Number { get; init; }

    /// <summary>1-based file line of the <c>number</c> value, or 0.</summary>
    public int NumberLine { get; init; }

    /// <summary><c>slug</c>: the pinned issue slug.</summary>
    public string? Slug { get; init; }

    /// <summary><c>draft</c>: true keeps the issue out of normal builds.</summary>
    public bool Draft { get; init; }

    /// <summary><c>summary</c>: a one-paragraph summary of the issue.</summary>
    public string? Summary { get; init; }

    /// <summary><c>stories</c>: per-story overrides, in front matter order.</summary>
    public IReadOnlyList<StoryOverrideEntry> Stories { get; init; } = [];

    /// <summary>
    /// Reads the front matter at the top of <paramref name="lines"/> (cleaned seed lines, see <see cref="SeedText"/>:
    /// a BOM and trailing spaces are already gone) and returns it with the index of the first body line (0 when there
    /// is no front matter). The opening <c>---</c> is the first non-blank line, possibly indented: blank lines and
    /// spaces before it are what editors leave (Hugo, too, skips a BOM and white space before front matter). Problems are reported with the
    /// file's own 1-based line numbers; a front-matter-looking block further down, or one at the top fenced other than with <c>---</c>, is an error (<see cref="FrontMatterBlocks"/>).
    /// </summary>
    public static FrontMatter Read(string[] lines, string path, DiagnosticBag diagnostics, out int bodyStart)
    {
        bodyStart = 0;
        var open = 0;
        while (open < lines.Length && lines[open].Length == 0) open++;
        if (open == lines.Length) return None;
        if (!FrontMatterBlocks.IsFence(lines[open]))
        {
            bodyStart = FrontMatterBlocks.ReportMisfencedTop(lines, open, path, diagnostics);
            return None;
        }

        var close = -1;
        for (var i = open + 1; i < lines.Length; i++)
        {
            if (FrontMatterBlocks.IsFence(lines[i]) || lines[i].Trim() == "...") { close = i; break; }
        }

        if (close < 0 && FrontMatterBlocks.WrongClosingFence(lines, open) is { } wrong)
        {
            // Opened with ---, closed with an em dash or +++: the editor meant front matter; say what the closing line is.
            diagnostics.Report(Codes.FrontMatterWrongFence, path, wrong + 1, lines[wrong].Length - lines[wrong].TrimStart().Length + 1, FrontMatterBlocks.WrongFence(lines[wrong])!);
            bodyStart = wrong + 1;
            return None;
        }

        if (close < 0)
        {
            diagnostics.Report(Codes.FrontMatterNotClosed, path, open + 1, 1, open + 1);
            bodyStart = open + 1;
            return None;
        }

        bodyStart = close + 1;
        var lineOffset = open + 1;
        var yaml = string.Join('\n', lines, open + 1, close - open - 1);
        // The trailing newline puts an "ends inside an unclosed [" problem on the closing fence's line.
        var root = YamlText.Load(yaml + "\n", out var problem, out var cleaned);
        foreach (var c in cleaned) diagnostics.Report(Codes.UnsafeCharacter, path, c.Line + lineOffset, c.Column, c.Removed);
        if (problem is not null)
        {
            diagnostics.Report(Codes.FrontMatterSyntax, path, problem.Line + lineOffset, problem.Column, problem.Message);
            return None;
        }

        if (root is null) return None;
        if (root is YamlScalarNode scalar && FrontMatterValues.IsNull(scalar)) return None;
        if (root is not YamlMappingNode mapping)
        {
            diagnostics.Report(Codes.FrontMatterNotMapping, path, (int)root.Start.Line + lineOffset, (int)root.Start.Column);
            return None;
        }

        return new FrontMatterValues(path, diagnostics, lineOffset).ReadIssue(mapping);
    }
}
