using System.Xml.Linq;
using Weekly.Feeds;
using Weekly.Rendering.Markup;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Rendering;

/// <summary>
/// Untrusted text holding a right-to-left override (U+202E) is isolated (U+2068 … U+2069) wherever it is written, so it
/// cannot reverse what follows it on the line: one rule in the theme's escaper and in the feed writers.
/// </summary>
public class BidiIsolationTests
{
    private const string BaseUrl = "https://example.org/";
    private const string Seed = "seeds/2020-01-06-two-sessions.txt";
    private const string OldHeadline = "Fuzhou: City launches a blockchain pilot zone";
    private const string Headline = "Fuzhou: City \u202Eopens a blockchain pilot zone";
    private const string SectionName = "Odd \u202EGovernment Updates";
    private const string Body = "On January 4, the Fuzhou government announced a pilot zone for blockchain in the city.";

    private static string Isolated(string text) => "\u2068" + text + "\u2069";

    private static string IssueSeed(string section, string headline) =>
        "Industry Blockchain Weekly 丨 Two sessions\n\nThis week local governments kept publishing blockchain plans.\n\n\n"
        + $"{section}: Local plans\n\n{headline}\n\n{Body}\n\n\nThe editor thinks these plans matter.\n";

    /// <summary>Published with a plain headline, then rebuilt with a hostile headline and section name: the old URL gets an alias page.</summary>
    private static BuildResult HostileRebuild()
    {
        using var site = new TestSite($"-- {Seed} --\n{IssueSeed("Government Updates", OldHeadline)}");
        site.BuildAndSaveLock(BaseUrl);
        site.Write(Seed, IssueSeed(SectionName, Headline));
        var result = site.Build(BaseUrl);
        Assert.True(result.Succeeded, result.DiagnosticsText());
        return result;
    }

    [Fact]
    public void A_headline_and_a_section_name_with_a_right_to_left_override_are_isolated_on_the_story_page_the_alias_page_and_the_term_feed()
    {
        var result = HostileRebuild();

        var story = result.Html("issues/2020-01-06-two-sessions/fuzhou-city-opens-a-blockchain-pilot-zone/index.html");
        Assert.Equal(Isolated(Headline) + " · Industry Blockchain Weekly", story.Title);
        Assert.Equal(Isolated(Headline), story.QuerySelector("h1")!.TextContent);
        var meta = story.QuerySelector(".story-page .meta")!;
        Assert.StartsWith(Isolated(SectionName) + " · <a ", meta.InnerHtml, StringComparison.Ordinal);
        Assert.Equal("Two sessions", meta.QuerySelector("a")!.TextContent);

        var alias = result.Html("issues/2020-01-06-two-sessions/fuzhou-city-launches-a-blockchain-pilot-zone/index.html");
        Assert.Equal(Isolated(Headline) + " · Industry Blockchain Weekly", alias.Title);
        Assert.Equal(Isolated(Headline), alias.QuerySelector("body a")!.TextContent);

        var feed = XDocument.Parse(result.Text("regions/fujian/fuzhou/feed.xml"));
        var item = Assert.Single(feed.Descendants("item"));
        Assert.Equal(Isolated(Headline), item.Element("title")!.Value);
        Assert.Equal("Industry Blockchain Weekly: Fuzhou, Fujian", feed.Root!.Element("channel")!.Element("title")!.Value);
    }

    [Fact]
    public void A_site_title_with_a_right_to_left_override_is_isolated_in_the_footer_and_the_feeds()
    {
        const string title = "Weekly \u202Eyldeew";
        using var site = new TestSite($"-- {Seed} --\n{IssueSeed("Government Updates", OldHeadline)}");
        site.Write("input/site.yml", site.Read("input/site.yml").Replace("title: Industry Blockchain Weekly", "title: " + title, StringComparison.Ordinal));
        var result = site.Build(BaseUrl);
        Assert.True(result.Succeeded, result.DiagnosticsText());

        Assert.StartsWith(Isolated(title) + ": ", result.Html("index.html").QuerySelector(".site-footer p")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Isolated(title), XDocument.Parse(result.Text("feed.xml")).Root!.Element("channel")!.Element("title")!.Value);
        XNamespace atom = AtomFeedWriter.Namespace;
        Assert.Equal(Isolated(title), XDocument.Parse(result.Text("atom.xml")).Root!.Element(atom + "title")!.Value);
        using var json = System.Text.Json.JsonDocument.Parse(result.Text("feed.json"));
        Assert.Equal(Isolated(title), json.RootElement.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("plain & <b>", "plain &amp; &lt;b&gt;")]
    [InlineData("a\u202Eb & c", "\u2068a\u202Eb &amp; c\u2069")]
    [InlineData("\u200Fx", "\u2068\u200Fx\u2069")]
    public void Html_escape_isolates_text_with_bidi_controls_and_leaves_other_text_as_it_was(string text, string expected) =>
        Assert.Equal(expected, Html.Escape(text));

    [Fact]
    public void Feed_plain_text_is_isolated_only_when_it_holds_bidi_controls()
    {
        Assert.Equal("Fuzhou 丨 news", FeedText.Plain("Fuzhou 丨 news"));
        Assert.Equal("\u2068a\u202Eb\u2069", FeedText.Plain("a\u202Eb\u0001"));
    }
}
