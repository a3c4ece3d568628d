using Weekly.Caching;
using Weekly.Core;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Caching;

/// <summary>
/// Builds that reuse a <see cref="BuildCache"/> (as <c>weekly preview</c> does) give exactly the files and
/// diagnostics of a build from scratch, and redo only what an edit touched.
/// </summary>
public class IncrementalBuildTests
{
    private static string Seeds() =>
        "-- seeds/2020-01-06-a.txt --\n" + SeedText.Issue("Older", null, SeedText.Fuzhou, SeedText.Beijing)
        + "-- seeds/2020-01-13-b.txt --\n" + SeedText.Issue("Middle", null, SeedText.Bank)
        + "-- seeds/2020-01-20-c.txt --\n" + SeedText.Issue("Newest", null, ("Shanghai: A new blockchain lab opens", "On January 18, a blockchain lab opened in Shanghai."));

    private static BuildResult Cached(TestSite site, BuildCache cache) => SiteBuilder.Build(new BuildOptions(site.Root), cache);

    private static void AssertSameAsFullBuild(TestSite site, BuildResult cached, string step)
    {
        var full = site.Build();
        Assert.True(full.Diagnostics.SequenceEqual(cached.Diagnostics), $"{step}: diagnostics differ\n{full.DiagnosticsText()}\n---\n{cached.DiagnosticsText()}");
        Assert.Equal(full.Files.Select(f => f.Destination), cached.Files.Select(f => f.Destination));
        var different = full.Files.Zip(cached.Files).Where(p => !p.First.GetBytes().AsSpan().SequenceEqual(p.Second.GetBytes())).Select(p => p.First.Destination).ToList();
        Assert.True(different.Count == 0, $"{step}: {string.Join(", ", different)} differ from a full build");
    }

    [Fact]
    public void Cached_builds_match_full_builds_through_a_series_of_edits()
    {
        using var site = new TestSite(Seeds());
        var cache = new BuildCache();
        AssertSameAsFullBuild(site, Cached(site, cache), "first build");
        var a = Path.Combine(site.Root, "seeds/2020-01-06-a.txt");
        var edits = new (string Step, Action Edit)[]
        {
            ("body edit", () => File.WriteAllText(a, File.ReadAllText(a).Replace("pilot zone for blockchain", "pilot zone for blockchain finance", StringComparison.Ordinal))),
            ("headline edit", () => File.WriteAllText(a, File.ReadAllText(a).Replace("Fuzhou: City launches", "Fuzhou: City opens", StringComparison.Ordinal))),
            ("title edit", () => File.WriteAllText(a, File.ReadAllText(a).Replace("丨 Older", "丨 The older one", StringComparison.Ordinal))),
            ("override", () => File.WriteAllText(a, "---\nnumber: 7\nstories:\n  - story: 2\n    regions: { remove: [beijing] }\n---\n" + File.ReadAllText(a))),
            ("new seed", () => site.Write("seeds/2020-01-27-d.txt", SeedText.Issue("Latest", null, ("Hainan: Free trade port uses blockchain", "On January 25, Hainan said its free trade port would use blockchain.")))),
            ("deleted seed", () => File.Delete(Path.Combine(site.Root, "seeds/2020-01-13-b.txt"))),
            ("broken seed", () => site.Write("seeds/2020-01-13-b.txt", "---\ntitle: [\n---\nIndustry Blockchain Weekly 丨 Broken\n")),
            ("fixed seed", () => site.Write("seeds/2020-01-13-b.txt", SeedText.Issue("Middle again", null, SeedText.Bank))),
            ("theme edit", () => File.AppendAllText(Path.Combine(site.Root, "theme/partials/footer.scriban"), "<p>Edited footer</p>\n")),
            ("taxonomy edit", () => File.WriteAllText(Path.Combine(site.Root, "input/topics.yml"),
                File.ReadAllText(Path.Combine(site.Root, "input/topics.yml")).Replace("name: Finance", "name: Money", StringComparison.Ordinal))),
        };
        foreach (var (step, edit) in edits)
        {
            edit();
            AssertSameAsFullBuild(site, Cached(site, cache), step);
        }
    }

    /// <summary>
    /// A preview build (pages rendered on request, feeds and the rest in the background) holds exactly the
    /// files of a full build, byte for byte, and reports the same problems.
    /// </summary>
    private static void AssertPreviewSameAsFullBuild(TestSite site, BuildCache cache, string step)
    {
        using var preview = SiteBuilder.BuildForPreview(new BuildOptions(site.Root), cache);
        var whole = preview.Rest.GetAwaiter().GetResult();
        var full = site.Build();
        if (!full.Succeeded)
        {
            Assert.False(preview.Pages.Succeeded, step);
            Assert.Equal(full.Diagnostics.Where(d => d.Severity == Severity.Error), preview.Pages.Diagnostics.Where(d => d.Severity == Severity.Error));
            return;
        }
        Assert.True(full.Diagnostics.SequenceEqual(whole.Diagnostics), $"{step}: diagnostics differ\n{full.DiagnosticsText()}\n---\n{string.Join("\n", whole.Diagnostics)}");
        Assert.Equal(full.Files.Select(f => f.Destination), preview.Output.Destinations);
        foreach (var file in full.Files)
        {
            Assert.True(preview.Output.TryRender(file.Destination, out var served), $"{step}: {file.Destination} missing");
            Assert.Empty(served.Diagnostics);
            Assert.True(file.GetBytes().AsSpan().SequenceEqual(served.Bytes), $"{step}: {file.Destination} differs from a full build");
        }
    }

    [Fact]
    public void Preview_builds_serve_the_files_of_full_builds_through_a_series_of_edits()
    {
        using var site = new TestSite(Seeds());
        var cache = new BuildCache();
        AssertPreviewSameAsFullBuild(site, cache, "first build");
        var a = Path.Combine(site.Root, "seeds/2020-01-06-a.txt");
        var edits = new (string Step, Action Edit)[]
        {
            ("body edit", () => File.WriteAllText(a, File.ReadAllText(a).Replace("pilot zone for blockchain", "pilot zone for blockchain finance", StringComparison.Ordinal))),
            ("same length edit", () => File.WriteAllText(a, File.ReadAllText(a).Replace("pilot zone for blockchain finance", "pilot zone for blockchain FINANCE", StringComparison.Ordinal))),
            ("headline edit", () => File.WriteAllText(a, File.ReadAllText(a).Replace("Fuzhou: City launches", "Fuzhou: City opens", StringComparison.Ordinal))),
            ("new seed", () => site.Write("seeds/2020-01-27-d.txt", SeedText.Issue("Latest", null, ("Hainan: Free trade port uses blockchain", "On January 25, Hainan said its free trade port would use blockchain.")))),
            ("broken seed", () => site.Write("seeds/2020-01-13-b.txt", "---\ntitle: [\n---\nIndustry Blockchain Weekly 丨 Broken\n")),
            ("fixed seed", () => site.Write("seeds/2020-01-13-b.txt", SeedText.Issue("Middle again", null, SeedText.Bank))),
            ("theme edit", () => File.AppendAllText(Path.Combine(site.Root, "theme/partials/footer.scriban"), "<p>Edited footer</p>\n")),
            ("deleted seed", () => File.Delete(Path.Combine(site.Root, "seeds/2020-01-20-c.txt"))),
        };
        foreach (var (step, edit) in edits)
        {
            edit();
            AssertPreviewSameAsFullBuild(site, cache, step);
        }
    }

    [Fact]
    public void A_preview_page_with_a_template_error_reports_it_when_rendered()
    {
        using var site = new TestSite(Seeds());
        File.AppendAllText(Path.Combine(site.Root, "theme/layouts/story.scriban"), "{{ page.title | no_such_function }}\n");
        using var preview = SiteBuilder.BuildForPreview(new BuildOptions(site.Root), new BuildCache());
        Assert.True(preview.Pages.Succeeded); // pages are not rendered yet
        Assert.True(preview.Output.TryRender("issues/2020-01-06-a/fuzhou-city-launches-a-blockchain-pilot-zone/index.html", out var story));
        Assert.True(story.Failed);
        var error = Assert.Single(story.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("WK0702", "theme/layouts/story.scriban"), (error.Code, error.File));
        Assert.True(preview.Output.TryRender("issues/2020-01-06-a/index.html", out var issue));
        Assert.False(issue.Failed);
    }

    [Fact]
    public void Editing_one_story_re_renders_only_the_pages_that_show_it()
    {
        using var site = new TestSite(Seeds());
        var cache = new BuildCache();
        Cached(site, cache);
        Assert.Equal((0, 3), (cache.LastBuild!.SeedsReused, cache.LastBuild.SeedsParsed));
        var all = cache.LastBuild.Rendered.Count;

        var a = Path.Combine(site.Root, "seeds/2020-01-06-a.txt");
        File.WriteAllText(a, File.ReadAllText(a).Replace("pilot zone for blockchain in the city", "pilot zone for blockchain in the old town", StringComparison.Ordinal));
        var result = Cached(site, cache);
        AssertSameAsFullBuild(site, result, "body edit");
        var stats = cache.LastBuild!;
        Assert.Equal((2, 1), (stats.SeedsReused, stats.SeedsParsed));
        Assert.Equal(
            [
                "archive /issues/",
                "feed-issue /issues/2020-01-06-a/",
                "feed-story /issues/2020-01-06-a/fuzhou-city-launches-a-blockchain-pilot-zone/",
                "home /",
                "issue /issues/2020-01-06-a/",
                "story /issues/2020-01-06-a/fuzhou-city-launches-a-blockchain-pilot-zone/",
                "term /regions/fujian/",
                "term /regions/fujian/fuzhou/",
                "term /topics/pilot-zones/",
            ],
            stats.Rendered);
        Assert.True(stats.RendersReused >= all - stats.Rendered.Count, $"{stats.RendersReused} reused of {all}");
    }

    [Fact]
    public void Nothing_is_re_rendered_when_nothing_changed()
    {
        using var site = new TestSite(Seeds());
        var cache = new BuildCache();
        var first = Cached(site, cache);
        var second = Cached(site, cache);
        Assert.Empty(cache.LastBuild!.Rendered);
        Assert.Equal((3, 0), (cache.LastBuild.SeedsReused, cache.LastBuild.SeedsParsed));
        Assert.Equal(first.Files.Select(f => f.Destination), second.Files.Select(f => f.Destination));
    }
}
