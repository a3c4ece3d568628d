using System.Text;
using Weekly.IO;
using Weekly.Modules;
using Weekly.Tests.TestKit;
using Weekly.Urls;

namespace Weekly.Tests.Hostile;

/// <summary>
/// Issue #6, acceptance 3: slug and permalink overrides with <c>../</c>, <c>/etc/</c>, <c>C:\</c>, Windows
/// device names, 270-byte titles and case-only differences are made safe (or refused) and never write
/// outside the output folder or over another page; colliding slugs get distinct stable URLs and a warning.
/// </summary>
public class PathTests
{
    private static readonly string LongTitle = "Blockchain " + string.Concat(Enumerable.Repeat("区块链", 23)) + " " + new string('x', 52);

    /// <summary>A small well-formed seed with the given front matter lines and two stories.</summary>
    private static string Seed(string frontMatter, string title = "Paths", string headline1 = "Fuzhou: Creating a zone", string headline2 = "Quanzhou: Promoting blockchain") =>
        "---\ndate: 2020-01-06\n" + frontMatter + "---\n" +
        $"Industry Blockchain Weekly 丨 {title}\n\nRecently, the intro.\n\n\nGovernment Updates: Local sessions\n\n" +
        $"{headline1}\n\nOn January 4, Fuzhou held a meeting.\n\n{headline2}\n\nOn January 3, Quanzhou held a meeting.\n\n\nThe commentary.\n";

    private static readonly (string Pinned, string Slug)[] BadSlugs =
    [
        ("../../outside", "outside"),
        ("/etc/passwd", "etc-passwd"),
        ("C:\\Windows\\System32\\evil", "c-windows-system32-evil"),
        ("CON", "con-issue"),
        ("nul.txt", "nul-txt"),
        ("..", "untitled"),
    ];

    [Fact]
    public void Device_names_are_recognised_in_slugs()
    {
        Assert.All(new[] { "con", "prn", "aux", "nul", "com1", "com9", "lpt1", "lpt9" }, s => Assert.True(Slugs.IsDeviceName(s), s));
        Assert.All(new[] { "cons", "com0", "com10", "lpt", "nul-txt", "icon", "" }, s => Assert.False(Slugs.IsDeviceName(s), s));
    }

    [Fact]
    public void Output_paths_outside_the_folder_or_unwritable_on_windows_are_refused()
    {
        Assert.All(new[]
        {
            "../x/index.html", "issues/../../x.html", "/etc/passwd", "C:\\x\\index.html", "c:/x", "issues\\x", "con/index.html", "issues/NUL.txt",
            "issues/com1/index.html", "a//b", "a/./b", "trailing./x", "x/" + new string('a', 201), "x/a\u0001b", "",
            "x/" + new string('福', 67), "x/" + string.Concat(Enumerable.Repeat("\U0001F600", 51)), "a/b ", "a/ /b", "a:b/x", "x/Lpt9.tar.gz", "x/a*b", "x/con.",
        }, p => Assert.False(OutputPath.IsSafe(p), p));
        Assert.All(new[] { "index.html", "issues/con-issue/index.html", "issues/nul-txt/index.html", "x/" + new string('a', 200), "feed.xml",
            "x/" + new string('福', 66), "x/" + string.Concat(Enumerable.Repeat("\U0001F600", 50)), "x/.well-known", "x/lpt10" },
            p => Assert.True(OutputPath.IsSafe(p), p));
        Assert.Throws<ArgumentException>(() => OutputFolder.Write(Path.Combine(Path.GetTempPath(), "weekly-tests", "never"), [new OutputFile("../escape.html", Encoding.UTF8.GetBytes("x"))]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Bad_issue_and_story_slug_overrides_are_made_safe_with_a_warning(int index)
    {
        var (pinned, slug) = BadSlugs[index];
        var yaml = pinned.Replace("\\", "\\\\", StringComparison.Ordinal);
        using var site = new TestSite();
        site.Write("seeds/2020-01-06-paths.txt", Seed($"slug: \"{yaml}\"\nstories:\n  - story: 1\n    slug: \"{yaml}\"\n"));
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());
        var storySlug = slug == "con-issue" ? "con-story" : slug;
        Assert.True(result.Has($"issues/{slug}/index.html"), string.Join("\n", result.Files.Select(f => f.Destination)));
        Assert.True(result.Has($"issues/{slug}/{storySlug}/index.html"), string.Join("\n", result.Files.Select(f => f.Destination)));
        Assert.Equal(
        [
            $"seeds/2020-01-06-paths.txt:1:1: warning WK0402: Pinned slug '{pinned}' is not a safe URL slug; '{slug}' is used instead.",
            $"seeds/2020-01-06-paths.txt:5:1: warning WK0402: Pinned slug '{pinned}' is not a safe URL slug; '{storySlug}' is used instead.",
        ], result.Diagnostics.Select(d => d.ToString().Split(" (slugs are")[0]));
        Assert.All(result.Files, f => Assert.True(OutputPath.IsSafe(f.Destination), f.Destination));
    }

    [Fact]
    public void A_270_byte_title_headline_and_slug_give_short_slugs()
    {
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(LongTitle) >= 270);
        using var site = new TestSite();
        site.Write("seeds/2020-01-06-long.txt", Seed($"title: \"{LongTitle}\"\nslug: \"{LongTitle}\"\n", LongTitle, "Fuzhou: " + LongTitle));
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());
        var issueSlug = result.Site!.Issues.Single().Slug;
        var storySlug = result.Site.Issues.Single().Stories.First().Slug;
        var transliterated = string.Concat(Enumerable.Repeat("qukuailian", 23));
        Assert.Equal(("blockchain-" + transliterated)[..80], issueSlug);
        Assert.Equal(("fuzhou-blockchain-" + transliterated)[..SetStorySlugs.StorySlugLength], storySlug);
        Assert.Equal(LongTitle, result.Html($"issues/{issueSlug}/index.html").QuerySelector("h1")!.TextContent);
        Assert.Contains(result.Diagnostics, d => d.Code == "WK0402");
    }

    [Fact]
    public void Issues_whose_pinned_slugs_differ_only_in_case_get_distinct_stable_urls_and_a_warning()
    {
        using var site = new TestSite();
        site.Write("seeds/2020-01-06-a.txt", Seed("slug: Two-Sessions\n", "First"));
        site.Write("seeds/2020-01-13-b.txt", Seed("slug: two-sessions\n", "Second"));
        var first = site.Build();
        var second = site.Build();
        Assert.True(first.Succeeded, first.DiagnosticsText());
        var urls = first.Site!.Issues.ToDictionary(i => i.Title, i => i.Slug, StringComparer.Ordinal);
        Assert.Equal("two-sessions", urls["First"]);
        Assert.Equal("two-sessions-2", urls["Second"]);
        Assert.Equal(urls, second.Site!.Issues.ToDictionary(i => i.Title, i => i.Slug, StringComparer.Ordinal));
        Assert.Equal(
        [
            "seeds/2020-01-13-b.txt:1:1: warning WK0401: Issue slug 'two-sessions' is already taken; this one gets 'two-sessions-2'.",
        ], first.Diagnostics.Where(d => d.Code == "WK0401").Select(d => d.ToString().Split(" (pin a")[0]));
        Assert.Equal("First", first.Html("issues/two-sessions/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("Second", first.Html("issues/two-sessions-2/index.html").QuerySelector("h1")!.TextContent);
        // Seed file names that differ only in case are an error instead (WK0421, CaseClashSiteTests).
    }

    [Fact]
    public void Stories_whose_headlines_differ_only_in_case_get_distinct_urls_and_a_warning()
    {
        using var site = new TestSite();
        site.Write("seeds/2020-01-06-x.txt", Seed("", "Stories", "Fuzhou: Creating a zone", "FUZHOU: CREATING A ZONE"));
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());
        Assert.Equal(["fuzhou-creating-a-zone", "fuzhou-creating-a-zone-2"], result.Site!.Issues.Single().Stories.Select(s => s.Slug));
        Assert.Equal(["seeds/2020-01-06-x.txt:15:1: warning WK0401: Story slug 'fuzhou-creating-a-zone' is already taken; this one gets 'fuzhou-creating-a-zone-2'."],
            result.Diagnostics.Select(d => d.ToString().Split(" (pin a")[0]));
        Assert.Equal("FUZHOU: CREATING A ZONE", result.Html("issues/2020-01-06-x/fuzhou-creating-a-zone-2/index.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Building_bad_overrides_with_the_real_command_writes_nothing_outside_the_output_folder()
    {
        using var temp = new TempDirectory();
        var root = temp.Combine("site");
        TestSite.CopyTree(Repo.PathOf("input"), Path.Combine(root, "input"));
        TestSite.CopyTree(Repo.PathOf("theme"), Path.Combine(root, "theme"));
        for (var i = 0; i < BadSlugs.Length; i++)
        {
            var yaml = BadSlugs[i].Pinned.Replace("\\", "\\\\", StringComparison.Ordinal);
            Directory.CreateDirectory(Path.Combine(root, "seeds"));
            File.WriteAllText(Path.Combine(root, "seeds", $"2020-01-{i + 10:00}-s.txt"),
                Seed($"slug: \"{yaml}\"\nstories:\n  - story: 1\n    slug: \"{yaml}\"\n  - story: 2\n    slug: \"../{yaml}\"\n", "Issue " + i));
        }
        File.WriteAllText(Path.Combine(root, "input", "pages", "escape.md"), "---\ntitle: Escape\nslug: \"../../../escape\"\npermalink: \"../../../etc/passwd\"\n---\nBody\n");
        var before = Snapshot(temp.Path);

        var run = CliProcess.Run(root, null, "build", "--output", "out");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var after = Snapshot(temp.Path);
        var added = after.Except(before).ToList();
        Assert.NotEmpty(added);
        Assert.All(added, p => Assert.True(p == "site/out" || p.StartsWith("site/out/", StringComparison.Ordinal) || p == "site/permalinks.lock", p));
        Assert.Empty(before.Except(after));
        Assert.Contains("site/out/issues/outside/outside/index.html", added);
        Assert.Contains("site/out/issues/etc-passwd/etc-passwd/index.html", added);
        Assert.Contains("site/out/issues/con-issue/con-story/index.html", added);
        Assert.Contains("site/out/escape/index.html", added);
        Assert.DoesNotContain(added, p => p.Contains("..", StringComparison.Ordinal) || p.Contains('\\'));
    }

    private static List<string> Snapshot(string directory) =>
        Directory.EnumerateFileSystemEntries(directory, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(directory, p).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
}
