namespace Weekly.Domain;

/// <summary>A term of the topic taxonomy, defined in <c>input/topics.yml</c> (editors edit it).</summary>
/// <param name="Slug">URL slug and stable id, e.g. <c>supply-chain</c>.</param>
/// <param name="Name">Display name, e.g. <c>Supply chain</c>.</param>
/// <param name="Keywords">Phrases whose presence in a story (case-insensitive, whole words) tags it with this topic.</param>
/// <param name="Description">One sentence for the topic's page, or null.</param>
public sealed record Topic(string Slug, string Name, IReadOnlyList<string> Keywords, string? Description = null)
{
    /// <summary>Section names (case-insensitive, whole name) whose stories all belong to this topic, e.g. <c>Listed companies</c>; empty when none.</summary>
    public IReadOnlyList<string> Sections { get; init; } = [];

    /// <summary>1-based line of the topic's entry in <c>input/topics.yml</c>, for diagnostics; 0 when not from a file.</summary>
    public int Line { get; init; }
}
