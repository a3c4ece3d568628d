using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Rendering;

public class EscapingTests
{
    private const string Hostile = "<script>alert(1)</script> \"q\" & {{ 1+1 }}";
    private const string Suffix = " · Industry Blockchain Weekly";

    private readonly RenderFixture _f = new(SampleSite.Create(Hostile, Hostile + " said the mayor."));

    private static void AssertNoInjectedElements(IHtmlDocument doc)
    {
        // The only script elements are our JSON-LD; nothing in the body came from the headline's markup.
        Assert.All(doc.QuerySelectorAll("script"), s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
        Assert.DoesNotContain(doc.All, e => e.TextContent == "alert(1)");
    }

    private static JsonElement JsonLd(IHtmlDocument doc)
    {
        var script = doc.QuerySelector("script[type='application/ld+json']")!;
        Assert.DoesNotContain("<", script.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("&", script.TextContent, StringComparison.Ordinal);
        return JsonDocument.Parse(script.TextContent).RootElement.Clone();
    }

    [Fact]
    public void A_headline_with_a_right_to_left_override_is_isolated_in_the_head_title_and_h1_and_others_are_left_as_they_are()
    {
        const string headline = "Fuzhou: \u202Ereversed";
        var f = new RenderFixture(SampleSite.Create(headline));
        var doc = f.Parse(f.RenderStory(f.Site.Stories[0]));
        Assert.Equal("\u2068" + headline + "\u2069" + Suffix, doc.Title);
        Assert.Equal("\u2068" + headline + "\u2069", doc.QuerySelector("h1")!.TextContent);
        Assert.Equal(Hostile + Suffix, _f.Parse(_f.RenderStory(_f.Site.Stories[0])).Title);
        Assert.Equal("a\u200Fb", Weekly.Text.BidiText.Isolate("a\u200Fb")[1..^1]);
        Assert.Equal("plain", Weekly.Text.BidiText.Isolate("plain"));
    }

    [Fact]
    public void Story_page_shows_the_headline_as_text_in_h1_title_attributes_and_json_ld()
    {
        var doc = _f.Parse(_f.RenderStory(_f.Site.Stories[0]));
        AssertNoInjectedElements(doc);
        Assert.Equal(Hostile, doc.QuerySelector("h1")!.TextContent);
        Assert.Equal(Hostile + Suffix, doc.Title);
        Assert.Equal(Hostile, doc.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal(Hostile + " said the mayor.", doc.QuerySelector("meta[name='description']")!.GetAttribute("content"));
        Assert.Equal(Hostile + " said the mayor.", doc.QuerySelector("meta[property='og:description']")!.GetAttribute("content"));
        Assert.Equal(Hostile, doc.QuerySelector(".breadcrumbs [aria-current='page']")!.TextContent);
        Assert.Equal(Hostile + " said the mayor.", doc.QuerySelector("article.story p:not(.meta)")!.TextContent);
        Assert.Equal(Hostile, JsonLd(doc).GetProperty("headline").GetString());
    }

    [Fact]
    public void Issue_page_shows_the_headline_as_text_in_the_story_and_the_toc()
    {
        var doc = _f.Parse(_f.RenderIssue(_f.Latest));
        AssertNoInjectedElements(doc);
        Assert.Equal(Hostile, doc.QuerySelector("#mayor-of-fuzhou h3")!.TextContent);
        Assert.Equal(Hostile, doc.QuerySelector(".toc a[href$='#mayor-of-fuzhou']")!.TextContent);
        Assert.Equal("PublicationIssue", JsonLd(doc).GetProperty("@type").GetString());
    }

    [Fact]
    public void Term_and_home_pages_show_the_headline_as_text()
    {
        foreach (var html in new[] { _f.RenderTerm(_f.Region("fujian/fuzhou")), _f.RenderTerm(_f.Topic("finance")) })
        {
            var doc = _f.Parse(html);
            AssertNoInjectedElements(doc);
            Assert.Equal(Hostile, doc.QuerySelector(".story-card h3")!.TextContent);
        }
        var home = _f.Parse(_f.RenderHome());
        AssertNoInjectedElements(home);
        Assert.Equal(Hostile, home.QuerySelector(".toc a[href$='#mayor-of-fuzhou']")!.TextContent);
    }

    [Fact]
    public void Feed_fragments_escape_text()
    {
        var parser = new HtmlParser();
        var story = parser.ParseDocument("<body>" + _f.RenderStoryContent(_f.Site.Stories[0]));
        Assert.Empty(story.QuerySelectorAll("script"));
        Assert.Equal(Hostile + " said the mayor.", story.QuerySelector("p")!.TextContent);
        var issue = parser.ParseDocument("<body>" + _f.RenderIssueContent(_f.Latest));
        Assert.Empty(issue.QuerySelectorAll("script"));
        Assert.Equal(Hostile, issue.QuerySelector("#mayor-of-fuzhou h3")!.TextContent);
        Assert.Empty(_f.Diagnostics.Sorted());
    }

    [Fact]
    public void Json_ld_cannot_close_its_script_element()
    {
        var html = RenderFixture.Text(_f.RenderStory(_f.Site.Stories[0]));
        Assert.Contains("\"headline\":\"\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E \\u0022q\\u0022 \\u0026 {{ 1\\u002B1 }}\"", html, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(html, "</script>"));
    }

    private static int CountOf(string text, string value) => (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
