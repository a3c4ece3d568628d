using Weekly.Tests.TestKit;

namespace Weekly.Tests.Site;

/// <summary>Pages' front matter as strict as a seed's, drafts, names of built-in URLs; site.yml's misspelt keys; _redirects merged cleanly.</summary>
public class PageInputTests
{
    private static readonly string Seed = "-- seeds/2020-01-13-a.txt --\n" + SeedText.Issue("Pilots", "date: 2020-01-13", SeedText.Fuzhou);

    private static TestSite Site(string file, string text)
    {
        var site = new TestSite(Seed);
        site.Write(file, text);
        return site;
    }

    [Fact]
    public void A_draft_page_is_left_out_of_the_build_and_the_sitemap_unless_drafts_are_included()
    {
        using var site = Site("input/pages/plans.md", "---\ntitle: Plans\ndraft: true\n---\nSecret.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());
        Assert.False(result.Has("plans/index.html"));
        Assert.DoesNotContain("/plans/", result.Text("sitemap.xml"), StringComparison.Ordinal);
        var drafts = site.Build(drafts: true);
        Assert.Contains("Secret.", drafts.Text("plans/index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---\ntitle: About\nText.\n", "WK0715", 1, 1)]
    [InlineData("+++\ntitle = \"About\"\n+++\nText.\n", "WK0715", 1, 1)]
    [InlineData("---\ntitle: About\ndate: yesterday\n---\nText.\n", "WK0717", 3, 1)]
    [InlineData("---\ntitle: [a, b]\n---\nText.\n", "WK0717", 2, 1)]
    [InlineData("---\ntitle: About\ndraft: maybe\n---\nText.\n", "WK0717", 3, 1)]
    public void Page_front_matter_that_is_not_closed_or_has_a_wrong_value_is_an_error_at_its_line(string text, string code, int line, int column)
    {
        using var site = Site("input/pages/about.md", text);
        var result = site.Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.File == "input/pages/about.md");
        Assert.Equal((code, line, column), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void An_unknown_page_key_is_a_warning_with_the_key_it_is_close_to_and_a_yaml_error_is_reported_once()
    {
        using var site = Site("input/pages/about.md", "---\ntitle: About\ntitel: Abuot\n---\nText.\n");
        var warning = Assert.Single(site.Build().Diagnostics, d => d.File == "input/pages/about.md");
        Assert.Equal(("WK0716", 3, 1), (warning.Code, warning.Line, warning.Column));
        Assert.Contains("did you mean title?", warning.Hint, StringComparison.Ordinal);

        site.Write("input/pages/about.md", "---\ntitle: [About\n---\nText.\n");
        Assert.Equal(["WK0710"], site.Build().Diagnostics.Where(d => d.File == "input/pages/about.md").Select(d => d.Code));
    }

    [Theory]
    [InlineData("search.md", "/search-page/")]
    [InlineData("issues.md", "/issues-page/")]
    [InlineData("topics.md", "/topics-page/")]
    [InlineData("index.md", "/index/")]
    [InlineData("404.md", "/404/")]
    public void A_page_named_after_a_built_in_url_is_warned_about_with_the_url_it_got(string name, string url)
    {
        using var site = Site("input/pages/" + name, "---\ntitle: Mine\n---\nText.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "WK0718");
        Assert.Equal("input/pages/" + name, warning.File);
        Assert.Contains($"is published at {url}", warning.Message, StringComparison.Ordinal);
        Assert.True(result.Has(url.Trim('/') + "/index.html"));
    }

    [Fact]
    public void Editors_redirect_rules_lose_their_bom_and_crlf_when_merged_with_the_generated_ones()
    {
        using var site = new TestSite(Seed);
        site.WriteBytes("input/static/_redirects", [0xEF, 0xBB, 0xBF, .. "/old /new 301\r\n/a /b 302\r\n"u8.ToArray()]);
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());
        var bytes = result.File("_redirects").GetBytes();
        Assert.False(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]));
        Assert.StartsWith("/old /new 301\n/a /b 302\n", result.Text("_redirects"), StringComparison.Ordinal);
        Assert.DoesNotContain('\r', result.Text("_redirects"));
    }

    [Theory]
    [InlineData("baseurl")]
    [InlineData("baseURL")]
    [InlineData("base-url")]
    public void A_misspelt_base_url_is_an_error_that_names_base_url(string key)
    {
        using var site = Site("input/site.yml", $"title: Weekly\n{key}: https://weekly.example.com/\n");
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.Code == "WK0009");
        Assert.Equal(("input/site.yml", 2, 1), (error.File, error.Line, error.Column));
        Assert.Contains("did you mean base_url?", error.Message, StringComparison.Ordinal);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Another_unknown_setting_stays_a_warning_and_says_which_key_it_is_close_to()
    {
        using var site = Site("input/site.yml", "title: Weekly\ntimezone: Asia/Shanghai\nwhatever: 1\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());
        var warnings = result.Diagnostics.Where(d => d.Code == "WK0003").ToList();
        Assert.Equal(2, warnings.Count);
        Assert.StartsWith("did you mean time_zone? known settings:", warnings[0].Hint, StringComparison.Ordinal);
        Assert.StartsWith("known settings:", warnings[1].Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_site_title_is_an_error()
    {
        using var site = Site("input/site.yml", "title: ''\n");
        var error = Assert.Single(site.Build().Diagnostics, d => d.Code == "WK0022");
        Assert.Equal(("input/site.yml", 1, 1), (error.File, error.Line, error.Column));
    }
}
