namespace Weekly.Domain;

/// <summary>
/// One parsed newsletter issue, from one seed file. Produced by <c>SeedParser</c>; stories are tagged
/// by the taggers and slugs set by <c>SetSlugs</c>.
/// </summary>
public sealed record Issue
{
    /// <summary>Seed path relative to the site root, '/' separators, e.g. <c>seeds/000_680a3467cedacbca.txt</c>.</summary>
    public required string SourcePath { get; init; }

    /// <summary>Newsletter name from the title line (before <c>丨</c>), e.g. <c>Industry Blockchain Weekly</c>; empty when absent.</summary>
    public required string Newsletter { get; init; }

    /// <summary>Issue title (after <c>丨</c>, or front matter <c>title</c>).</summary>
    public required string Title { get; init; }

    /// <summary>
    /// Publication date: front matter <c>date</c>, else the file name's date prefix, else the latest story date. Once the
    /// content stage has set <see cref="Published"/>, the date of that instant in the site's time zone.
    /// </summary>
    public required DateOnly Date { get; init; }

    /// <summary>Exact publication instant when front matter gives a date-time with offset, else null (midnight in the site's zone is used).</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>
    /// The issue's one publication instant, in the site's time zone, whole seconds: <see cref="PublishedAt"/>, else midnight
    /// at the start of <see cref="Date"/>. Set by the content stage (<c>SetPublicationDates</c>); every page, feed and
    /// list shows and orders by it. Null only for an issue made outside the content stage.
    /// </summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>True when <see cref="Published"/> is after the build's clock: built only by <c>--future</c> and preview.</summary>
    public bool Scheduled { get; init; }

    /// <summary>
    /// The specific part of the issue's feed id (<c>issues/&lt;slug&gt;</c> as first published), from <c>permalinks.lock</c>;
    /// null until the issue is first recorded there (then made from its slug).
    /// </summary>
    public string? FeedId { get; init; }

    /// <summary>Issue number from front matter <c>number</c>, else null (the build numbers issues by date).</summary>
    public int? Number { get; init; }

    /// <summary>1-based seed line of the front matter <c>number</c>, or 0 when the number is not from front matter.</summary>
    public int NumberLine { get; init; }

    /// <summary>1-based seed line of the front matter <c>date</c>, or 0 when the date is not from front matter.</summary>
    public int DateLine { get; init; }

    /// <summary>Slug pinned in front matter, or null. After <c>SetSlugs</c> see <see cref="Slug"/>.</summary>
    public string? PinnedSlug { get; init; }

    /// <summary>URL slug, unique among issues; set by <c>SetSlugs</c>.</summary>
    public string Slug { get; init; } = "";

    /// <summary>True when front matter says <c>draft: true</c>: left out of <c>build</c> unless <c>--drafts</c>.</summary>
    public bool Draft { get; init; }

    /// <summary>Summary from front matter, or null (descriptions fall back to <see cref="Lead"/>).</summary>
    public string? Summary { get; init; }

    /// <summary>Intro paragraphs between the title line and the first section.</summary>
    public required IReadOnlyList<Paragraph> Intro { get; init; }

    /// <summary>
    /// What a summary of the issue starts from when front matter gives none: the intro's paragraphs, or, for an issue without
    /// an intro, its first story's first paragraph (its headline when it has none), as Hugo's <c>.Summary</c> takes the start
    /// of the content; empty only for an issue without either. Unclipped; <see cref="HasIntro"/> says which it is.
    /// </summary>
    public string Lead => HasIntro
        ? string.Join("\n\n", Intro.Select(p => p.Text))
        : Stories.FirstOrDefault() is { } first ? (first.Paragraphs.Count > 0 ? first.Paragraphs[0].Text : first.Headline) : "";

    /// <summary>True when the issue has intro text.</summary>
    public bool HasIntro => Intro.Any(p => !string.IsNullOrWhiteSpace(p.Text));

    /// <summary>Sections in seed order.</summary>
    public required IReadOnlyList<Section> Sections { get; init; }

    /// <summary>The previous issue named in the footer ("Review of previous period : ..."), or null.</summary>
    public PreviousIssueRef? Previous { get; init; }

    /// <summary>Paragraphs the parser kept but could not place in the structure (each also reported as a warning).</summary>
    public IReadOnlyList<Paragraph> Unplaced { get; init; } = [];

    /// <summary>Per-story overrides from front matter, before they are applied to stories.</summary>
    public IReadOnlyList<StoryOverrideEntry> StoryOverrides { get; init; } = [];

    /// <summary>All stories across sections, in seed order.</summary>
    public IEnumerable<Story> Stories => Sections.SelectMany(s => s.Stories);
}

/// <summary>The footer's link to the previous issue.</summary>
/// <param name="Title">The previous issue's title as written in the footer (may include a newsletter name and <c>丨</c>).</param>
/// <param name="Line">1-based line of the footer.</param>
public sealed record PreviousIssueRef(string Title, int Line);

/// <summary>A front matter story override and how it selects its story.</summary>
/// <param name="Ordinal">1-based story position to match, or null.</param>
/// <param name="HeadlineStartsWith">Start of the headline to match (ordinal, case-insensitive), or null.</param>
/// <param name="Override">The override itself.</param>
public sealed record StoryOverrideEntry(int? Ordinal, string? HeadlineStartsWith, StoryOverride Override);
