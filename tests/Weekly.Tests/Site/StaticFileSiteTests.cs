using Weekly.Tests.TestKit;

namespace Weekly.Tests.Site;

/// <summary>input/static is copied to the output root: its robots.txt replaces the build's; a file the build makes itself is a clear error.</summary>
public class StaticFileSiteTests
{
    private static TestSite SiteWith(string path, string content) =>
        new("-- seeds/2020-01-13-x.txt --\n" + SeedText.Issue("Static", "date: 2020-01-13", SeedText.Fuzhou) + $"-- {path} --\n{content}\n");

    [Fact]
    public void An_own_robots_txt_in_input_static_replaces_the_generated_one()
    {
        using var site = SiteWith("input/static/robots.txt", "User-agent: *\nDisallow: /drafts/");
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());
        Assert.Equal("User-agent: *\nDisallow: /drafts/", result.Text("robots.txt").TrimEnd());
        Assert.True(result.Has("sitemap.xml"));
    }

    [Theory]
    [InlineData("sitemap.xml", "the build makes this file from the seeds")]
    [InlineData("feed.xml", "the build makes this file from the seeds")]
    [InlineData("404.html", "a layout in theme/layouts/")]
    public void A_static_file_at_the_path_of_a_generated_file_is_an_error_naming_it(string path, string hint)
    {
        using var site = SiteWith("input/static/" + path, "mine");
        var result = site.Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code is "WK0026" or "WK0012");
        Assert.Equal(("WK0026", "input/static/" + path), (error.Code, error.File));
        Assert.Contains($"rename or remove input/static/{path}: ", error.Hint, StringComparison.Ordinal);
        Assert.Contains(hint, error.Hint, StringComparison.Ordinal);
    }
}
