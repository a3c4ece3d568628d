using Weekly.Core;
using Weekly.IO;

namespace Weekly.Tests.IO;

/// <summary><see cref="DeferredOutput"/>: pages are rendered only when asked for, once, with their own diagnostics.</summary>
public class DeferredOutputTests
{
    [Fact]
    public void A_deferred_page_renders_on_first_request_only_and_once_under_concurrent_requests()
    {
        var output = new DeferredOutput();
        var renders = 0;
        output.Defer("a/index.html", _ =>
        {
            Interlocked.Increment(ref renders);
            Thread.Sleep(50);
            return "<p>a</p>"u8.ToArray();
        });
        output.Write("feed.xml", "<rss/>"u8.ToArray());
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
        output.Defer("bad/index.html", bag =>
        {
            bag.Error("WK0702", "Template error: boom", "theme/layouts/story.scriban", 3, 5);
            return [];
        });
        output.Defer("good/index.html", bag => "<p>ok</p>"u8.ToArray());
        Assert.True(output.TryRender("bad/index.html", out var bad));
        Assert.True(bad.Failed);
        Assert.Equal("theme/layouts/story.scriban:3:5: error WK0702: Template error: boom", Assert.Single(bad.Diagnostics).ToString());
        Assert.True(output.TryRender("good/index.html", out var good));
        Assert.Equal((false, 0), (good.Failed, good.Diagnostics.Count));
    }
}
