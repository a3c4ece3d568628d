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

    /// <summary>
    /// True when the text could be a headline or heading (see <see cref="LineShape.IsHeadlineShaped"/>); an attribution
    /// such as <c>Source: Xinhua</c> is not (<see cref="LineShape.IsAttribution"/>), nor a figure caption (<see cref="LineShape.IsCaption"/>): it is a paragraph of the story above,
    /// unless a body opening with a date follows it (<see cref="MarkAttributionHeadlines"/>).
    /// </summary>
    public bool HeadlineShaped => _headlineShaped ??= LineShape.IsHeadlineShaped(Text) && !LineShape.IsAttribution(Text) && !LineShape.IsCaption(Text);

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
        var inFooter = false;
        var wrapWidth = WrapWidth(lines, bodyStart, out var blankSeparated);
        for (var i = bodyStart; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i].Trim() : "";
            // From the footer on, each line is a paragraph of its own: the previous issues' titles are never joined.
            // A loose wording ("Last issue: we reported …") with a sentence after it opens a body paragraph, not the footer.
            inFooter |= LineShape.FooterTitle(line, out var loose) is { } title && (!loose || title.Length == 0 || LineShape.IsHeadlineShaped(title));
            if (line.Length > 0 && previous is not null && !inFooter && ContinuesParagraph(previous, line, wrapWidth, blankSeparated))
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

        MarkAttributionHeadlines(items);
        return items;
    }

    /// <summary>
    /// An attribution-like or caption-like line (<c>Chart: Blockchain financing fell 40%</c>) followed by a body paragraph opening with a date is a headline, not an attribution:
    /// <c>Sources: The digital RMB app will be launched in more cities</c> (a machine translation of 消息人士, "people familiar").
    /// </summary>
    private static void MarkAttributionHeadlines(List<SeedItem> items)
    {
        for (var i = 0; i + 1 < items.Count; i++)
        {
            var item = items[i];
            if (item.HeadlineShaped || !(LineShape.IsAttribution(item.Text) || LineShape.IsCaption(item.Text)) || !LineShape.IsHeadlineShaped(item.Text)) continue;
            var next = items[i + 1];
            if (!next.HeadlineShaped && EventDates.Find(next.Text) is not null) item._headlineShaped = true;
        }
    }

    /// <summary>Widest a hard-wrapped seed's lines may be (editors' and mail clients' wrap columns are 60 to 80).</summary>
    private const int MaxWrapWidth = 100;

    /// <summary>How far short of the wrap column a wrapped line may end (the next word did not fit).</summary>
    private const int WrapSlack = 25;

    /// <summary>
    /// The column a hard-wrapped seed is wrapped at: the longest line that a non-blank line follows, when at least three
    /// lines are followed so and none of them is longer than <see cref="MaxWrapWidth"/>; else 0 (not hard-wrapped: a seed
    /// whose headlines and bodies follow each other without blank lines has long lines followed so).
    /// <paramref name="blankSeparated"/> is true when the seed puts blank lines between nearly all its paragraphs (at most one
    /// line in four stands in a run of lines without blank lines between): there a line that follows another without a
    /// blank is a wrapped one. A seed that writes each headline's body on the next line has most lines in such runs.
    /// </summary>
    private static int WrapWidth(string[] lines, int bodyStart, out bool blankSeparated)
    {
        var width = 0;
        var followed = 0;
        var nonBlank = 0;
        var inRuns = 0;
        var tooWide = false;
        for (var i = bodyStart; i < lines.Length; i++)
        {
            var length = lines[i].Trim().Length;
            if (length == 0) continue;
            nonBlank++;
            var afterLine = i > bodyStart && lines[i - 1].Trim().Length > 0;
            var beforeLine = i + 1 < lines.Length && lines[i + 1].Trim().Length > 0;
            if (afterLine || beforeLine) inRuns++;
            if (!beforeLine) continue;
            tooWide |= length > MaxWrapWidth;
            width = Math.Max(width, length);
            followed++;
        }

        blankSeparated = nonBlank >= 10 && inRuns * 4 <= nonBlank;
        return followed >= 3 && !tooWide ? width : 0;
    }

    /// <summary>
    /// True when <paramref name="next"/> continues <paramref name="previous"/>'s paragraph: the previous line does not end a
    /// sentence, and the next starts in lower case, or the seed is hard-wrapped at <paramref name="wrapWidth"/> and the
    /// previous line reaches the wrap column, or the seed is <paramref name="blankSeparated"/> and the next line is no
    /// numbered item ("Ningbo blockchain ..." after a wrapped line, a headline wrapped in two).
    /// </summary>
    private static bool ContinuesParagraph(string previous, string next, int wrapWidth, bool blankSeparated) =>
        (LineShape.StartsLower(next)
            || (wrapWidth > 0 && previous.Length >= wrapWidth - WrapSlack)
            || (blankSeparated && !char.IsDigit(next[0])))
        && previous[^1] is not ('.' or '。' or '!' or '?' or '！' or '？')
        && LineShape.FooterTitle(next) is null && !LineShape.IsBoilerplate(next) && LineShape.FooterTitle(previous) is null;
}
