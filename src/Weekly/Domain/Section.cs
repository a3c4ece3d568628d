namespace Weekly.Domain;

/// <summary>
/// A section of an issue: a heading such as <c>Government Updates: Local Two Sessions Discuss Blockchain</c>
/// (name before the colon, title after), its stories, and the editor's commentary that closes it.
/// </summary>
/// <param name="Name">Section name as written, e.g. <c>Government Updates</c>.</param>
/// <param name="Title">Section title as written, or empty when the heading has none.</param>
/// <param name="Line">1-based line of the heading in the seed.</param>
/// <param name="Stories">The section's stories in seed order.</param>
/// <param name="Commentary">The editor's commentary paragraph(s) closing the section; empty when there is none.</param>
public sealed record Section(string Name, string Title, int Line, IReadOnlyList<Story> Stories, IReadOnlyList<Paragraph> Commentary)
{
    /// <summary>
    /// The name <c>input/sections.yml</c> lists for <see cref="Name"/> when it is a variant or a likely misspelling of it
    /// (<c>Goverment Updates</c> → <c>Government Updates</c>), so the section's topics follow the known name; null when the
    /// name is not listed or close to a listed one.
    /// </summary>
    public string? KnownName { get; init; }
}
