namespace Weekly.Search;

/// <summary>One story as the search index knows it.</summary>
/// <param name="Headline">Headline (shown in results; indexed).</param>
/// <param name="Url">Site-relative story URL.</param>
/// <param name="IssueTitle">The story's issue title (shown in results; not indexed).</param>
/// <param name="Date">The date to show: the story's own, e.g. <c>4 January 2020</c> (its issue's when the story gives none).</param>
/// <param name="Excerpt">A short excerpt to show (not indexed itself: the body is).</param>
/// <param name="Texts">Indexed text units: headline, body paragraphs, region and topic names. Phrases never span two units.</param>
public sealed record SearchDocument(string Headline, string Url, string IssueTitle, string Date, string Excerpt, IReadOnlyList<string> Texts);
