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

    /// <summary>
    /// Groups lines into paragraphs (see <see cref="SeedStructure"/>'s remarks and <see cref="LineJoining"/>), recording blank
    /// lines before each; <paramref name="names"/> are the known section names (a heading is never joined into a paragraph).
    /// A paragraph ending in a comma, then one blank line, then one starting in lower case is one paragraph split by a stray
    /// blank line (a paste that doubled a line break): the two are joined.
    /// </summary>
    public static List<SeedItem> ReadAll(string[] lines, int bodyStart, SectionNames? names = null)
    {
        var items = new List<SeedItem>();
        var buffer = new StringBuilder();
        var blanks = 0;
        var startLine = 0;
        var startBlanks = 0;
        string? previous = null;
        var inFooter = false;
        var joining = LineJoining.Infer(lines, bodyStart, names ?? SectionNames.None);
        for (var i = bodyStart; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i].Trim() : "";
            // From the footer on, a line joins the one above only as a wrapped title (ContinuesFooter): the previous issues'
            // titles, a line each, are never joined. A loose wording ("Last issue: we reported …") with a sentence after it
            // opens a body paragraph, not the footer.
            var footerLine = LineShape.FooterTitle(line, out var loose) is { } title && (!loose || title.Length == 0 || LineShape.IsHeadlineShaped(title));
            var after = i + 1 < lines.Length ? lines[i + 1].Trim() : "";
            var continues = line.Length > 0 && previous is not null && (inFooter ? !footerLine && joining.ContinuesFooter(previous, line) : joining.Continues(previous, line, after));
            inFooter |= footerLine;
            if (continues)
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

            if (blanks == 1 && previous is null && items.Count > 0 && !inFooter && IsSplitSentence(items[^1].Text, line))
            {
                // "…, which has attracted 32 enterprises," / blank / "and on encouraging …": one paragraph.
                var split = items[^1];
                items.RemoveAt(items.Count - 1);
                buffer.Append(split.Text).Append(' ').Append(line);
                (startLine, startBlanks, blanks, previous) = (split.Line, split.BlanksBefore, 0, line);
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

    /// <summary>True when <paramref name="next"/>, after one blank line, continues <paramref name="text"/>: a comma closes it and a lower-case letter opens the next.</summary>
    private static bool IsSplitSentence(string text, string next) =>
        text[^1] is ',' or '，' && LineShape.StartsLower(next) && LineShape.FooterTitle(text) is null;
}
