namespace Weekly.Tests.TestKit;

/// <summary>
/// The hostile site (issue #6): the repository's <c>input/</c> and <c>theme/</c> plus the seed
/// <c>Data/hostile/seeds/2020-01-13-hostile.txt</c> and the page <c>Data/hostile/pages/hostile.md</c>,
/// whose every field holds markup, template syntax, <c>]]&gt;</c> and <c>javascript:</c> URLs. Built once.
/// </summary>
public static class HostileSite
{
    /// <summary>The hostile seed's file name.</summary>
    public const string SeedName = "2020-01-13-hostile.txt";

    private static readonly Lazy<BuildResult> Built = new(() =>
    {
        using var site = Create();
        return site.Build();
    });

    /// <summary>The in-memory build of the hostile site.</summary>
    public static BuildResult Result => Built.Value;

    /// <summary>A fresh copy of the hostile site on disk (dispose it).</summary>
    public static TestSite Create()
    {
        var site = new TestSite();
        site.WriteBytes("seeds/" + SeedName, File.ReadAllBytes(Repo.DataPath("hostile", "seeds", SeedName)));
        site.WriteBytes("input/pages/hostile.md", File.ReadAllBytes(Repo.DataPath("hostile", "pages", "hostile.md")));
        return site;
    }
}
