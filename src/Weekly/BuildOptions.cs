namespace Weekly;

/// <summary>What to build and how.</summary>
/// <param name="RootDirectory">Site root holding <c>seeds/</c>, <c>input/</c> and <c>theme/</c>.</param>
/// <param name="BaseUrl">Overrides <c>base_url</c> from <c>input/site.yml</c> (absolute http(s) URL), or null.</param>
/// <param name="IncludeDrafts">Include issues whose front matter says <c>draft: true</c>.</param>
/// <param name="Clock">
/// The clock for "issue date in the future" warnings (WK0903), or null to skip that check. The CLI
/// passes <see cref="TimeProvider.System"/>, tests a fixed clock; the built files never depend on it.
/// </param>
public sealed record BuildOptions(string RootDirectory, string? BaseUrl = null, bool IncludeDrafts = false, TimeProvider? Clock = null);
