namespace Weekly.Publishing;

/// <summary>
/// What the site has published, as <c>permalinks.lock</c> at the site root records it: each issue's and story's URL now,
/// the URLs they had before (each answered by a redirect), and the feed ids they were first published with. Written by
/// <c>weekly build</c> and <c>weekly check</c> on an editor's machine and committed, like a package lock; read by every
/// build (see <see cref="PermalinkHistory"/>). Format: docs/permalinks.md.
/// </summary>
/// <param name="Version">Format version, <see cref="CurrentVersion"/>.</param>
/// <param name="Issues">Every issue ever recorded, by <see cref="LockedIssue.Source"/> (ordinal).</param>
public sealed record PermalinkLock(int Version, IReadOnlyList<LockedIssue> Issues)
{
    /// <summary>The format version this build writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The lock of a site that has published nothing yet.</summary>
    public static readonly PermalinkLock Empty = new(CurrentVersion, []);
}

/// <summary>One published issue.</summary>
/// <param name="Source">Seed path relative to the site root, '/' separators (how the issue is found again).</param>
/// <param name="Id">Specific part of its feed id as first published, e.g. <c>issues/2020-01-06-two-sessions</c>.</param>
/// <param name="Url">Its permalink now.</param>
/// <param name="Title">Its title (finds the issue again after its seed was renamed).</param>
/// <param name="Date">Its date, <c>yyyy-MM-dd</c> (the same).</param>
/// <param name="Aliases">Permalinks it had before; each redirects to <paramref name="Url"/>.</param>
/// <param name="Stories">Its stories, published ones in issue order, then removed ones.</param>
/// <param name="Removed">True once the issue is no longer published (seed deleted or made a draft): its URLs answer 404.</param>
public sealed record LockedIssue(
    string Source,
    string Id,
    string Url,
    string Title,
    string Date,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<LockedStory> Stories,
    bool Removed = false);

/// <summary>One published story.</summary>
/// <param name="Id">Specific part of its feed id as first published, e.g. <c>issues/2020-01-06-two-sessions/3</c>.</param>
/// <param name="Url">Its permalink now (the last segment is its slug).</param>
/// <param name="Text">Fingerprint of its first paragraph (<see cref="StoryFingerprint"/>): finds it again after its headline changed.</param>
/// <param name="Aliases">Permalinks it had before; each redirects to <paramref name="Url"/>.</param>
/// <param name="Removed">True once the story is no longer in its issue: its URLs redirect to the issue page.</param>
public sealed record LockedStory(
    string Id,
    string Url,
    string Text,
    IReadOnlyList<string> Aliases,
    bool Removed = false)
{
    /// <summary>The slug: the last segment of <see cref="Url"/>.</summary>
    public string Slug
    {
        get
        {
            var url = Url.TrimEnd('/');
            return url[(url.LastIndexOf('/') + 1)..];
        }
    }
}
