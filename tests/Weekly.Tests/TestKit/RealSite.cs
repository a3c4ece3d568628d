namespace Weekly.Tests.TestKit;

/// <summary>The real site (the repository's seeds/, input/ and theme/) built once, in memory, for all tests that read it.</summary>
public sealed class RealSite
{
    private static readonly Lazy<BuildResult> Built = new(() =>
    {
        var result = SiteBuilder.Build(new BuildOptions(Repo.Root, Clock: FixedClock.Default));
        if (!result.Succeeded) throw new InvalidOperationException("The real site does not build:\n" + result.DiagnosticsText());
        return result;
    });

    /// <summary>The build of the real site with the base URL from input/site.yml.</summary>
    public static BuildResult Result => Built.Value;

    /// <summary>The base URL the real site is built with.</summary>
    public static string BaseUrl => Result.Site!.Settings.BaseUrl;

    /// <summary>The real issue's slug (from its file name).</summary>
    public const string IssueSlug = "000-680a3467cedacbca";
}
