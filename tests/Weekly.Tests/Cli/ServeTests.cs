using System.Net;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Cli;

/// <summary>Issue #18, acceptance 1: <c>serve</c>/<c>server</c> are <c>preview</c>; <c>--bind</c>, <c>--base-url</c>, <c>--no-drafts</c>.</summary>
public class ServeTests
{
    private static TestSite Site() => new($"""
        -- seeds/2020-01-06-a.txt --
        {SeedText.Issue("Pilots", null, SeedText.Fuzhou)}
        -- seeds/2020-01-13-b.txt --
        {SeedText.Issue("Unfinished", "draft: true", SeedText.Beijing)}
        """);

    [Theory]
    [InlineData("serve")]
    [InlineData("server")]
    public async Task Serve_and_server_serve_the_home_page(string command)
    {
        using var site = Site();
        using var preview = PreviewProcess.Start(site.Root, 0, command);
        using var http = new HttpClient { BaseAddress = preview.Url, Timeout = TimeSpan.FromSeconds(20) };
        var home = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Unfinished", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal); // drafts included by default
        Assert.DoesNotContain(preview.Output, l => l.StartsWith("Warning: bound to", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_drafts_and_base_url_change_what_is_served()
    {
        using var site = Site();
        using var preview = PreviewProcess.Start(site.Root, 0, "preview", "--no-drafts", "--base-url", "https://example.org/");
        using var http = new HttpClient { BaseAddress = preview.Url, Timeout = TimeSpan.FromSeconds(20) };
        var home = await http.GetStringAsync("/");
        Assert.Contains("Pilots", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Unfinished", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/issues/2020-01-13-b/")).StatusCode);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/issues/2020-01-06-a/\">", await http.GetStringAsync("/issues/2020-01-06-a/"), StringComparison.Ordinal);
        Assert.Contains(preview.Output, l => l.StartsWith($"Serving {preview.Url} (drafts left out; ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Binding_every_address_prints_one_warning_line_and_serves()
    {
        using var site = Site();
        using var preview = PreviewProcess.Start(site.Root, 0, "preview", "--bind", "0.0.0.0");
        var warning = Assert.Single(preview.Output, l => l.Contains("visible on the network", StringComparison.Ordinal));
        Assert.Equal("Warning: bound to 0.0.0.0: the site is visible on the network (drafts included) to anyone who can reach this machine.", warning);
        using var http = new HttpClient { BaseAddress = preview.Url, Timeout = TimeSpan.FromSeconds(20) };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode);
    }

    [Fact]
    public void A_bind_address_that_is_not_an_address_is_refused()
    {
        using var site = Site();
        var run = CliProcess.Run(site.Root, null, "preview", "--bind", "my-laptop");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("weekly preview: --bind 'my-laptop' is not an IP address (127.0.0.1 for this machine only, 0.0.0.0 for every network interface).\n", run.Stderr);
    }
}
