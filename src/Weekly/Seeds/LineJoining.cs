namespace Weekly.Seeds;

/// <summary>
/// Which lines of a seed's body join into one paragraph (<see cref="SeedItem.ReadAll"/>): the seed's wrapping, inferred once
/// from its line lengths, and the rule for one line after another.
/// </summary>
/// <param name="WrapWidth">The column the seed is hard-wrapped at, or 0 (<see cref="Infer"/>).</param>
/// <param name="BlankSeparated">True when blank lines stand between nearly all the seed's lines: a line right after another is a wrapped one.</param>
/// <param name="WrappedParagraphs">True when the seed is hard-wrapped and its paragraphs are set apart by blank lines (as mail
/// clients and <c>fmt</c> leave them): a line break is then never a paragraph break, even after a full stop.</param>
/// <param name="Names">The known section names: a heading is never joined into the paragraph above.</param>
internal readonly record struct LineJoining(int WrapWidth, bool BlankSeparated, bool WrappedParagraphs, SectionNames Names)
{
    /// <summary>Widest a hard-wrapped seed's lines may be (editors' and mail clients' wrap columns are 60 to 80).</summary>
    private const int MaxWrapWidth = 100;

    /// <summary>How far short of the wrap column a wrapped line may end (the next word did not fit).</summary>
    private const int WrapSlack = 25;

    /// <summary>
    /// The seed's wrapping. It is hard-wrapped at width W when at least three lines are followed by a non-blank line, none
    /// of them over <see cref="MaxWrapWidth"/>, W the longest of them, and they are of near-equal length as wrapping makes
    /// them: three in four end within <see cref="WrapSlack"/> of W, and hardly any line of the body (one in twenty) is longer
    /// than W. Not "the longest line followed by another": a seed that writes each headline right above its body has short
    /// headlines of any length followed so, and bodies far longer than any of them (issue 606). <see cref="WrappedParagraphs"/>:
    /// hard-wrapped, and at most one line in four that ends a paragraph (short of the column) is followed by a non-blank line.
    /// <see cref="BlankSeparated"/>: at least ten lines, at most one in four in a run of lines without blank lines between.
    /// </summary>
    public static LineJoining Infer(string[] lines, int bodyStart, SectionNames names)
    {
        var followed = new List<int>();
        var nonBlank = 0;
        var inRuns = 0;
        var endsBeforeBlank = 0;
        var tooWide = false;
        for (var i = bodyStart; i < lines.Length; i++)
        {
            var length = lines[i].Trim().Length;
            if (length == 0) continue;
            nonBlank++;
            var afterLine = i > bodyStart && lines[i - 1].Trim().Length > 0;
            var beforeLine = i + 1 < lines.Length && lines[i + 1].Trim().Length > 0;
            if (afterLine || beforeLine) inRuns++;
            if (!beforeLine)
            {
                endsBeforeBlank++;
                continue;
            }

            tooWide |= length > MaxWrapWidth;
            followed.Add(length);
        }

        var blankSeparated = nonBlank >= 10 && inRuns * 4 <= nonBlank;
        if (followed.Count < 3 || tooWide) return new LineJoining(0, blankSeparated, false, names);
        var width = followed.Max();
        var near = followed.Count(l => l >= width - WrapSlack);
        var longer = 0;
        for (var i = bodyStart; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length > width) longer++;
        }

        if (near < 3 || near * 4 < followed.Count * 3 || longer * 20 > nonBlank) return new LineJoining(0, blankSeparated, false, names);
        var shortFollowed = followed.Count - near;
        return new LineJoining(width, blankSeparated, shortFollowed * 4 <= endsBeforeBlank, names);
    }

    /// <summary>
    /// True when <paramref name="next"/> continues <paramref name="previous"/>'s paragraph (<paramref name="after"/>: the line
    /// after next, empty when blank or none). Never when next is a known section heading, or opens like a story body with a
    /// capital (<c>On April 2,</c>, <see cref="LineShape.OpensLikeBody"/>: a headline right above its body), or is the footer
    /// or the boilerplate. Else when the previous line does not end a sentence and: the next starts in lower case; or the
    /// seed is hard-wrapped and the previous line reaches the wrap column; or the seed is <see cref="BlankSeparated"/>, the
    /// next line is no numbered item and the previous no known heading. In a hard-wrapped seed whose paragraphs are set apart
    /// by blank lines (<see cref="WrappedParagraphs"/>) a line after a full stop continues too, unless it could be a headline
    /// standing alone (headline-shaped with a blank line after it).
    /// </summary>
    public bool Continues(string previous, string next, string after)
    {
        if (LineShape.FooterTitle(next) is not null || LineShape.IsBoilerplate(next) || LineShape.FooterTitle(previous) is not null) return false;
        if (!LineShape.StartsLower(next) && (IsKnownHeading(next) || LineShape.OpensLikeBody(next))) return false;
        if (previous[^1] is '.' or '。' or '!' or '?' or '！' or '？')
        {
            return WrappedParagraphs && (after.Length > 0 || !LineShape.IsHeadlineShaped(next));
        }

        return LineShape.StartsLower(next)
            || (WrapWidth > 0 && previous.Length >= WrapWidth - WrapSlack)
            || (BlankSeparated && !char.IsDigit(next[0]) && !IsKnownHeading(previous));
    }

    /// <summary>
    /// True when a footer line <paramref name="next"/> continues the footer's title on <paramref name="previous"/>: it starts in
    /// lower case, or the seed is hard-wrapped and the previous line reaches the wrap column; never when it is a title line of
    /// its own (an older issue's, <c>Weekly 丨 …</c>), another footer wording or the boilerplate.
    /// </summary>
    public bool ContinuesFooter(string previous, string next) =>
        (LineShape.StartsLower(next) || (WrapWidth > 0 && previous.Length >= WrapWidth - WrapSlack))
        && TitleLine.Split(next, null) is null && LineShape.FooterTitle(next) is null && !LineShape.IsBoilerplate(next);

    private bool IsKnownHeading(string line) => Names.TryMatch(HeadingMarks.Strip(line), out _, out _);
}
