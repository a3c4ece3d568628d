namespace Weekly.Search;

/// <summary>One story as the search index knows it.</summary>
/// <param name="Headline">Headline (shown in results; indexed, its keys marked as headline matches).</param>
/// <param name="Url">Site-relative story URL.</param>
/// <param name="IssueTitle">The story's issue title (shown in results; not indexed).</param>
/// <param name="Date">The date to show: the story's own, e.g. <c>4 January 2020</c> (its issue's when the story gives none).</param>
/// <param name="DateIso">The same date, ISO (<c>2020-01-04</c>), for the result's <c>&lt;time datetime&gt;</c>.</param>
/// <param name="Excerpt">A short excerpt to show (not indexed itself: the body is).</param>
/// <param name="Texts">Indexed text units besides the headline: body paragraphs, region and topic names. Phrases never span two units.</param>
/// <param name="Facets">Filter keys of the story, <c>facet:value</c> (<c>region:fujian</c>, <c>topic:copyright</c>, <c>year:2020</c>): indexed as they are.</param>
public sealed record SearchDocument(string Headline, string Url, string IssueTitle, string Date, string DateIso, string Excerpt,
    IReadOnlyList<string> Texts, IReadOnlyList<string> Facets);

/// <summary>A filter the search page offers (written in the manifest): its URL parameter, label and values.</summary>
/// <param name="Name">URL parameter and key prefix: <c>region</c>, <c>topic</c> or <c>year</c>.</param>
/// <param name="Label">The filter's label, e.g. <c>Province</c>.</param>
/// <param name="Values">Its values in display order: (value in the URL and key, label), e.g. (<c>fujian</c>, <c>Fujian</c>).</param>
public sealed record SearchFacet(string Name, string Label, IReadOnlyList<(string Value, string Label)> Values);
