using Weekly.Core;
using Weekly.Diagnostics;

namespace Weekly.Seeds;

/// <summary>
/// Finds the section headings of a seed's body (rules in <see cref="SeedStructure"/>'s summary): a known section name
/// (<see cref="SectionNames"/>), one close to it (WK0206), or a heading found by layout.
/// </summary>
/// <param name="names">The known section names (<c>input/sections.yml</c>).</param>
/// <param name="path">The seed's path, for diagnostics.</param>
/// <param name="diagnostics">Receives WK0206.</param>
internal sealed class SectionHeadings(SectionNames names, string path, DiagnosticBag diagnostics)
{
    /// <summary>
    /// The section headings among <paramref name="items"/> (the paragraphs after the title line) in seed order, as item
    /// index, name and title; <paramref name="baseline"/> is the seed's usual gap in blank lines (<see cref="SeedGaps.Usual"/>).
    /// A heading close to a known name is reported (WK0206).
    /// </summary>
    public List<(int Index, string Name, string Title)> Find(List<SeedItem> items, int baseline)
    {
        var headings = new List<(int Index, string Name, string Title)>();
        for (var i = 0; i < items.Count; i++)
        {
            // A section number or mark (01, II., 一、, Part 3 |, ▌, 【…】) is no part of the name (HeadingMarks).
            var text = HeadingMarks.Strip(items[i].Text);
            if (!IsHeading(items, i, text, baseline, out var name, out var title) && !IsMisspeltHeading(text, out name, out title)) continue;
            if (IsHeadlineOfDatedBody(items, i, title)) continue;
            if (names.Closest(name) is { } known) diagnostics.Report(Codes.CloseSectionName, path, items[i].Line, 1, name, known);
            headings.Add((i, name, title));
        }

        var storyAfterIntro = FirstHeadline(items, 1);
        if (storyAfterIntro >= 2 && (headings.Count == 0 || storyAfterIntro < headings[0].Index) && IsNameAlone(items[storyAfterIntro - 1], items[storyAfterIntro], out var alone))
        {
            headings.Insert(0, (storyAfterIntro - 1, alone, ""));
        }

        return headings;
    }

    /// <summary>
    /// A known section name; or by layout, a <c>Name: title</c> line (also <c>Name — title</c>, <c>Name:</c> and the name
    /// alone, <see cref="LineShape.TrySplitHeading"/>; a numbered one, <c>01 Name</c>, only before a headline opening with a
    /// capital, not a lowercase caption) followed by a headline-shaped line and
    /// a body paragraph, set off by two or more blank lines or following a paragraph that was itself set
    /// off by a wider gap than usual (the commentary closing the previous section); a heading without a colon (a name
    /// alone, <c>Name — title</c>) needs only to follow a body paragraph.
    /// </summary>
    private bool IsHeading(List<SeedItem> items, int i, string text, int baseline, out string name, out string title)
    {
        var item = items[i];
        if (HeadingShaped(text) && names.TryMatch(text, out name, out title))
        {
            return true;
        }

        name = title = "";
        // Without a wide gap, a name alone or a "Name — title" (no colon: not a story's "Place: headline") after a body paragraph.
        var setOff = item.BlanksBefore >= 2 || SeedGaps.AfterWideGapCommentary(items, i, baseline)
            || (i > 0 && !items[i - 1].HeadlineShaped && LineShape.ColonIndex(text) < 0);
        return setOff && HeadingOrLabelShaped(item, text) && !LineShape.IsIntroLabel(text) && i + 2 < items.Count
            && items[i + 1].HeadlineShaped && !items[i + 2].HeadlineShaped
            && (ReferenceEquals(text, item.Text) || LineShape.StartsUpperOrDigit(items[i + 1].Text))
            && !names.TryMatch(HeadingMarks.Strip(items[i + 1].Text), out _, out _)
            && LineShape.TrySplitHeading(text, out name, out title);
    }

    /// <summary>
    /// True when the heading-like <c>items[i]</c> with a <paramref name="title"/> after its name is a story's headline: the
    /// next paragraph is a body opening with a date (<c>Digital RMB: Suzhou issues red envelopes</c>, then <c>On December
    /// 11, …</c>). A heading is followed by a headline; a name alone (no title) stays a heading.
    /// </summary>
    private static bool IsHeadlineOfDatedBody(List<SeedItem> items, int i, string title) =>
        title.Length > 0 && i + 1 < items.Count && !items[i + 1].HeadlineShaped && EventDates.Find(items[i + 1].Text) is not null;

    /// <summary>
    /// A section name alone (<c>Industry trends</c>, <c>Overseas News:</c>: 1–4 words, no title) right before the first
    /// story (<paramref name="next"/>'s headline; a numbered name only before one opening with a capital), with no heading
    /// before it: the first heading, whatever the blank lines before it. An intro's label
    /// (<c>Highlights of this issue:</c>, <see cref="LineShape.IsIntroLabel"/>) is not.
    /// </summary>
    private static bool IsNameAlone(SeedItem item, SeedItem next, out string name)
    {
        var text = HeadingMarks.Strip(item.Text);
        if ((ReferenceEquals(text, item.Text) || LineShape.StartsUpperOrDigit(next.Text)) && !LineShape.IsIntroLabel(text) && HeadingOrLabelShaped(item, text) && LineShape.TrySplitHeading(text, out name, out var title) && title.Length == 0) return true;
        name = "";
        return false;
    }

    /// <summary>
    /// A line shaped like a heading whose name is close to a known section name (<see cref="SectionNames.Closest"/>):
    /// a misspelt heading, read as a heading (with the name as written); the caller reports it (WK0206) with the name meant.
    /// </summary>
    private bool IsMisspeltHeading(string text, out string name, out string title)
    {
        name = title = "";
        if (!HeadingShaped(text)) return false;
        SectionNames.SplitHeading(text, out name, out title);
        return names.Closest(name) is not null;
    }

    /// <summary>Headline-shaped, or a name closed by a colon with nothing after it (<c>Industry trends:</c>; a colon closes no headline).</summary>
    /// <remarks><paramref name="text"/> is the item's text without its section number or mark (<see cref="HeadingMarks.Strip"/>).</remarks>
    private static bool HeadingOrLabelShaped(SeedItem item, string text) =>
        item.HeadlineShaped || (!ReferenceEquals(text, item.Text) && LineShape.IsHeadlineShaped(text))
        || (text.Length is > 0 and <= LineShape.MaxHeadlineLength && text[^1] is ':' or '：');

    private static bool HeadingShaped(string text) =>
        text.Length <= LineShape.MaxHeadlineLength && !LineShape.HasSentenceBreak(text);

    /// <summary>Index of the first headline (a headline-shaped paragraph followed by a body paragraph) at or after <paramref name="from"/>, or -1.</summary>
    internal static int FirstHeadline(List<SeedItem> items, int from)
    {
        for (var i = from; i + 1 < items.Count; i++)
        {
            if (items[i].HeadlineShaped && !items[i + 1].HeadlineShaped) return i;
        }

        return -1;
    }
}
