using Weekly.Core;
using Weekly.Preview;

namespace Weekly.Tests.Preview;

/// <summary><see cref="DeferredOutput"/>: files are made only when asked for, once, with their own diagnostics.</summary>
public class DeferredOutputTests
{
    private static DocumentContent Page(Action<DiagnosticBag> report, string html, Action? made = null) =>
        DocumentContent.Deferred((bag, write) =>
        {
            made?.Invoke();
            report(bag);
            write(System.Text.Encoding.UTF8.GetBytes(html));
        });

    [Fact]
    public void A_page_is_made_on_first_request_only_and_once_under_concurrent_requests()
    {
        var output = new DeferredOutput();
        var renders = 0;
        output.Write("a/index.html", Page(_ => Thread.Sleep(50), "<p>a</p>", () => Interlocked.Increment(ref renders)), new DiagnosticBag());
        output.Write("feed.xml", DocumentContent.FromText("<rss/>"), new DiagnosticBag());
        Assert.Equal(0, renders);
        Assert.True(output.Contains("a/index.html"));
        Assert.Equal(2, output.Count);

        var files = new RenderedFile[8];
        Parallel.For(0, files.Length, i => Assert.True(output.TryRender("a/index.html", out files[i])));
        Assert.Equal(1, renders);
        Assert.All(files, f => Assert.Same(files[0], f));
        Assert.Equal("<p>a</p>", System.Text.Encoding.UTF8.GetString(files[0].Bytes));
        Assert.True(output.TryRender("feed.xml", out var feed));
        Assert.Equal(("<rss/>", false), (System.Text.Encoding.UTF8.GetString(feed.Bytes), feed.Failed));
        Assert.False(output.TryRender("b/index.html", out _));
    }

    [Fact]
    public void Template_problems_stay_with_the_page_that_reported_them()
    {
        var output = new DeferredOutput();
        var build = new DiagnosticBag();
        output.Write("bad/index.html", Page(bag => bag.Error("WK0702", "Template error: boom", "theme/layouts/story.scriban", 3, 5), ""), build);
        output.Write("good/index.html", Page(_ => { }, "<p>ok</p>"), build);
        Assert.True(output.TryRender("bad/index.html", out var bad));
        Assert.True(bad.Failed);
        Assert.Equal("theme/layouts/story.scriban:3:5: error WK0702: Template error: boom", Assert.Single(bad.Diagnostics).ToString());
        Assert.True(output.TryRender("good/index.html", out var good));
        Assert.Equal((false, 0), (good.Failed, good.Diagnostics.Count));
        Assert.Empty(build.Sorted()); // nothing reaches the build's own bag
    }
}
