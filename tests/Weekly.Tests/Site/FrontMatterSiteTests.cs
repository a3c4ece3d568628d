using Weekly.Tests.TestKit;

namespace Weekly.Tests.Site;

/// <summary>Acceptance 1 of issue #4: front matter date, number, slug and a story override, built end to end.</summary>
public class FrontMatterSiteTests
{
    private const string FrontMatter = """
        date: 2020-02-03T09:30:00+08:00
        number: 42
        slug: spring-pilots
        summary: Pilots in Fuzhou and Beijing.
        stories:
          - headline: "Beijing: Dongcheng"
            regions: { remove: [beijing] }
            slug: dongcheng-support
        """;

    private static BuildResult Build(TestSite site) => site.Build();

    [Fact]
    public void Front_matter_sets_url_date_number_and_removes_a_region_from_one_story()
    {
        using var site = new TestSite("-- seeds/2020-01-06-pilots.txt --\n" + SeedText.Issue("Pilots", FrontMatter, SeedText.Fuzhou, SeedText.Beijing));
        var result = Build(site);
        Assert.True(result.Succeeded, result.DiagnosticsText());
        Assert.Equal(["seeds/2020-01-06-pilots.txt:2 WK0304"], result.Diagnostics.Select(d => $"{d.File}:{d.Line} {d.Code}"));

        // The URL comes from slug:, not from the file name.
        Assert.False(result.Has("issues/2020-01-06-pilots/index.html"));
        var issue = result.Html("issues/spring-pilots/index.html");
        var time = issue.QuerySelector("article.issue header time")!;
        Assert.Equal("2020-02-03", time.GetAttribute("datetime"));
        Assert.Equal("3 February 2020", time.TextContent);
        Assert.StartsWith("Issue 42 ·", issue.QuerySelector("article.issue header .meta")!.TextContent.Trim(), StringComparison.Ordinal);

        // The pinned story slug, and beijing removed from that story only.
        Assert.True(result.Has("issues/spring-pilots/dongcheng-support/index.html"));
        Assert.False(result.Has("regions/beijing/index.html"));
        Assert.False(result.Has("regions/beijing/dongcheng/index.html"));
        var fuzhou = result.Html("regions/fujian/fuzhou/index.html");
        Assert.Contains(fuzhou.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/issues/spring-pilots/fuzhou-city-launches-a-blockchain-pilot-zone/");
        var regionIndex = result.Html("regions/index.html");
        Assert.DoesNotContain(regionIndex.QuerySelectorAll("a"), a => a.GetAttribute("href")!.StartsWith("/regions/beijing", StringComparison.Ordinal));
        Assert.DoesNotContain("/regions/beijing", result.Text("issues/spring-pilots/dongcheng-support/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_override_the_story_is_on_the_beijing_pages()
    {
        using var site = new TestSite("-- seeds/2020-01-06-pilots.txt --\n" + SeedText.Issue("Pilots", "number: 42", SeedText.Fuzhou, SeedText.Beijing));
        var result = Build(site);
        Assert.True(result.Has("regions/beijing/dongcheng/index.html"));
        Assert.Contains("/issues/2020-01-06-pilots/beijing-dongcheng-district-supports-blockchain-applications/", result.Text("regions/beijing/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Drafts_are_left_out_of_build_and_included_with_drafts()
    {
        using var site = new TestSite(
            "-- seeds/2020-01-06-a.txt --\n" + SeedText.Issue("Published", null, SeedText.Fuzhou)
            + "-- seeds/2020-01-13-b.txt --\n" + SeedText.Issue("Draft one", "draft: true", SeedText.Beijing));
        var published = site.Build();
        Assert.False(published.Has("issues/2020-01-13-b/index.html"));
        Assert.False(published.Has("regions/beijing/index.html"));
        Assert.Equal(["Published"], published.Site!.Issues.Select(i => i.Title));
        var withDrafts = site.Build(drafts: true);
        Assert.True(withDrafts.Has("issues/2020-01-13-b/index.html"));
        Assert.Equal(["Draft one", "Published"], withDrafts.Site!.Issues.Select(i => i.Title));
    }
}
