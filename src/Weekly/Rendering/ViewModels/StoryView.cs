namespace Weekly.Rendering.ViewModels;

/// <summary>A story shaped for display (the <c>story</c> object; also items of a term's stories).</summary>
/// <param name="Id">Anchor id on the issue page: the story slug.</param>
/// <param name="Headline">Headline text.</param>
/// <param name="Url">Story page, <c>/issues/&lt;issue&gt;/&lt;story&gt;/</c>.</param>
/// <param name="AnchorUrl">The story on its issue page, <c>/issues/&lt;issue&gt;/#&lt;story&gt;</c>.</param>
/// <param name="DateIso">Event date <c>2020-01-04</c>, or null when the text gives none.</param>
/// <param name="DateDisplay">Event date <c>4 January 2020</c>, or null.</param>
/// <param name="Paragraphs">Body paragraphs (text).</param>
/// <param name="Excerpt">Start of the first paragraph, cut at a word boundary (about 200 characters) with "…".</param>
/// <param name="Regions">Region term links: province, then city (a district links to its nearest term).</param>
/// <param name="Topics">Topic term links, in taxonomy order.</param>
/// <param name="Issue">Link to the story's issue.</param>
/// <param name="IssueDateIso">The issue's date, ISO.</param>
/// <param name="IssueDateDisplay">The issue's date for display.</param>
/// <param name="SectionName">Name of the story's section.</param>
/// <param name="Previous">The story before it in its issue, or null.</param>
/// <param name="Next">The story after it in its issue, or null.</param>
public sealed record StoryView(
    string Id,
    string Headline,
    string Url,
    string AnchorUrl,
    string? DateIso,
    string? DateDisplay,
    IReadOnlyList<string> Paragraphs,
    string Excerpt,
    IReadOnlyList<LinkView> Regions,
    IReadOnlyList<LinkView> Topics,
    LinkView Issue,
    string IssueDateIso,
    string IssueDateDisplay,
    string SectionName,
    LinkView? Previous,
    LinkView? Next)
{
    /// <summary>
    /// <see cref="Regions"/> and <see cref="Topics"/> together, one object for all the stories with the same links, so the
    /// theme renders their links once (<c>include_cached 'term-links' story.term_links</c>) rather than once per story.
    /// </summary>
    public required TermLinksView TermLinks { get; init; }
}

/// <summary>A story's links to its term pages: the same object for every story with the same links (of one link style).</summary>
/// <param name="Regions">Region term links: province, then city.</param>
/// <param name="Topics">Topic term links, in taxonomy order.</param>
public sealed record TermLinksView(IReadOnlyList<LinkView> Regions, IReadOnlyList<LinkView> Topics);
