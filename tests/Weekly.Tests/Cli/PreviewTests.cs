using System.Net;
using System.Net.Sockets;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Cli;

/// <summary>Acceptance 4 of issue #4: <c>weekly preview</c> serves, rebuilds on an edit and signals live reload. Only 127.0.0.1; servers are always stopped.</summary>
public class PreviewTests
{
    private const string Seed = "seeds/2020-01-06-a.txt";

    private static TestSite Site() => new("-- " + Seed + " --\n" + SeedText.Issue("Pilots", null, SeedText.Fuzhou, SeedText.Beijing));

    /// <summary>Reads Server-Sent Events lines until an <c>event: name</c> line, then returns its data.</summary>
    private static async Task<string> NextEvent(StreamReader events, string name, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var found = false;
        while (true)
        {
            var line = await events.ReadLineAsync(cancel.Token) ?? throw new EndOfStreamException("event stream closed");
            if (line == "event: " + name) found = true;
            else if (found && line.StartsWith("data: ", StringComparison.Ordinal)) return line[6..];
        }
    }

    [Fact]
    public async Task Preview_shows_scheduled_issues_and_drafts_and_never_writes_the_lock()
    {
        using var site = new TestSite($"""
            -- seeds/2020-01-06-a.txt --
            {SeedText.Issue("Pilots", "draft: true", SeedText.Fuzhou)}
            -- seeds/2999-01-04-later.txt --
            {SeedText.Issue("Far ahead", null, SeedText.Beijing)}
            """);
        using var preview = PreviewProcess.Start(site.Root);
        using var http = new HttpClient { BaseAddress = preview.Url, Timeout = TimeSpan.FromSeconds(20) };

        Assert.Contains("Far ahead", await http.GetStringAsync("/issues/2999-01-04-later/"), StringComparison.Ordinal);
        Assert.Contains("Pilots", await http.GetStringAsync("/issues/2020-01-06-a/"), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Root, "permalinks.lock")));
    }

    [Fact]
    public async Task Preview_serves_the_site_rebuilds_on_a_seed_edit_and_sends_the_reload_signal()
    {
        using var site = Site();
        using var preview = PreviewProcess.Start(site.Root);
        using var http = new HttpClient { BaseAddress = preview.Url, Timeout = TimeSpan.FromSeconds(20) };

        var home = await http.GetStringAsync("/");
        Assert.Contains("<script src=\"/__weekly/live.js\" data-generation=\"1\"></script>\n</body>", home, StringComparison.Ordinal);
        Assert.Contains("EventSource('/__weekly/events')", await http.GetStringAsync("/__weekly/live.js"), StringComparison.Ordinal);
        var story = "issues/2020-01-06-a/fuzhou-city-launches-a-blockchain-pilot-zone/";
        Assert.Contains("pilot zone for blockchain in the city", await http.GetStringAsync(story), StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"canonical\" href=\"{preview.Url}{story}\">", await http.GetStringAsync(story), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/no/such/page/")).StatusCode);

        using var stream = await http.GetAsync("/__weekly/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType!.MediaType);
        using var events = new StreamReader(await stream.Content.ReadAsStreamAsync());
        Assert.Equal("1", await NextEvent(events, "hello", TimeSpan.FromSeconds(10)));

        var path = Path.Combine(site.Root, Seed);
        File.WriteAllText(path, File.ReadAllText(path).Replace("in the city", "in the old town", StringComparison.Ordinal));
        Assert.Equal("2", await NextEvent(events, "reload", TimeSpan.FromSeconds(20))); // a generous wait, not a speed test
        var page = await http.GetStringAsync(story);
        Assert.Contains("pilot zone for blockchain in the old town", page, StringComparison.Ordinal);
        Assert.Contains("data-generation=\"2\"", page, StringComparison.Ordinal);

        // A broken seed: the error reaches the page and the console; the last good site is still served.
        File.WriteAllText(path, "---\ntitle: [\n---\n" + File.ReadAllText(path));
        var problems = await NextEvent(events, "build-error", TimeSpan.FromSeconds(10));
        Assert.Contains("seeds/2020-01-06-a.txt:3:1: error WK0111", problems, StringComparison.Ordinal);
        preview.WaitForLine(l => l.StartsWith("seeds/2020-01-06-a.txt:3:1: error WK0111", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        preview.WaitForLine(l => l.Contains("still serving the last good build", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Contains("in the old town", await http.GetStringAsync(story), StringComparison.Ordinal);

        File.WriteAllText(path, File.ReadAllText(path)[("---\ntitle: [\n---\n".Length)..]);
        Assert.Equal("", await NextEvent(events, "build-ok", TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_page_whose_template_fails_is_served_as_the_error_page_and_the_feeds_still_come()
    {
        using var site = Site();
        using var preview = PreviewProcess.Start(site.Root);
        using var http = new HttpClient { BaseAddress = preview.Url, Timeout = TimeSpan.FromSeconds(20) };
        using var stream = await http.GetAsync("/__weekly/events", HttpCompletionOption.ResponseHeadersRead);
        using var events = new StreamReader(await stream.Content.ReadAsStreamAsync());
        Assert.Equal("1", await NextEvent(events, "hello", TimeSpan.FromSeconds(10)));

        File.AppendAllText(Path.Combine(site.Root, "theme/layouts/story.scriban"), "{{ page.title | no_such_function }}\n");
        Assert.Equal("2", await NextEvent(events, "reload", TimeSpan.FromSeconds(10)));
        var story = await http.GetAsync("issues/2020-01-06-a/fuzhou-city-launches-a-blockchain-pilot-zone/");
        Assert.Equal(HttpStatusCode.InternalServerError, story.StatusCode);
        var page = await story.Content.ReadAsStringAsync();
        Assert.Contains("theme/layouts/story.scriban", page, StringComparison.Ordinal);
        Assert.Contains("WK0702", page, StringComparison.Ordinal);
        Assert.Contains("data-generation=\"2\"", page, StringComparison.Ordinal); // reloads by itself once fixed
        preview.WaitForLine(l => l.Contains("error WK0702", StringComparison.Ordinal), TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("issues/2020-01-06-a/")).StatusCode); // other layouts are fine
        var feed = await http.GetStringAsync("feed.xml"); // made in the background; the request waits for it
        Assert.Contains("<rss", feed, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_in_use_gives_the_next_free_port_and_says_so()
    {
        using var site = Site();
        var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        try
        {
            var port = ((IPEndPoint)busy.LocalEndpoint).Port;
            using var preview = PreviewProcess.Start(site.Root, port);
            Assert.Contains($"Port {port} is in use; serving on port {preview.Url.Port} instead.", preview.Output);
            Assert.NotEqual(port, preview.Url.Port);
        }
        finally
        {
            busy.Stop();
        }
    }

    [Fact]
    public void The_live_reload_script_is_never_in_a_built_site()
    {
        using var site = Site();
        var result = site.Build(drafts: true);
        Assert.Contains(result.Files, f => f.Destination == "index.html" && f.Text.Contains("</body>", StringComparison.Ordinal));
        Assert.All(result.Files, f => Assert.DoesNotContain("__weekly", f.Text, StringComparison.Ordinal));
    }
}
