using Weekly.Core;
using Weekly.Preview;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Preview;

/// <summary>
/// <c>weekly preview</c>'s builds (<see cref="PreviewBuild"/>, pages first and the rest in the background, reusing a
/// <see cref="PreviewCache"/>) serve exactly the files and report exactly the problems of a build from scratch, and redo
/// only what an edit touched.
/// </summary>
public class PreviewBuildTests
{
    private static string Seeds() =>
        "-- seeds/2020-01-06-a.txt --\n" + SeedText.Issue("Older", null, SeedText.Fuzhou, SeedText.Beijing)
        + "-- seeds/2020-01-13-b.txt --\n" + SeedText.Issue("Middle", null, SeedText.Bank)
        + "-- seeds/2020-01-20-c.txt --\n" + SeedText.Issue("Newest", null, ("Shanghai: A new blockchain lab opens", "On January 18, a blockchain lab opened in Shanghai."));

    /// <summary>A preview build, its background part done and every file made, as a browser reading the whole site would.</summary>
    private static (PreviewBuild Build, BuildResult Whole) BuildAndReadAll(TestSite site, PreviewCache cache)
    {
        var preview = PreviewBuild.Start(new BuildOptions(site.Root, Clock: FixedClock.Default), cache);
        var whole = preview.Rest.GetAwaiter().GetResult();
        foreach (var destination in preview.Output.Destinations) preview.Output.TryRender(destination, out _);
        return (preview, whole);
    }

    private static void AssertSameAsFullBuild(TestSite site, PreviewCache cache, string step)
    {
        var (preview, whole) = BuildAndReadAll(site, cache);
        using var _ = preview;
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
            Assert.True(file.Bytes.AsSpan().SequenceEqual(served.Bytes), $"{step}: {file.Destination} differs from a full build");
        }
    }

    [Fact]
    public void Preview_builds_serve_the_files_of_full_builds_through_a_series_of_edits()
    {
        using var site = new TestSite(Seeds());
        var cache = new PreviewCache();
        AssertSameAsFullBuild(site, cache, "first build");
        var a = Path.Combine(site.Root, "seeds/2020-01-06-a.txt");
        var edits = new (string Step, Action Edit)[]
        {
            ("body edit", () => File.WriteAllText(a, File.ReadAllText(a).Replace("pilot zone for blockchain", "pilot zone for blockchain finance", StringComparison.Ordinal))),
            ("same length edit", () => File.WriteAllText(a, File.ReadAllText(a).Replace("pilot zone for blockchain finance", "pilot zone for blockchain FINANCE", StringComparison.Ordinal))),
            ("headline edit", () => File.WriteAllText(a, File.ReadAllText(a).Replace("Fuzhou: City launches", "Fuzhou: City opens", StringComparison.Ordinal))),
            ("title edit", () => File.WriteAllText(a, File.ReadAllText(a).Replace("丨 Older", "丨 The older one", StringComparison.Ordinal))),
            ("override", () => File.WriteAllText(a, "---\nnumber: 7\nstories:\n  - story: 2\n    regions: { remove: [beijing] }\n---\n" + File.ReadAllText(a))),
            ("new seed", () => site.Write("seeds/2020-01-27-d.txt", SeedText.Issue("Latest", null, ("Hainan: Free trade port uses blockchain", "On January 25, Hainan said its free trade port would use blockchain.")))),
            ("broken seed", () => site.Write("seeds/2020-01-13-b.txt", "---\ntitle: [\n---\nIndustry Blockchain Weekly 丨 Broken\n")),
            ("fixed seed", () => site.Write("seeds/2020-01-13-b.txt", SeedText.Issue("Middle again", null, SeedText.Bank))),
            ("theme edit", () => File.AppendAllText(Path.Combine(site.Root, "theme/partials/footer.scriban"), "<p>Edited footer</p>\n")),
            ("taxonomy edit", () => File.WriteAllText(Path.Combine(site.Root, "input/topics.yml"),
                File.ReadAllText(Path.Combine(site.Root, "input/topics.yml")).Replace("name: Finance", "name: Money", StringComparison.Ordinal))),
            // The seeds' "Government Updates" headings become a misspelling of a listed name: a reused parse would miss WK0206.
            ("section names edit", () => File.WriteAllText(Path.Combine(site.Root, "input/sections.yml"),
                File.ReadAllText(Path.Combine(site.Root, "input/sections.yml")).Replace("- name: Government Updates", "- name: Government Updated", StringComparison.Ordinal))),
            ("deleted seed", () => File.Delete(Path.Combine(site.Root, "seeds/2020-01-20-c.txt"))),
        };
        foreach (var (step, edit) in edits)
        {
            edit();
            AssertSameAsFullBuild(site, cache, step);
        }
    }

    [Fact]
    public void A_preview_page_with_a_template_error_reports_it_when_rendered()
    {
        using var site = new TestSite(Seeds());
        File.AppendAllText(Path.Combine(site.Root, "theme/layouts/story.scriban"), "{{ page.title | no_such_function }}\n");
        using var preview = PreviewBuild.Start(new BuildOptions(site.Root, Clock: FixedClock.Default), new PreviewCache());
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
        var cache = new PreviewCache();
        BuildAndReadAll(site, cache).Build.Dispose();
        Assert.Equal((0, 3), (cache.CurrentBuild.SeedsReused, cache.CurrentBuild.SeedsParsed));
        var all = cache.CurrentBuild.Rendered.Count;

        var a = Path.Combine(site.Root, "seeds/2020-01-06-a.txt");
        File.WriteAllText(a, File.ReadAllText(a).Replace("pilot zone for blockchain in the city", "pilot zone for blockchain in the old town", StringComparison.Ordinal));
        BuildAndReadAll(site, cache).Build.Dispose();
        var stats = cache.CurrentBuild;
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
        AssertSameAsFullBuild(site, cache, "after the edit");
    }

    [Fact]
    public void Nothing_is_rendered_again_when_nothing_changed()
    {
        using var site = new TestSite(Seeds());
        var cache = new PreviewCache();
        var (first, _) = BuildAndReadAll(site, cache);
        using var firstBuild = first;
        var (second, _) = BuildAndReadAll(site, cache);
        using var secondBuild = second;
        Assert.Empty(cache.CurrentBuild.Rendered);
        Assert.Equal((3, 0), (cache.CurrentBuild.SeedsReused, cache.CurrentBuild.SeedsParsed));
        Assert.Equal(first.Output.Destinations, second.Output.Destinations);
    }
}
