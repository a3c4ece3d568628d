namespace Weekly;

/// <summary>What to build and how.</summary>
/// <param name="RootDirectory">Site root holding <c>seeds/</c>, <c>input/</c> and <c>theme/</c>.</param>
/// <param name="BaseUrl">Overrides <c>base_url</c> from <c>input/site.yml</c> (absolute http(s) URL), or null.</param>
/// <param name="IncludeDrafts">Include issues whose front matter says <c>draft: true</c>.</param>
/// <param name="Clock">
/// The clock that says which issues are scheduled (published after now, in the site's time zone: left out unless
/// <see cref="IncludeFuture"/>); null for the system clock. The commands pass <see cref="TimeProvider.System"/>, tests a fixed
/// clock: it is the only way the time of day reaches the output.
/// </param>
public sealed record BuildOptions(string RootDirectory, string? BaseUrl = null, bool IncludeDrafts = false, TimeProvider? Clock = null)
{
    /// <summary>Include scheduled issues (<c>--future</c>; preview always does).</summary>
    public bool IncludeFuture { get; init; }

    /// <summary>What to do when <c>permalinks.lock</c> does not record what the build publishes.</summary>
    public PermalinkLockMode LockMode { get; init; } = PermalinkLockMode.Update;
}

/// <summary>What a build does when <c>permalinks.lock</c> does not record what it publishes (<see cref="BuildResult.LockChanged"/>).</summary>
public enum PermalinkLockMode
{
    /// <summary>An editor's build: the caller saves <see cref="BuildResult.Lock"/> (<c>weekly build</c> and <c>check</c> do; preview does not).</summary>
    Update,

    /// <summary>A CI build (Netlify, a pull-request check), which cannot commit: warning WK0416, and the lock is not saved.</summary>
    ReadOnly,

    /// <summary><c>--locked</c>: error WK0417, the build fails.</summary>
    Locked,
}
