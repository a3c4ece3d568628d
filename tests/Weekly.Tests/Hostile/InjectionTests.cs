using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Hostile;

/// <summary>
/// Issue #6, acceptance 2: the hostile seed and page build, every output file parses, nothing in them
/// became an element, attribute, script, comment or <c>javascript:</c> URL, and the hostile strings
/// show up as the exact text the editor wrote.
/// </summary>
public class InjectionTests
{
    private const string Title = "Hostile <script>alert('t')</script> \"><img src=x onerror=alert('t')> ]]> {{ 7*7 }} {% if true %}T{% endif %}";
    private const string Summary = "Summary </script><script>alert('s')</script> ]]> {{ 7*7 }} javascript:alert('s')";
    private const string Intro = "Recently, the intro <script>alert('i')</script> \"><img src=x onerror=alert('i')> </script> ]]> {{ 7*7 }} {% raw %}I{% endraw %} javascript:alert('i') mentions Fuzhou.";
    private const string SectionTitle = "Section title <script>alert('st')</script> \"><img src=x onerror=alert('st')>";
    private const string Headline = "Fuzhou: Headline <script>alert('h')</script> \"><img src=x onerror=alert('h')> {{ 7*7 }}";
    private const string Body = "On January 10, 2020, the body <script>alert('b')</script> \"><img src=x onerror=alert('b')> </script> ]]> {{ 7*7 }} {% if true %}B{% endif %} <a href=\"javascript:alert('b')\">link</a> in Fuzhou.";
    private const string Headline2 = "Quanzhou: Second headline </script><script>alert('h2')</script> ]]> {% include 'x' %}";
    private const string Body2 = "On January 11, 2020, the second body ]]><!-- --> <![CDATA[ x ]]> &amp; &lt;b&gt; javascript:alert('b2') in Quanzhou finance.";
    private const string Commentary = "The commentary <script>alert('c')</script> \"><img src=x onerror=alert('c')> </script> ]]> {{ 7*7 }} {% if true %}C{% endif %}.";
    private const string SectionName = "Xss<img src=x onerror=alert()> News";
    private const string Footer = "Footer <script>alert('f')</script> \"><img src=x onerror=alert('f')> ]]> {{ 7*7 }} javascript:alert('f')";
    private const string IssueUrl = "/issues/javascript-alert-slug/";

    private static BuildResult Site => HostileSite.Result;

    [Fact]
    public void Hostile_site_builds_with_only_the_expected_warnings()
    {
        Assert.True(Site.Succeeded, Site.DiagnosticsText());
        Assert.Equal(
        [
            "input/pages/hostile.md WK0402", "input/pages/hostile.md WK0713", "input/pages/hostile.md WK0713",
            "seeds/2020-01-13-hostile.txt WK0402", "seeds/2020-01-13-hostile.txt WK0402",
            // The seed writes its tags as character references (&lt;a href=…&gt;): real tags in a seed are markup, removed (SeedMarkup).
            "seeds/2020-01-13-hostile.txt WK0216",
        ], Site.Diagnostics.Select(d => $"{d.File} {d.Code}"));
    }

    [Fact]
    public void No_output_file_holds_markup_scripts_handlers_or_unsafe_urls_from_the_seed()
    {
        var problems = new List<string>();
        var checkedFiles = 0;
        foreach (var file in Site.Files)
        {
            if (!file.Destination.EndsWith(".html", StringComparison.Ordinal) && !file.Destination.EndsWith(".xml", StringComparison.Ordinal)
                && !file.Destination.EndsWith(".json", StringComparison.Ordinal)) continue;
            checkedFiles++;
            problems.AddRange(OutputSafety.Check(file.Destination, Site.Text(file.Destination)));
        }
        Assert.True(checkedFiles >= 20, $"only {checkedFiles} files checked");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
    }

    [Fact]
    public void The_checker_catches_what_it_looks_for()
    {
        var bad = OutputSafety.Check("x.html",
            "<p><img src=x onerror=alert(1)></p><script>alert(2)</script><a href=' javascript:alert(3)'>a</a><!-- c --><iframe srcdoc=x></iframe>");
        Assert.Equal(8, bad.Count); // img, onerror, src=x, script, javascript: href, comment, iframe, srcdoc
        Assert.Single(OutputSafety.Check("x.xml", "<rss><channel><item><description>&lt;script&gt;x&lt;/script&gt;</description></item></channel></rss>"));
        Assert.Single(OutputSafety.Check("x.xml", "<feed><link href=\"javascript:x\"/></feed>"));
        Assert.Single(OutputSafety.Check("x.json", "{\"items\":[{\"url\":\"javascript:x\"}]}"));
        Assert.Equal(2, OutputSafety.Check("x.json", "{\"items\":[{\"content_html\":\"<img src=x>\"}]}").Count);
        Assert.Single(OutputSafety.Check("x.xml", "<a>]]></b>"));
        // The theme's own chart, search form and script pass only where the theme puts them.
        Assert.Empty(OutputSafety.Check("regions/index.html", "<figure class=\"chart-figure\"><svg class=\"chart\"><title>t</title><g><rect/><text>x</text></g></svg></figure>"));
        Assert.Single(OutputSafety.Check("x.html", "<svg class=\"chart\"></svg>"));
        Assert.Single(OutputSafety.Check("x.html", "<figure class=\"chart-figure\"><svg class=\"chart\"><foreignObject></foreignObject></svg></figure>"));
        Assert.Empty(OutputSafety.Check("regions/index.html", "<figure class=\"map-figure\"><svg class=\"map\"><title>t</title><a href=\"/regions/fujian/\"><path d=\"M0 0z\"/></a></svg></figure>"));
        Assert.Single(OutputSafety.Check("x.html", "<svg class=\"map\"></svg>"));
        Assert.Single(OutputSafety.Check("x.html", "<figure class=\"map-figure\"><svg class=\"map\"><image href=\"/x.png\"/></svg></figure>"));
        Assert.Empty(OutputSafety.Check("search/index.html", "<form class=\"search-form\"><input name=q><button>Go</button></form><script src=\"/assets/js/search.js\" defer></script>"));
        Assert.Equal(4, OutputSafety.Check("x.html", "<form class=\"search-form\"><input name=q><button>Go</button></form><script src=\"/assets/js/search.js\" defer></script>").Count);
        Assert.Single(OutputSafety.Check("search/index.html", "<script src=\"/assets/js/search.js\">alert(1)</script>"));
    }

    [Fact]
    public void Issue_page_shows_every_hostile_field_as_its_exact_text()
    {
        var doc = Site.Html("issues/javascript-alert-slug/index.html");
        Assert.Equal(Title + " · Industry Blockchain Weekly", doc.Title);
        Assert.Equal(Title, doc.QuerySelector("h1")!.TextContent);
        Assert.Equal(Summary, doc.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal(Title, doc.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal([Intro], doc.QuerySelectorAll(".intro p").Select(p => p.TextContent));
        Assert.Equal(["Government Updates", SectionName], doc.QuerySelectorAll(".section-name").Select(s => s.FirstChild!.TextContent));
        Assert.Equal([SectionTitle, "Name injection {{ name }}"], doc.QuerySelectorAll(".section-title").Select(s => s.TextContent));
        Assert.Equal([Headline, Headline2, "Beijing: Headline in the injected section {% if x %}"], doc.QuerySelectorAll(".story-headline").Select(h => h.TextContent));
        Assert.Equal([Body, Body2, "On January 12, 2020, a body in Beijing {{ site.title }}."],
            doc.QuerySelectorAll("article.story > p:not(.meta)").Select(p => p.TextContent));
        Assert.Equal([Commentary, "The second commentary </script>."], doc.QuerySelectorAll(".commentary p").Select(p => p.TextContent));
        Assert.Equal(Footer, doc.QuerySelector(".previous-issue span")!.TextContent);
        Assert.Empty(doc.QuerySelectorAll(".previous-issue a"));
        var jsonLd = JsonDocument.Parse(doc.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal(Title, jsonLd.GetProperty("name").GetString());
        Assert.Equal(Summary, jsonLd.GetProperty("description").GetString());
    }

    [Fact]
    public void Story_and_page_urls_come_from_slugs_never_from_raw_overrides()
    {
        var doc = Site.Html("issues/javascript-alert-slug/index.html");
        Assert.Equal(
        [
            IssueUrl + "fuzhou-headline-script-alert-h-script-img-src-x-onerror/",
            IssueUrl + "javascript-alert-story-etc-passwd/",
            IssueUrl + "beijing-headline-in-the-injected-section-if-x/",
        ], doc.QuerySelectorAll(".story-headline a").Select(a => a.GetAttribute("href")!));
        var story = Site.Html("issues/javascript-alert-slug/javascript-alert-story-etc-passwd/index.html");
        Assert.Equal(Headline2, story.QuerySelector("h1")!.TextContent);
        Assert.Equal([Body2], story.QuerySelectorAll("article > p:not(.meta)").Select(p => p.TextContent));
        var page = Site.Html("javascript-alert-page/index.html");
        Assert.Equal("Page <script>alert('p')</script> \"><img src=x onerror=alert('p')> {{ 7*7 }}", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("</script><script>alert('pd')</script> ]]> javascript:alert('pd')", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("Page body <script>alert('pb')</script> \"><img src=x onerror=alert('pb')> {{ 7*7 }} {% if true %}P{% endif %}",
            page.QuerySelector(".prose p")!.TextContent);
        Assert.Equal(["#"], page.QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")!));
    }

    [Fact]
    public void Feeds_carry_the_hostile_text_as_text()
    {
        var rss = XDocument.Parse(Site.Text("feed.xml"));
        var item = rss.Descendants("item").Single();
        Assert.Equal(Title, item.Element("title")!.Value);
        XNamespace content = "http://purl.org/rss/1.0/modules/content/";
        var html = (IHtmlDocument)new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + item.Element(content + "encoded")!.Value);
        Assert.Equal(Headline, html.QuerySelector(".story-headline")!.TextContent);
        Assert.Equal(Body2, html.QuerySelectorAll("article.story > p:not(.meta)")[1].TextContent);

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = XDocument.Parse(Site.Text("atom.xml")).Descendants(atom + "entry").Single();
        Assert.Equal(Title, entry.Element(atom + "title")!.Value);
        Assert.Equal(Summary, entry.Element(atom + "summary")!.Value);

        var json = JsonDocument.Parse(Site.Text("feed.json")).RootElement.GetProperty("items")[0];
        Assert.Equal(Title, json.GetProperty("title").GetString());
        Assert.StartsWith("https://", json.GetProperty("url").GetString(), StringComparison.Ordinal);
    }
}
