namespace Weekly.Domain;

/// <summary>
/// One story of an issue: a headline and its body paragraphs. Parsed by <c>SeedParser</c>; places and
/// topics are filled in by the taggers, <see cref="Slug"/> by <c>SetStorySlugs</c>.
/// </summary>
public sealed record Story
{
    /// <summary>The headline as written, e.g. <c>Mayor of Fuzhou: Creating a ...</c> (untrusted text).</summary>
    public required string Headline { get; init; }

    /// <summary>1-based line of the headline in the seed.</summary>
    public required int Line { get; init; }

    /// <summary>Body paragraphs, at least one for a well-formed story.</summary>
    public required IReadOnlyList<Paragraph> Paragraphs { get; init; }

    /// <summary>1-based position of the story in its issue, counted across sections.</summary>
    public required int Ordinal { get; init; }

    /// <summary>The event date the story reports ("On January 4-5" gives January 4), or null when the text gives none.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Most specific places the story is about (a city, not also its province); empty for a national body or a company.</summary>
    public IReadOnlyList<Place> Places { get; init; } = [];

    /// <summary>Slugs of the topics the story belongs to, in taxonomy order.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Editor's overrides from the seed's front matter, or null.</summary>
    public StoryOverride? Override { get; init; }

    /// <summary>URL slug, unique within the issue; set by <c>SetStorySlugs</c> (or pinned by an override).</summary>
    public string Slug { get; init; } = "";

    /// <summary>
    /// The specific part of the story's feed id (<c>issues/&lt;issue&gt;/&lt;ordinal&gt;</c> as first published), from
    /// <c>permalinks.lock</c>; null until the story is first recorded there (then made from its issue and ordinal).
    /// </summary>
    public string? FeedId { get; init; }
}

/// <summary>
/// Per-story overrides from a seed's front matter (<c>stories:</c> list), matched to a story by its
/// 1-based ordinal or by the start of its headline.
/// </summary>
/// <param name="Slug">Pinned slug, or null.</param>
/// <param name="AddRegions">Region paths to add, e.g. <c>fujian/fuzhou</c>.</param>
/// <param name="RemoveRegions">Region paths to remove (a province path also removes its cities).</param>
/// <param name="AddTopics">Topic slugs to add.</param>
/// <param name="RemoveTopics">Topic slugs to remove.</param>
/// <param name="Line">1-based line of the override in the seed, for diagnostics.</param>
public sealed record StoryOverride(
    string? Slug,
    IReadOnlyList<string> AddRegions,
    IReadOnlyList<string> RemoveRegions,
    IReadOnlyList<string> AddTopics,
    IReadOnlyList<string> RemoveTopics,
    int Line);
