namespace Weekly.Rendering.ViewModels;

/// <summary>A term page's data (the <c>term</c> object): one province, city or topic.</summary>
/// <param name="Kind"><c>region</c> or <c>topic</c>.</param>
/// <param name="Name">Display name, e.g. <c>Fuzhou</c>.</param>
/// <param name="Path">Slug path, e.g. <c>fujian/fuzhou</c>.</param>
/// <param name="Url">Term page, from <c>Permalinks.Term</c>.</param>
/// <param name="Feed">The term's feed (<c>Permalinks.TermFeed</c>).</param>
/// <param name="Description">The topic's description, or null.</param>
/// <param name="Parent">The province of a city, or null.</param>
/// <param name="StoryCount">Number of stories.</param>
/// <param name="StoryCountLabel">"1 story" / "3 stories".</param>
/// <param name="Stories">Stories newest first: on a paginated term page, only this page's stories.</param>
/// <param name="Children">A province's cities with their counts; empty otherwise.</param>
public sealed record TermView(
    string Kind,
    string Name,
    string Path,
    string Url,
    FeedLinkView Feed,
    string? Description,
    LinkView? Parent,
    int StoryCount,
    string StoryCountLabel,
    IReadOnlyList<StoryView> Stories,
    IReadOnlyList<TermSummaryView> Children)
{
    /// <summary>How often a topic came up, issue by issue (recent issues); null for regions.</summary>
    public ChartView? Chart { get; init; }

    /// <summary>A region's Chinese name as shown beside <see cref="Name"/> (<c>福州</c>, <c>lang="zh-Hans"</c>); null for topics.</summary>
    public string? ChineseName { get; init; }
}

/// <summary>A term in an index list (the items of <c>terms</c>).</summary>
/// <param name="Name">Display name.</param>
/// <param name="Url">Term page.</param>
/// <param name="StoryCount">Number of stories.</param>
/// <param name="StoryCountLabel">"1 story" / "3 stories".</param>
/// <param name="Description">The topic's description, or null.</param>
/// <param name="Children">Cities of a province (with counts); empty otherwise.</param>
public sealed record TermSummaryView(string Name, string Url, int StoryCount, string StoryCountLabel, string? Description, IReadOnlyList<TermSummaryView> Children)
{
    /// <summary>A region's Chinese name as shown beside <see cref="Name"/> (<c>福州</c>); null for topics.</summary>
    public string? ChineseName { get; init; }
}
