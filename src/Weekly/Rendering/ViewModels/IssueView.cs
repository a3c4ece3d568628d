namespace Weekly.Rendering.ViewModels;

/// <summary>An issue shaped for display (the <c>issue</c> object, and items of <c>issues</c>).</summary>
/// <param name="Title">Issue title.</param>
/// <param name="Newsletter">Newsletter name from the title line, or empty.</param>
/// <param name="Number">Issue number, or null.</param>
/// <param name="Label">"Issue 12", or empty when there is no number.</param>
/// <param name="Slug">URL slug; also the issue's id in lists.</param>
/// <param name="Url">Site-relative permalink, <c>/issues/&lt;slug&gt;/</c>.</param>
/// <param name="DateIso">Publication date, <c>2020-01-06</c>.</param>
/// <param name="DateDisplay">Publication date, <c>6 January 2020</c>.</param>
/// <param name="Description">Front matter summary, else an excerpt of the intro.</param>
/// <param name="Intro">Intro paragraphs (text).</param>
/// <param name="Sections">Sections in seed order.</param>
/// <param name="StoryCount">Number of stories.</param>
/// <param name="StoryCountLabel">"1 story" / "24 stories".</param>
/// <param name="Previous">The footer's "Review of previous period", or null.</param>
/// <param name="Older">The next older issue of the site, or null.</param>
/// <param name="Newer">The next newer issue of the site, or null.</param>
public sealed record IssueView(
    string Title,
    string Newsletter,
    int? Number,
    string Label,
    string Slug,
    string Url,
    string DateIso,
    string DateDisplay,
    string Description,
    IReadOnlyList<string> Intro,
    IReadOnlyList<SectionView> Sections,
    int StoryCount,
    string StoryCountLabel,
    PreviousIssueView? Previous,
    LinkView? Older,
    LinkView? Newer);

/// <summary>The footer's link to the previous issue.</summary>
/// <param name="Title">The title as the footer gives it.</param>
/// <param name="Url">URL of that issue when the site has it, else null (shown as plain text).</param>
public sealed record PreviousIssueView(string Title, string? Url);

/// <summary>A section of an issue.</summary>
/// <param name="Id">Anchor id on the issue page, <c>section-1</c>, …</param>
/// <param name="Name">Section name, e.g. <c>Government Updates</c>.</param>
/// <param name="Title">Section title, or empty.</param>
/// <param name="Stories">Stories in seed order.</param>
/// <param name="Commentary">The editor's commentary paragraphs; empty when there is none.</param>
/// <param name="HasCommentary">True when <paramref name="Commentary"/> is not empty.</param>
public sealed record SectionView(string Id, string Name, string Title, IReadOnlyList<StoryView> Stories, IReadOnlyList<string> Commentary, bool HasCommentary);
