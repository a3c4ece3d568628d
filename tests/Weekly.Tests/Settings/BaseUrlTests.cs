using System.Globalization;
using Weekly.Core;
using Weekly.Settings;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Settings;

/// <summary>One rule for the base URL: an internationalized host in its ASCII form everywhere; no user name or password.</summary>
public class BaseUrlTests
{
    private static readonly string Ascii = "https://" + new IdnMapping().GetAscii("例子.中国") + "/";

    [Theory]
    [InlineData("https://例子.中国/", null)]
    [InlineData("https://EXAMPLE.org", "https://example.org/")]
    [InlineData("http://example.org:8080/", "http://example.org:8080/")]
    [InlineData("https://example.org:443/", "https://example.org/")]
    [InlineData("http://[::1]:5080/", "http://[::1]:5080/")]
    [InlineData("https://user@example.org/", "")]
    [InlineData("https://user:secret@example.org/", "")]
    public void The_base_url_is_written_in_ascii_with_its_port_unless_the_default(string written, string? expected)
    {
        var result = SiteSettingsLoader.NormalizeBaseUrl(written);
        Assert.Equal(expected switch { null => Ascii, "" => null, _ => expected }, result);
    }

    [Fact]
    public void An_internationalized_host_is_ascii_in_links_the_sitemap_robots_txt_and_feeds()
    {
        Assert.StartsWith("https://xn--", Ascii, StringComparison.Ordinal);
        using var site = new TestSite("-- seeds/2020-01-13-x.txt --\n" + SeedText.Issue("Idn", "date: 2020-01-13", SeedText.Fuzhou));
        var result = site.Build("https://例子.中国/");
        Assert.True(result.Succeeded, result.DiagnosticsText());
        foreach (var file in new[] { "sitemap.xml", "robots.txt", "feed.xml", "feed.json", "atom.xml", "index.html", "issues/2020-01-13-x/index.html" }.Where(result.Has))
        {
            var text = result.Text(file);
            Assert.DoesNotContain("例子", text, StringComparison.Ordinal);
            Assert.Contains(Ascii, text, StringComparison.Ordinal);
        }
        Assert.Equal(Ascii + "issues/2020-01-13-x/", result.Html("issues/2020-01-13-x/index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void A_user_name_in_the_base_url_is_an_error_at_its_key()
    {
        using var dir = new TempDirectory();
        dir.Write("input/site.yml", "title: T\nbase_url: https://user@example.org/\n");
        var bag = new DiagnosticBag();
        SiteSettingsLoader.Load(dir.Path, null, bag);
        var error = Assert.Single(bag.Sorted());
        Assert.Equal(("WK0028", "input/site.yml", 2, 1), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains("without 'user@'", error.Hint, StringComparison.Ordinal);
    }
}
