namespace Weekly;

/// <summary>What to build and how.</summary>
/// <param name="RootDirectory">Site root holding <c>seeds/</c>, <c>input/</c> and <c>theme/</c>.</param>
/// <param name="BaseUrl">Overrides <c>base_url</c> from <c>input/site.yml</c> (absolute http(s) URL), or null.</param>
/// <param name="IncludeDrafts">Include issues whose front matter says <c>draft: true</c>.</param>
public sealed record BuildOptions(string RootDirectory, string? BaseUrl = null, bool IncludeDrafts = false);
