using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Weekly.IO;

namespace Weekly.Tests.TestKit;

/// <summary>
/// A whole site on disk for a test: the repository's <c>input/</c> and <c>theme/</c> (unless
/// <c>bare</c>), plus the files of a txtar archive, in a temp folder. <see cref="Build"/> builds it
/// in memory.
/// </summary>
public sealed class TestSite : IDisposable
{
    private readonly TempDirectory _dir = new();

    public TestSite(string txtar = "", bool withRepoInputAndTheme = true, bool withRealSeed = false)
    {
        if (withRepoInputAndTheme)
        {
            CopyTree(Repo.PathOf("input"), _dir.Combine("input"));
            CopyTree(Repo.PathOf("theme"), _dir.Combine("theme"));
        }
        if (withRealSeed)
        {
            CopyTree(Repo.PathOf("seeds"), _dir.Combine("seeds"));
        }
        foreach (var (path, content) in Txtar.Parse(txtar)) _dir.Write(path, content);
    }

    public string Root => _dir.Path;

    public void Write(string relative, string content) => _dir.Write(relative, content);

    public void WriteBytes(string relative, byte[] bytes)
    {
        var full = _dir.Combine(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    /// <summary>Builds in memory with the test clock (<see cref="FixedClock.Default"/>).</summary>
    public BuildResult Build(string? baseUrl = null, bool drafts = false) => SiteBuilder.Build(new BuildOptions(Root, baseUrl, drafts, FixedClock.Default));

    /// <summary>Builds with these options (<see cref="BuildOptions.RootDirectory"/> is this site's; the clock <see cref="FixedClock.Default"/> unless they set one).</summary>
    public BuildResult Build(Func<BuildOptions, BuildOptions> options) => SiteBuilder.Build(options(new BuildOptions(Root, Clock: FixedClock.Default)));

    /// <summary>What <c>weekly build</c> does after a successful build: saves <c>permalinks.lock</c> when it changed.</summary>
    public void SaveLock(BuildResult result)
    {
        Xunit.Assert.True(result.Succeeded, result.DiagnosticsText());
        if (result.LockChanged) Weekly.Publishing.PermalinkLockFile.Save(Root, result.Lock!);
    }

    /// <summary>Builds, then saves the lock as <c>weekly build</c> does.</summary>
    public BuildResult BuildAndSaveLock(string? baseUrl = null)
    {
        var result = Build(baseUrl);
        SaveLock(result);
        return result;
    }

    public string Read(string relative) => System.IO.File.ReadAllText(_dir.Combine(relative));

    public void Move(string from, string to) => System.IO.File.Move(_dir.Combine(from), _dir.Combine(to));

    public static void CopyTree(string from, string to)
    {
        if (!Directory.Exists(from)) return;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public void Dispose() => _dir.Dispose();
}

/// <summary>Reading the files of a <see cref="BuildResult"/>.</summary>
public static class BuildResultExtensions
{
    private static readonly HtmlParser Parser = new();

    public static OutputFile File(this BuildResult result, string destination) =>
        result.Files.SingleOrDefault(f => f.Destination == destination)
        ?? throw new Xunit.Sdk.XunitException($"No file '{destination}' in the build. Files: {string.Join(", ", result.Files.Select(f => f.Destination).Take(40))}");

    public static string Text(this BuildResult result, string destination) => System.Text.Encoding.UTF8.GetString(result.File(destination).GetBytes());

    public static IHtmlDocument Html(this BuildResult result, string destination) => Parser.ParseDocument(result.Text(destination));

    public static bool Has(this BuildResult result, string destination) => result.Files.Any(f => f.Destination == destination);

    public static string DiagnosticsText(this BuildResult result) => string.Join("\n", result.Diagnostics);
}
