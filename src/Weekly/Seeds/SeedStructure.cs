using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Domain;

namespace Weekly.Seeds;

/// <summary>
/// The structure of a seed's body (DESIGN.md §1): title line, intro, sections of stories each closed by
/// the editor's commentary, the footer. Layout (blank lines) and line shape (<see cref="LineShape"/>) are
/// combined so the structure survives one blank line where two were expected:
/// <list type="bullet">
/// <item>Paragraphs are runs of non-blank lines; a line starting in lowercase after a line without a
/// closing full stop continues the paragraph (a wrapped line), and in a hard-wrapped seed any line after one reaching the
/// wrap column; a headline right above a body opening with its date, or a known heading, is never joined
/// (<see cref="LineJoining"/>); a paragraph closed by a comma and one opening in lowercase after one blank line are one.</item>
/// <item>The title line is the first paragraph (<c>Newsletter 丨 title</c>; <c>|</c> and <c>｜</c> also
/// separate; <c> ? </c> does too, with a warning (WK0207: a legacy save turned 丨 into ?); so do a colon, a dash and
/// <c>【Newsletter】</c> after the newsletter's name (<see cref="TitleLine"/>); with no separator the whole line is the
/// title).</item>
/// <item>A section heading is a known section name (<see cref="SectionNames"/>) or one close to it (a misspelling,
/// warned, WK0206), or by layout: a
/// <c>Name: title</c> line after two or more blank lines (or right after a commentary, of one paragraph or more, set off
/// by a wide gap), followed by a headline-shaped line and then a body paragraph. A <c>Name: title</c> line followed by a body
/// opening with a date is a headline, even with a known name (<c>Digital RMB: Suzhou issues red envelopes</c>); an intro
/// label (<c>Highlights of this issue:</c>) is never a heading.</item>
/// <item>A headline is a headline-shaped line followed by a body paragraph (or, with a colon, by another
/// headline: a story without body, WK0205).</item>
/// <item>The commentary closing a section is the tail of its last story from the first paragraph set off
/// by more blank lines than the seed's usual gap; without such a gap, the last paragraph when the last
/// story has two or more, unless other sections of the seed set their commentary off by a gap (then the section has none).
/// A story pasted after the commentary (late news: the section's last headline, with a dated body and no commentary below)
/// is a story of the section, and the commentary stays one.</item>
/// <item>An attribution (<c>Source: Xinhua</c>, <c>Full text: https://…</c>) is never a headline: a paragraph of the story
/// above. A paragraph opening with <c>Editor's comment:</c>, <c>Editor's note:</c> or <c>Comments:</c> opens the commentary.</item>
/// <item>Stories before the first heading form an untitled section, warned (WK0211).</item>
/// <item><c>Review of previous period : …</c> is the footer (other wordings: <see cref="LineShape.FooterTitle(string)"/>; a loose
/// one such as <c>Last issue:</c> only before a title and after the last story, else it is a body paragraph; the title
/// may stand on the next line, or wrap onto the next lines, and further title lines after it are dropped); the "For more industry blockchain services"
/// boilerplate is dropped; a lowercase one-line caption in the intro and anything else that fits nowhere
/// goes to <c>Unplaced</c> with a warning (WK0202).</item>
/// </list>
/// This class finds the parts; <see cref="SectionHeadings"/> finds the section headings and <see cref="SectionReader"/>
/// reads each section's stories and commentary.
/// </summary>
internal sealed class SeedStructure
{
    private readonly string _path;
    private readonly DiagnosticBag _diagnostics;
    private readonly SectionReader _sections;
    private readonly SectionNames _names;
    private readonly SectionHeadings _headings;
    private int _questionTitleLine;
    private readonly string? _siteName;

    private SeedStructure(string path, SectionNames names, DiagnosticBag diagnostics, string? siteName)
    {
        _path = path;
        _siteName = siteName;
        _names = names;
        _diagnostics = diagnostics;
        _sections = new SectionReader(path, diagnostics, Unplace);
        _headings = new SectionHeadings(names, path, diagnostics);
    }

    /// <summary>Newsletter name from the title line, or empty.</summary>
    public string Newsletter { get; private set; } = "";

    /// <summary>Issue title from the title line, or empty when there is none.</summary>
    public string Title { get; private set; } = "";

    /// <summary>The date the title line writes with its year (<c>… | Issue 37 | 2020.09.14</c>), or null (<see cref="TitleLine"/>).</summary>
    public DateOnly? TitleDate { get; private set; }

    /// <summary>Intro paragraphs.</summary>
    public List<Paragraph> Intro { get; } = [];

    /// <summary>Sections in seed order.</summary>
    public List<SectionDraft> Sections { get; } = [];

    /// <summary>The footer's previous-issue reference, or null.</summary>
    public PreviousIssueRef? Previous { get; private set; }

    /// <summary>Paragraphs that fit nowhere (each reported as WK0202).</summary>
    public List<Paragraph> Unplaced { get; } = [];

    /// <summary>
    /// Parses the body lines <c>lines[bodyStart..]</c> (cleaned, see <see cref="SeedText"/>).
    /// <paramref name="titleGiven"/> is true when front matter gives the title: then a first paragraph that
    /// is plainly intro text (no separator, not headline-shaped) is not taken for a title line. <paramref name="names"/>
    /// are the known section names; <paramref name="siteName"/> the site's title (a title line may open with it).
    /// </summary>
    public static SeedStructure Parse(string[] lines, int bodyStart, bool titleGiven, SectionNames names, string path, DiagnosticBag diagnostics, string? siteName = null)
    {
        var structure = new SeedStructure(path, names, diagnostics, siteName);
        structure.Run(SeedMarkup.SplitParagraphs(SeedItem.ReadAll(lines, bodyStart, names)), titleGiven, bodyStart);
        structure.WarnLoneQuestionMarks(lines, bodyStart);
        return structure;
    }

    /// <summary>
    /// WK0208 at every <c>" ? "</c> of the body but the title line's (WK0207): English puts ? right after a word, so a ?
    /// between spaces is almost always a character that a save in Windows-1252 could not keep.
    /// </summary>
    private void WarnLoneQuestionMarks(string[] lines, int bodyStart)
    {
        for (var i = bodyStart; i < lines.Length; i++)
        {
            var at = lines[i].IndexOf(" ? ", StringComparison.Ordinal);
            if (at < 0 || i + 1 == _questionTitleLine) continue;
            var line = lines[i].Trim();
            var around = line.Length <= 100 ? line : "…" + lines[i][Math.Max(0, at - 40)..Math.Min(lines[i].Length, at + 43)].Trim() + "…";
            _diagnostics.Report(Codes.LoneQuestionMark, _path, i + 1, at + 2, around);
        }
    }

    private void Run(List<SeedItem> items, bool titleGiven, int bodyStart)
    {
        if (items.Count == 0)
        {
            _diagnostics.Report(Codes.NoTitleLine, _path, bodyStart, 1);
            return;
        }

        var first = ReadTitleLine(items[0], titleGiven) ? 1 : 0;
        var main = new List<SeedItem>(items.Count);
        var afterFooter = false;
        var footerTitles = false;
        var lastStory = LastDatedStory(items);
        for (var i = first; i < items.Count; i++)
        {
            var item = items[i];
            if (LineShape.IsBoilerplate(item.Text)) continue;
            if (afterFooter)
            {
                // A footer may list more earlier issues, a title line each: the first is the previous issue, the others are
                // dropped. Any other line is kept and warned (a wrapped title's rest that was not joined, say).
                if (footerTitles && item.HeadlineShaped && TitleLine.Split(item.Text, _siteName) is not null) continue;
                footerTitles = false;
                Unplace(item, "text after the footer");
                continue;
            }

            if (LineShape.FooterTitle(item.Text, out var loose) is { } previousTitle && (!loose || IsLooseFooter(items, i, previousTitle, lastStory)))
            {
                // "Past issues:" with the title on the next line.
                if (previousTitle.Length == 0 && i + 1 < items.Count && items[i + 1].HeadlineShaped && !LineShape.IsBoilerplate(items[i + 1].Text)) previousTitle = items[++i].Text;
                if (previousTitle.Length > 0) Previous = new PreviousIssueRef(previousTitle, item.Line);
                else Unplace(item, "footer without the previous issue's title");
                afterFooter = true;
                footerTitles = previousTitle.Length > 0;
            }
            else if (LineShape.IsPunctuationOnly(item.Text))
            {
                // A rule (---, * * *) or a row of marks (◆◆◆, 【】, !!!) separates; only stray full stops (". .") close the paragraph above.
                if (!IsStrayFullStops(item.Text)) continue;
                if (main.Count > 0 && !main[^1].HeadlineShaped) main[^1].Append(item.Text);
                else Unplace(item, "stray punctuation");
            }
            else
            {
                main.Add(item);
            }
        }

        BuildSections(main);
    }

    /// <summary>True when a punctuation-only paragraph holds only full stops and commas (<c>. .</c>, <c>。</c>): a fragment of the sentence above.</summary>
    private static bool IsStrayFullStops(string text) => text.All(c => c is '.' or '。' or '．' or ',' or '，' or ' ');

    /// <summary>
    /// True when <c>items[i]</c>, opening with a loose footer wording (<c>Last issue:</c>, <c>Previous issue:</c>), is the
    /// footer: its title (after the colon, or the next paragraph) reads as a title, not a sentence closed by a full stop, and
    /// no story (<paramref name="lastStory"/>, <see cref="LastDatedStory"/>) follows it. Else it is a body paragraph
    /// ("Last issue: we reported that Zhejiang released a similar plan.").
    /// </summary>
    private static bool IsLooseFooter(List<SeedItem> items, int i, string title, int lastStory)
    {
        if (i < lastStory) return false;
        if (title.Length > 0) return LineShape.IsHeadlineShaped(title);
        return i + 1 >= items.Count || items[i + 1].HeadlineShaped;
    }

    /// <summary>Index of the last headline-shaped paragraph followed by a body paragraph that carries a date (<see cref="EventDates.Find"/>), or -1.</summary>
    private static int LastDatedStory(List<SeedItem> items)
    {
        for (var i = items.Count - 2; i >= 0; i--)
        {
            if (items[i].HeadlineShaped && !items[i + 1].HeadlineShaped && EventDates.Find(items[i + 1].Text) is not null) return i;
        }

        return -1;
    }

    private bool ReadTitleLine(SeedItem item, bool titleGiven)
    {
        var text = TitleLine.WithoutTag(item.Text, _siteName);
        if (TitleLine.Split(text, _siteName) is { } parts)
        {
            Take(parts, item, titleGiven);
            return true;
        }

        if (titleGiven && (!item.HeadlineShaped || _names.TryMatch(item.Text, out _, out _))) return false;
        var question = text.IndexOf(" ? ", StringComparison.Ordinal);
        if (question > 0)
        {
            // "Newsletter ? title": a save in Windows-1252 (or another encoding without 丨) turned the separator into ?.
            Newsletter = text[..question].Trim();
            Title = text[(question + 3)..].Trim();
            _diagnostics.Report(Codes.QuestionMarkSeparator, _path, item.Line, item.Text.IndexOf(" ? ", StringComparison.Ordinal) + 2, Newsletter, Title);
            _questionTitleLine = item.Line;
            return true;
        }

        if (TitleLine.SplitNamed(text, _siteName) is { } named)
        {
            Take(named, item, titleGiven);
            return true;
        }

        Title = text;
        return true;
    }

    private void Take(TitleLineParts parts, SeedItem item, bool titleGiven)
    {
        (Newsletter, Title, TitleDate) = (parts.Newsletter, parts.Title, parts.Date);
        if (parts.Untitled && !titleGiven) _diagnostics.Report(Codes.UntitledTitleLine, _path, item.Line, 1, Clip(item.Text), Title);
    }

    private void BuildSections(List<SeedItem> items)
    {
        var baseline = SeedGaps.Usual(items);
        var headings = _headings.Find(items, baseline);

        if (headings.Count == 0)
        {
            var start = SectionHeadings.FirstHeadline(items, 1);
            ReadIntro(items, 0, start < 0 ? items.Count : start);
            if (start < 0) return;
            _diagnostics.Report(Codes.NoSections, _path, items[start].Line, 1);
            Sections.Add(_sections.Read("", "", items[start].Line, items, start, items.Count, baseline, SeedGaps.WideGapInside(items, start, items.Count, baseline)));
            return;
        }

        var ends = headings.Select((h, k) => k + 1 < headings.Count ? headings[k + 1].Index : items.Count).ToList();
        var gapsMarkCommentary = headings.Where((h, k) => SeedGaps.WideGapInside(items, h.Index + 1, ends[k], baseline)).Any();
        var first = headings[0].Index;
        var firstStory = SectionHeadings.FirstHeadline(items, 1);
        if (firstStory >= 0 && firstStory < first)
        {
            // A heading missed (or never written): the stories before the first one found are kept as stories, and warned.
            ReadIntro(items, 0, firstStory);
            _diagnostics.Report(Codes.StoriesBeforeHeading, _path, items[firstStory].Line, 1, Clip(items[firstStory].Text), Clip(items[first].Text));
            Sections.Add(_sections.Read("", "", items[firstStory].Line, items, firstStory, first, baseline, gapsMarkCommentary));
        }
        else
        {
            ReadIntro(items, 0, first);
        }

        for (var h = 0; h < headings.Count; h++)
        {
            var (index, name, title) = headings[h];
            Sections.Add(_sections.Read(name, title, items[index].Line, items, index + 1, ends[h], baseline, gapsMarkCommentary));
        }
    }

    private void ReadIntro(List<SeedItem> items, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var item = items[i];
            if (item.HeadlineShaped && LineShape.StartsLower(item.Text) && LineShape.ColonIndex(item.Text) < 0) Unplace(item, "a stray line (an image caption?) before the first section");
            else Intro.Add(new Paragraph(item.Text, item.Line));
        }
    }

    private void Unplace(SeedItem item, string why)
    {
        Unplaced.Add(new Paragraph(item.Text, item.Line));
        _diagnostics.Report(Codes.Unplaced, _path, item.Line, 1, Clip(item.Text), why);
    }

    /// <summary>Seed text as quoted in a diagnostic: its first 40 characters, then an ellipsis.</summary>
    internal static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
