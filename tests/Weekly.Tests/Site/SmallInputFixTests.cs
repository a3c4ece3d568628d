using System.Diagnostics;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Site;

/// <summary>Smaller input problems: empty data files, names a URL cannot carry, a clash's hint, an http URL with no host.</summary>
public class SmallInputFixTests
{
    private static readonly string Seed = "-- seeds/2020-01-13-a.txt --\n" + SeedText.Issue("Pilots", "date: 2020-01-13", SeedText.Fuzhou);

    [Theory]
    [InlineData("input/topics.yml", "")]
    [InlineData("input/topics.yml", "[]\n")]
    [InlineData("input/sections.yml", "# nothing yet\n")]
    public void An_empty_topics_or_sections_file_is_a_warning_at_that_file(string file, string text)
    {
        using var site = new TestSite(Seed);
        site.Write(file, text);
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());
        Assert.Equal(file, Assert.Single(result.Diagnostics, d => d.Code == "WK0021").File);
    }

    [Fact]
    public void A_theme_asset_whose_name_is_not_url_safe_says_so_rather_than_outside_the_output_folder()
    {
        using var site = new TestSite(Seed);
        site.Write("theme/assets/a#b?.css", "body{}\n");
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.Code is "WK0024" or "WK0013");
        Assert.Equal("WK0024", error.Code);
        Assert.Contains("'a#b?.css'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_static_file_over_the_themes_stylesheet_points_at_theme_assets()
    {
        using var site = new TestSite(Seed);
        site.Write("input/static/assets/css/site.css", "body{}\n");
        var error = Assert.Single(site.Build().Diagnostics, d => d.Code == "WK0026");
        Assert.Contains("theme/assets/", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void An_https_url_without_a_host_is_an_unsafe_link()
    {
        using var site = new TestSite(Seed + "-- input/pages/about.md --\n---\ntitle: About\n---\n[x](https:javascript:alert(1)) and [y](https://example.org/)\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "WK0713");
        Assert.Equal(("input/pages/about.md", 4), (warning.File, warning.Line));
        var html = result.Text("about/index.html");
        Assert.DoesNotContain("javascript", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_include_of_a_missing_partial_is_WK0703_at_the_include_as_the_readme_says()
    {
        using var site = new TestSite(Seed);
        site.Write("theme/layouts/page.scriban", "<main>\n{{ include 'nope' }}\n</main>\n");
        site.Write("input/pages/about.md", "---\ntitle: About\n---\nText.\n");
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.Code is "WK0702" or "WK0703");
        Assert.Equal(("WK0703", "theme/layouts/page.scriban", 2), (error.Code, error.File, error.Line));
        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_seed_whose_file_name_is_not_utf8_is_WK0023_asking_to_rename_it()
    {
        if (!OperatingSystem.IsLinux()) return; // only Linux lets a name hold bytes that are not UTF-8
        using var site = new TestSite(Seed);
        // seeds/"2020-01-20 \xff\xfebad.txt", as a zip made on Chinese Windows leaves it; .NET cannot spell that name, sh can.
        using (var touch = Process.Start(new ProcessStartInfo("sh", ["-c", "printf x > \"$0/2020-01-20 $(printf '\\377\\376')bad.txt\"", Path.Combine(site.Root, "seeds")])))
        {
            touch!.WaitForExit();
            Assert.Equal(0, touch.ExitCode);
        }
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.Code is "WK0023" or "WK0017");
        Assert.Equal("WK0023", error.Code);
        Assert.Contains("rename", error.Hint, StringComparison.Ordinal);
    }
}
