using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Domain;

namespace Weekly.Seeds;

/// <summary>
/// Parses one seed file (DESIGN.md §1) into an untagged <see cref="Issue"/>: reading and encodings
/// (<see cref="SeedText"/>), front matter (<see cref="FrontMatter"/>), pasted markup (<see cref="SeedMarkup"/>), structure
/// (<see cref="SeedStructure"/>), story dates (<see cref="EventDates"/>) and the issue date
/// (<see cref="IssueDates"/>). Places, topics and slugs are left for the taggers and the slug modules.
/// Problems go to the diagnostic bag (codes WK0100–WK0399 in <see cref="Codes"/>); nothing is thrown.
/// Linear in the size of the seed.
/// </summary>
public static class SeedParser
{
    /// <summary>
    /// Parses a seed. Returns null only when the file cannot be read at all (empty, binary, badly
    /// encoded); otherwise a best-effort issue, with every non-blank paragraph placed somewhere (intro,
    /// a section heading, a story, a commentary, the footer, or <see cref="Issue.Unplaced"/>), except the
    /// "For more industry blockchain services" boilerplate. When no date can be found the issue's
    /// <see cref="Issue.Date"/> is <see cref="DateOnly.MinValue"/> and an error is reported.
    /// </summary>
    /// <param name="relativePath">Seed path relative to the site root with '/' separators, e.g. <c>seeds/2020-01-06-two-sessions.txt</c>; used in diagnostics and for the file name's date prefix.</param>
    /// <param name="bytes">The file's bytes as committed.</param>
    /// <param name="diagnostics">Receives errors and warnings, with 1-based lines of the original file.</param>
    /// <param name="sectionNames">The known section names (<c>input/sections.yml</c>); none by default: headings are then found by layout only.</param>
    /// <param name="zone">The site's time zone: a front matter date-time (<c>2019-12-31T20:00:00-08:00</c>) gives the issue the
    /// date it has there (1 January 2020 in Asia/Shanghai), the date its page shows and story dates without a year resolve
    /// against. Null: the date written in the seed's own offset.</param>
    /// <param name="siteName">The site's title (<c>input/site.yml</c>): a title line opening with it splits after it at a colon or a
    /// dash, like one opening with a name holding "weekly" and "blockchain" (see <see cref="TitleLine"/>). Null: only the latter.</param>
    public static Issue? Parse(string relativePath, byte[] bytes, DiagnosticBag diagnostics, SectionNames? sectionNames = null, TimeZoneInfo? zone = null, string? siteName = null)
    {
        var lines = SeedText.ReadLines(relativePath, bytes, diagnostics);
        if (lines is null) return null;
        UnsafeCharacterLines.Clean(lines, relativePath, diagnostics);
        var frontMatter = FrontMatter.Read(lines, relativePath, diagnostics, out var bodyStart);
        FrontMatterBlocks.ReportUnread(lines, bodyStart, relativePath, diagnostics);
        SeedMarkup.Clean(lines, bodyStart, relativePath, diagnostics);
        var structure = SeedStructure.Parse(lines, bodyStart, frontMatter.Title is not null, sectionNames ?? SectionNames.None, relativePath, diagnostics, siteName);

        var drafts = structure.Sections.SelectMany(s => s.Stories).ToList();
        var found = drafts.Select(s => DatedParagraph(s) is { } p ? EventDates.Find(p.Text) : null).ToList();
        for (var i = 0; i < drafts.Count; i++)
        {
            if (found[i] is null && DatedParagraph(drafts[i]) is { } first) MisspeltMonths.Check(first, relativePath, diagnostics);
        }
        var fileDate = IssueDates.FromFileName(relativePath, diagnostics);
        if (frontMatter.Date is { } given && fileDate is { } named && given != named)
        {
            diagnostics.Report(Codes.DateMismatch, relativePath, frontMatter.DateLine, 1, given, named);
        }

        var issueDay = frontMatter.PublishedAt is { } at && zone is not null ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime) : frontMatter.Date ?? fileDate ?? structure.TitleDate;
        var (issueDate, storyDates) = IssueDates.Resolve(relativePath, issueDay, found, diagnostics, frontMatter.DateInvalid,
            () => EventDates.WrittenElsewhere(structure.Intro.Concat(drafts.SelectMany(s => s.Paragraphs)).Select(p => p.Text)));

        var stories = new List<Story>(drafts.Count);
        for (var i = 0; i < drafts.Count; i++)
        {
            stories.Add(new Story { Headline = drafts[i].Headline, Line = drafts[i].Line, Paragraphs = drafts[i].Paragraphs, Ordinal = i + 1, Date = storyDates[i] });
        }

        stories = StoryOverrides.Apply(stories, frontMatter.Stories, relativePath, diagnostics);
        var next = 0;
        var sections = structure.Sections
            .Select(s => new Section(s.Name, s.Title, s.Line, stories.GetRange((next += s.Stories.Count) - s.Stories.Count, s.Stories.Count), s.Commentary)
            {
                KnownName = sectionNames?.KnownNameOf(s.Name) ?? sectionNames?.Closest(s.Name),
            })
            .ToList();

        return new Issue
        {
            SourcePath = relativePath,
            Newsletter = structure.Newsletter,
            Title = frontMatter.Title ?? structure.Title,
            Date = issueDate ?? DateOnly.MinValue,
            PublishedAt = frontMatter.PublishedAt,
            Number = frontMatter.Number,
            NumberLine = frontMatter.Number is null ? 0 : frontMatter.NumberLine,
            DateLine = frontMatter.Date is null ? 0 : frontMatter.DateLine,
            PinnedSlug = frontMatter.Slug,
            Draft = frontMatter.Draft,
            Summary = frontMatter.Summary,
            Intro = structure.Intro,
            Sections = sections,
            Previous = structure.Previous,
            Unplaced = structure.Unplaced,
            StoryOverrides = frontMatter.Stories,
        };
    }

    /// <summary>
    /// The paragraph whose first sentence gives a story its date: the first, or the second when the first is a note or an
    /// attribution (<c>Editor's note: reprinted from ...</c>, <c>Source: Xinhua</c>); null for a story without body.
    /// </summary>
    private static Paragraph? DatedParagraph(StoryDraft story) =>
        story.Paragraphs.Count == 0 ? null
        : story.Paragraphs.Count > 1 && (LineShape.IsCommentaryLabel(story.Paragraphs[0].Text) || LineShape.IsAttribution(story.Paragraphs[0].Text)) ? story.Paragraphs[1]
        : story.Paragraphs[0];
}
