using System.Text;

namespace Weekly.Seeds;

/// <summary>
/// One paragraph of a seed's body as the structure parser sees it: its text (lines joined when a
/// paragraph was wrapped), the 1-based line it starts on and how many blank lines precede it.
/// </summary>
internal sealed class SeedItem(string text, int line, int blanksBefore)
{
    private bool? _headlineShaped;

    /// <summary>The paragraph text, trimmed.</summary>
    public string Text { get; private set; } = text;

    /// <summary>1-based line of the paragraph's first line in the seed file.</summary>
    public int Line { get; } = line;

    /// <summary>Blank lines between the previous paragraph and this one (0 inside a run of lines).</summary>
    public int BlanksBefore { get; } = blanksBefore;

    /// <summary>True when the text could be a headline or heading (see <see cref="LineShape.IsHeadlineShaped"/>).</summary>
    public bool HeadlineShaped => _headlineShaped ??= LineShape.IsHeadlineShaped(Text);

    /// <summary>Appends a wrapped line or a stray punctuation fragment, separated by one space.</summary>
    public void Append(string more)
    {
        Text = Text + " " + more;
        _headlineShaped = null;
    }

    /// <summary>Groups lines into paragraphs (see <see cref="SeedStructure"/>'s remarks), recording blank lines before each.</summary>
    public static List<SeedItem> ReadAll(string[] lines, int bodyStart)
    {
        var items = new List<SeedItem>();
        var buffer = new StringBuilder();
        var blanks = 0;
        var startLine = 0;
        var startBlanks = 0;
        string? previous = null;
        for (var i = bodyStart; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i].Trim() : "";
            if (line.Length > 0 && previous is not null && ContinuesParagraph(previous, line))
            {
                buffer.Append(' ').Append(line);
                previous = line;
                continue;
            }

            if (buffer.Length > 0)
            {
                items.Add(new SeedItem(buffer.ToString(), startLine, startBlanks));
                buffer.Clear();
            }

            if (line.Length == 0)
            {
                blanks++;
                previous = null;
                continue;
            }

            buffer.Append(line);
            startLine = i + 1;
            startBlanks = previous is null ? blanks : 0;
            blanks = 0;
            previous = line;
        }

        return items;
    }

    private static bool ContinuesParagraph(string previous, string next) =>
        LineShape.StartsLower(next)
        && previous[^1] is not ('.' or '。' or '!' or '?' or '！' or '？')
        && LineShape.FooterTitle(next) is null;
}
