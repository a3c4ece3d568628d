using System.Text.RegularExpressions;
using Weekly.Tests.TestKit;
using Weekly.Urls;

namespace Weekly.Tests.Urls;

/// <summary>Story anchors never take an id the theme uses on the issue page (a duplicate id sends #main or a map's &lt;use&gt; to the story).</summary>
public partial class StorySlugRulesTests
{
    [Fact]
    public void Headlines_named_like_the_themes_ids_get_anchors_of_their_own_and_every_id_on_the_issue_page_is_unique()
    {
        using var site = new TestSite("-- seeds/2020-01-13-x.txt --\n" + SeedText.Issue("Clashing ids", "date: 2020-01-13",
            ("Main", "On January 10, the Fuzhou government published its main plan."),
            ("Section 1", "On January 10, Fuzhou opened a blockchain section."),
            ("Section 1 heading", "On January 10, Fuzhou named a heading."),
            ("Issue map heading", "On January 10, Fuzhou drew a map."),
            ("Map 110000", "On January 10, Beijing drew a map."),
            ("Toc 2020-01-13-x", "On January 10, Fuzhou wrote a table of contents."),
            ("Section", "On January 9, Fuzhou opened a first section."),
            ("Section", "On January 8, Fuzhou opened a second section."),
            SeedText.Fuzhou));
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());
        var page = result.Html("issues/2020-01-13-x/index.html");
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Empty(ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Equal(["story-main", "story-section-1", "story-section-1-heading", "story-issue-map-heading", "story-map-110000",
            "story-toc-2020-01-13-x", "section", "story-section-2", "fuzhou-city-launches-a-blockchain-pilot-zone"],
            page.QuerySelectorAll("article.story").Select(a => a.Id));
        Assert.Equal("MAIN", page.QuerySelector("#main")!.TagName);
        Assert.Equal("path", page.QuerySelector("#map-110000")!.TagName.ToLowerInvariant());
        Assert.True(result.Has("issues/2020-01-13-x/story-main/index.html"));
    }

    [Theory]
    [InlineData("main", "story-main")]
    [InlineData("section-12-commentary", "story-section-12-commentary")]
    [InlineData("page", "story-page")]
    [InlineData("section-one", "section-one")]
    [InlineData("mainland-plans", "mainland-plans")]
    [InlineData("map-of-the-pilot-zones", "map-of-the-pilot-zones")]
    public void A_reserved_slug_gets_story_in_front(string wanted, string slug) => Assert.Equal(slug, StorySlugRules.Avoid(wanted));

    /// <summary>Fails when a template gains an id the rule does not reserve: each {{ … }} is filled with a value it takes.</summary>
    [Fact]
    public void Every_id_in_the_theme_is_reserved_for_stories()
    {
        var samples = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["section.id"] = "section-1",
            ["issue.slug"] = "2020-01-13-x",
            ["region.code"] = "110000",
            ["$1.id"] = "issue-map",
            ["$2"] = "0",
        };
        var ids = Directory.EnumerateFiles(Repo.PathOf("theme"), "*.scriban", SearchOption.AllDirectories)
            .SelectMany(f => IdAttribute().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(id => id != "{{ story.id }}")
            .Select(id => Expression().Replace(id, m => samples.TryGetValue(m.Groups[1].Value, out var v) ? v : throw new Xunit.Sdk.XunitException("No sample for " + m.Value)))
            .Distinct().ToList();
        Assert.Contains("main", ids);
        Assert.DoesNotContain(ids, id => !StorySlugRules.IsReserved(id));
        Assert.True(StorySlugRules.IsReserved("issue-map-title") && StorySlugRules.IsReserved("topic-chart-desc"));
    }

    [GeneratedRegex(@"\sid=""([^""]+)""")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("""\{\{\s*([^}\s]+)\s*\}\}""")]
    private static partial Regex Expression();
}
