using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Domain;

namespace Weekly.Seeds;

/// <summary>A section as parsed, before story dates and ordinals are known.</summary>
internal sealed record SectionDraft(string Name, string Title, int Line, List<StoryDraft> Stories, List<Paragraph> Commentary);

/// <summary>A story as parsed, before its date and ordinal are known.</summary>
internal sealed record StoryDraft(string Headline, int Line, List<Paragraph> Paragraphs);

/// <summary>
/// Reads one section of a seed's body, the paragraphs after its heading (rules in <see cref="SeedStructure"/>'s
/// summary): which paragraphs are headlines, each story's body, and the commentary closing the section. Text
/// before the first story goes to <paramref name="unplace"/>; a section without stories (WK0204) and a story
/// without body (WK0205) are reported.
/// </summary>
/// <param name="path">The seed's path, for diagnostics.</param>
/// <param name="diagnostics">Receives the warnings.</param>
/// <param name="unplace">Takes a paragraph that fits nowhere, with the reason (WK0202).</param>
internal sealed class SectionReader(string path, DiagnosticBag diagnostics, Action<SeedItem, string> unplace)
{
    /// <summary>
    /// The section headed at <paramref name="line"/> (<paramref name="name"/> and <paramref name="title"/> empty when
    /// it has no heading) from <c>items[start..end)</c>; <paramref name="baseline"/> is the seed's usual gap in blank lines.
    /// <paramref name="gapsMarkCommentary"/> is true when the seed sets commentaries off by a wider gap: a section without
    /// one then has no commentary, rather than its last paragraph.
    /// </summary>
    public SectionDraft Read(string name, string title, int line, List<SeedItem> items, int start, int end, int baseline, bool gapsMarkCommentary)
    {
        var section = new SectionDraft(name, title, line, [], []);
        var headline = Headlines(items, start, end);
        var firstHeadline = Array.IndexOf(headline, true);
        if (firstHeadline < 0)
        {
            for (var i = start; i < end; i++) section.Commentary.Add(new Paragraph(items[i].Text, items[i].Line));
            diagnostics.Report(Codes.EmptySection, path, line, 1, SeedStructure.Clip(name));
            return section;
        }

        for (var i = start; i < start + firstHeadline; i++) unplace(items[i], "text between a section heading and its first story");
        var opening = CommentaryOpening(items, start + firstHeadline + 2, end, baseline, gapsMarkCommentary, headline, start);
        var (lateFrom, lateTo) = opening < 0 ? CommentaryBeforeLateStory(items, start + firstHeadline, end, baseline, headline, start) : (-1, -1);
        var storiesEnd = opening < 0 ? end : opening;
        var bodies = new List<List<SeedItem>>();
        for (var i = start + firstHeadline; i < storiesEnd; i++)
        {
            if (i >= lateFrom && i < lateTo)
            {
                section.Commentary.Add(new Paragraph(items[i].Text, items[i].Line));
            }
            else if (headline[i - start])
            {
                // The story's list number or bullet (1., ①, •, ▶) is no part of its title (HeadlineMarks).
                section.Stories.Add(new StoryDraft(HeadlineMarks.Strip(items[i].Text), items[i].Line, []));
                bodies.Add([]);
            }
            else
            {
                bodies[^1].Add(items[i]);
            }
        }

        var tail = bodies[^1];
        var cut = opening < 0 && lateFrom < 0 ? CommentaryStart(tail, baseline, gapsMarkCommentary) : tail.Count;
        for (var s = 0; s < bodies.Count; s++)
        {
            var count = s == bodies.Count - 1 ? cut : bodies[s].Count;
            for (var p = 0; p < count; p++) section.Stories[s].Paragraphs.Add(new Paragraph(bodies[s][p].Text, bodies[s][p].Line));
            if (count == 0)
            {
                var story = section.Stories[s];
                diagnostics.Report(Codes.StoryWithoutBody, path, story.Line, 1, SeedStructure.Clip(story.Headline));
            }
        }

        for (var p = cut; p < tail.Count; p++) section.Commentary.Add(new Paragraph(tail[p].Text, tail[p].Line));
        for (var i = storiesEnd; i < end; i++) section.Commentary.Add(new Paragraph(items[i].Text, items[i].Line));
        return section;
    }

    /// <summary>
    /// Index in <c>items[from..end)</c> where the commentary opens whatever line shapes follow, or -1: a paragraph opening with
    /// a commentary label (<c>Editor's comment:</c>, <see cref="LineShape.IsCommentaryLabel"/>); or one set off by a wider gap
    /// than <paramref name="baseline"/> that is a body paragraph with at most one headline-shaped line after it (a question
    /// the commentary asks), or a headline-like line whose next paragraph carries no date, in a seed whose gaps mark
    /// commentaries (a commentary opening with a heading of its own; story bodies open with their date). Never a paragraph
    /// right after a headline (the story's body), nor one with a story after it whose body opens with a date
    /// (<see cref="HasDatedBody"/>): a label or a wide gap in the middle of a section is part of the story before.
    /// </summary>
    private static int CommentaryOpening(List<SeedItem> items, int from, int end, int baseline, bool gapsMarkCommentary, bool[] headline, int start)
    {
        var later = 0;
        var laterStories = 0;
        var opening = -1;
        // Right to left, so the headlines after each paragraph are counted once; the leftmost opening wins.
        for (var k = end - 1; k >= from; k--)
        {
            var isHeadline = headline[k - start];
            var dated = isHeadline && HasDatedBody(items, k, end);
            if (laterStories > 0 || headline[k - 1 - start])
            {
                // A story with a dated body follows, or a headline precedes (its first paragraph is its body): this paragraph
                // belongs to a story, whatever its label or gap.
            }
            else if (LineShape.IsCommentaryLabel(items[k].Text))
            {
                opening = k;
            }
            else if (items[k].BlanksBefore > baseline)
            {
                if (!isHeadline && later <= 1) opening = k;
                else if (isHeadline && later == 0 && gapsMarkCommentary && !dated) opening = k;
            }

            if (isHeadline) later++;
            if (dated) laterStories++;
        }

        return opening;
    }

    /// <summary>
    /// The commentary <c>items[from..to)</c> that closed the section before one more story was pasted after it (late news), or
    /// (-1, -1): the section's last headline has a body opening with a date and no paragraph of that body after the first is
    /// set off by a wider gap than <paramref name="baseline"/> or opens with a commentary label (so the commentary is not
    /// below it); right before that headline, after the body of the story above (its first paragraph, at least, stays its
    /// body), a run of body paragraphs opens with one set off by a wider gap or a label, and none of them opens with a date.
    /// A wide gap inside a story followed by more stories and then a commentary stays the story's (case 402).
    /// </summary>
    private static (int From, int To) CommentaryBeforeLateStory(List<SeedItem> items, int first, int end, int baseline, bool[] headline, int start)
    {
        var last = end - 1;
        while (last > first && !headline[last - start]) last--;
        if (last <= first || !HasDatedBody(items, last, end)) return (-1, -1);
        for (var p = last + 2; p < end; p++)
        {
            if (items[p].BlanksBefore > baseline || LineShape.IsCommentaryLabel(items[p].Text)) return (-1, -1);
        }

        var from = -1;
        for (var k = last - 1; k > first && !headline[k - start]; k--)
        {
            if (headline[k - 1 - start] || EventDates.Find(items[k].Text) is not null) break;
            if (items[k].BlanksBefore > baseline || LineShape.IsCommentaryLabel(items[k].Text)) from = k;
        }

        return from < 0 ? (-1, -1) : (from, last);
    }

    /// <summary>True when the paragraph after the headline <c>items[k]</c> (before <paramref name="end"/>) opens with a date: a story's body.</summary>
    private static bool HasDatedBody(List<SeedItem> items, int k, int end) => k + 1 < end && EventDates.Find(items[k + 1].Text) is not null;

    /// <summary>
    /// Marks the headlines among <c>items[start..end)</c>: a headline-shaped paragraph followed by a body
    /// paragraph, or one with a colon and a capital start followed by a run of headline-shaped paragraphs
    /// that ends in a body (a story without body); or a headline closed like a sentence (<see cref="LineShape.IsClosedHeadline"/>)
    /// after a body paragraph and before a body opening with its date. Linear: each run is measured once, right to left.
    /// </summary>
    private static bool[] Headlines(List<SeedItem> items, int start, int end)
    {
        var count = end - start;
        var result = new bool[count];
        var runEnd = end;
        for (var i = end - 1; i >= start; i--)
        {
            var item = items[i];
            if (!item.HeadlineShaped)
            {
                runEnd = i;
                result[i - start] = i + 1 < end && (i == start || !items[i - 1].HeadlineShaped)
                    && LineShape.IsClosedHeadline(item.Text) && LineShape.OpensLikeBody(items[i + 1].Text);
                continue;
            }

            if (i + 1 >= end || runEnd >= end) continue;
            result[i - start] = !items[i + 1].HeadlineShaped
                || (LineShape.ColonIndex(item.Text) > 0 && LineShape.StartsUpperOrDigit(item.Text));
        }

        return result;
    }

    /// <summary>
    /// Where the commentary starts in the last story's paragraphs (their count when there is none): the last paragraph when
    /// the story has two or more and the seed does not mark commentaries by gaps, unless it is an attribution
    /// (<c>Source: Xinhua</c>), which closes the story.
    /// </summary>
    private static int CommentaryStart(List<SeedItem> tail, int baseline, bool gapsMarkCommentary)
    {
        for (var p = 1; p < tail.Count; p++)
        {
            if (tail[p].BlanksBefore > baseline) return p;
        }

        return tail.Count >= 2 && !gapsMarkCommentary && !LineShape.IsAttribution(tail[^1].Text) ? tail.Count - 1 : tail.Count;
    }
}
