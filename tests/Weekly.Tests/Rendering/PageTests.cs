using AngleSharp.Dom;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Rendering;

public class PageTests
{
    private readonly RenderFixture _f = new();

    private static string[] Texts(IParentNode doc, string selector) =>
        doc.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToArray();

    private static string Norm(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string[] Hrefs(IParentNode doc, string selector) =>
        doc.QuerySelectorAll(selector).Select(e => e.GetAttribute("href") ?? "").ToArray();

    [Fact]
    public void Issue_page_has_its_sections_stories_and_commentaries()
    {
        var doc = _f.Parse(_f.RenderIssue(_f.Latest));
        Assert.Equal(["section-1", "section-2", "section-3"], doc.QuerySelectorAll("section.issue-section").Select(s => s.Id!));
        Assert.Equal(["mayor-of-fuzhou", "quanzhou-representatives", "dongcheng-district-beijing", "cbrc-guidance", "beijing-copyright-monitoring"],
            doc.QuerySelectorAll("article.story").Select(s => s.Id!));
        Assert.Equal(
        [
            "/issues/local-two-sessions-kicked-off/mayor-of-fuzhou/", "/issues/local-two-sessions-kicked-off/quanzhou-representatives/",
            "/issues/local-two-sessions-kicked-off/dongcheng-district-beijing/", "/issues/local-two-sessions-kicked-off/cbrc-guidance/",
            "/issues/local-two-sessions-kicked-off/beijing-copyright-monitoring/",
        ], Hrefs(doc, "article.story h3 a"));
        Assert.Equal(["Government Updates: Local Two Sessions Discuss Blockchain", "Industrial policy: \"chain\" on the music industry and green food industry", "Applications"],
            doc.QuerySelectorAll("section.issue-section > h2").Select(h => Norm(h.TextContent)));
        var commentaries = doc.QuerySelectorAll("aside.commentary");
        Assert.Equal(2, commentaries.Length);
        Assert.Equal(["section-1", "section-2"], commentaries.Select(c => c.ParentElement!.Id!));
        Assert.All(commentaries, c => Assert.Equal("Editor’s commentary", c.QuerySelector("h3")!.TextContent));
        Assert.Equal("The annual National Two Sessions will be officially held in March.", commentaries[0].QuerySelector("p")!.TextContent);
        Assert.Equal(2, doc.QuerySelectorAll("#quanzhou-representatives > p:not(.meta)").Length);
    }

    [Fact]
    public void Issue_page_has_a_toc_dates_and_links_to_other_issues()
    {
        var doc = _f.Parse(_f.RenderIssue(_f.Latest));
        Assert.Equal("Local \"two sessions\" kicked off, blockchain becomes a hot topic for discussion", Assert.Single(doc.QuerySelectorAll("h1")).TextContent);
        Assert.Equal("In this issue", doc.QuerySelector(".toc h2")!.TextContent);
        var anchors = Hrefs(doc, ".toc ol ol a");
        Assert.Equal(5, anchors.Length);
        Assert.All(anchors, a => Assert.NotNull(doc.GetElementById(a.Split('#')[1])));
        Assert.Equal(["2020-01-06", "2020-01-04", "2020-01-03", "2020-01-04", "2020-01-04", "2019-12-31"], doc.QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")!));
        Assert.Equal("6 January 2020", doc.QuerySelector("header time")!.TextContent);
        Assert.Equal(["/issues/supreme-law-supports-blockchain/"], Hrefs(doc, ".previous-issue a"));
        Assert.Equal(["/issues/supreme-law-supports-blockchain/"], Hrefs(doc, ".pager a[rel=prev]"));
        Assert.Empty(doc.QuerySelectorAll(".pager a[rel=next]"));
        Assert.Equal(["/regions/fujian/", "/regions/fujian/fuzhou/", "/topics/finance/"], Hrefs(doc, "#mayor-of-fuzhou .term-links a"));
        Assert.Equal(["/regions/beijing/"], Hrefs(doc, "#dongcheng-district-beijing .term-links a"));
    }

    [Fact]
    public void Previous_issue_footer_is_plain_text_when_the_site_lacks_that_issue()
    {
        var doc = _f.Parse(_f.RenderIssue(_f.Site.Issues[1]));
        var footer = doc.QuerySelector(".previous-issue")!;
        Assert.Empty(footer.QuerySelectorAll("a"));
        Assert.Equal("Review of previous period: Industry Blockchain Weekly 丨 An issue this site does not have", Norm(footer.TextContent));
        Assert.Equal(["/issues/local-two-sessions-kicked-off/"], Hrefs(doc, ".pager a[rel=next]"));
    }

    [Fact]
    public void Story_page_has_breadcrumbs_date_paragraphs_terms_and_neighbours()
    {
        var entry = _f.Site.Stories[1];
        var doc = _f.Parse(_f.RenderStory(entry));
        Assert.Equal(["Home", "Local \"two sessions\" kicked off, blockchain becomes a hot topic for discussion", entry.Story.Headline], Texts(doc, ".breadcrumbs li"));
        Assert.Equal(["/", "/issues/local-two-sessions-kicked-off/"], Hrefs(doc, ".breadcrumbs a"));
        Assert.Equal(entry.Story.Headline, Assert.Single(doc.QuerySelectorAll("h1")).TextContent);
        Assert.Equal("2020-01-03", doc.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("3 January 2020", doc.QuerySelector("time")!.TextContent);
        Assert.Equal(entry.Story.Paragraphs.Select(p => p.Text), Texts(doc, "article > p"));
        Assert.Equal(["Fujian", "Quanzhou"], Texts(doc, ".term-links a"));
        Assert.Equal(["/issues/local-two-sessions-kicked-off/mayor-of-fuzhou/"], Hrefs(doc, ".pager a[rel=prev]"));
        Assert.Equal(["/issues/local-two-sessions-kicked-off/dongcheng-district-beijing/"], Hrefs(doc, ".pager a[rel=next]"));
        Assert.Equal("https://weekly.example.org/issues/local-two-sessions-kicked-off/quanzhou-representatives/",
            doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void Region_index_lists_provinces_with_counts_and_their_cities()
    {
        var doc = _f.Parse(_f.RenderRegionIndex());
        var provinces = doc.QuerySelectorAll("ul.term-index > li");
        Assert.Equal(["Beijing 2 stories", "Fujian 4 stories"],
            provinces.Select(li => li.QuerySelector("a")!.TextContent + " " + li.QuerySelector(".count")!.TextContent));
        Assert.Equal(["Fuzhou 2 stories", "Quanzhou 1 story"],
            provinces[1].QuerySelectorAll("ul li").Select(li => li.QuerySelector("a")!.TextContent + " " + li.QuerySelector(".count")!.TextContent));
        Assert.Equal(["/regions/beijing/", "/regions/fujian/", "/regions/fujian/fuzhou/", "/regions/fujian/quanzhou/"], Hrefs(doc, "ul.term-index a"));
    }

    [Fact]
    public void Province_page_lists_stories_newest_first_its_cities_and_a_follow_link()
    {
        var doc = _f.Parse(_f.RenderTerm(_f.Region("fujian")));
        Assert.Equal("Fujian", Assert.Single(doc.QuerySelectorAll("h1")).TextContent);
        Assert.Equal([SampleSite.FuzhouHeadline, "Representatives of the two conferences in Quanzhou: promote the application of blockchain technology",
            "Fujian: Three group standards for blockchain released", "Fuzhou: Bank of Fuzhou launches blockchain supply chain finance platform"],
            Texts(doc, ".story-card h3"));
        Assert.Equal(["2020-01-04", "2020-01-03", "2019-12-27"], doc.QuerySelectorAll(".story-card time").Select(t => t.GetAttribute("datetime")!));
        Assert.Equal(["Local \"two sessions\" kicked off, blockchain becomes a hot topic for discussion", "Local \"two sessions\" kicked off, blockchain becomes a hot topic for discussion",
            "The Supreme Law issued a document to support blockchain", "The Supreme Law issued a document to support blockchain"], Texts(doc, ".story-card .meta a"));
        Assert.Equal(["Fuzhou", "Quanzhou"], Texts(doc, "#cities-heading + ul a"));
        Assert.Equal("/regions/fujian/feed.xml", doc.QuerySelector("a.follow-link")!.GetAttribute("href"));
        Assert.Equal("Follow Fujian (RSS)", doc.QuerySelector("a.follow-link")!.TextContent);
        Assert.Equal(["/regions/fujian/feed.xml", "/feed.xml", "/atom.xml", "/feed.json"], Hrefs(doc, "link[rel=alternate]"));
    }

    [Fact]
    public void City_and_topic_pages_link_up_and_list_their_stories()
    {
        var city = _f.Parse(_f.RenderTerm(_f.Region("fujian/fuzhou")));
        Assert.Equal(["Home", "Regions", "Fujian", "Fuzhou"], Texts(city, ".breadcrumbs li"));
        Assert.Empty(city.QuerySelectorAll("#cities-heading"));
        Assert.Equal(2, city.QuerySelectorAll(".story-card").Length);
        Assert.Equal("/regions/fujian/fuzhou/feed.xml", city.QuerySelector("a.follow-link")!.GetAttribute("href"));

        var topic = _f.Parse(_f.RenderTerm(_f.Topic("finance")));
        Assert.Equal(["/issues/local-two-sessions-kicked-off/mayor-of-fuzhou/", "/issues/local-two-sessions-kicked-off/cbrc-guidance/",
            "/issues/supreme-law-supports-blockchain/bank-of-fuzhou-platform/"], Hrefs(topic, ".story-card h3 a"));
        Assert.Equal("Banks, insurers, payments and digital currency.", topic.QuerySelector(".lede")!.TextContent);
        Assert.Equal("/topics/finance/feed.xml", topic.QuerySelector("a.follow-link")!.GetAttribute("href"));

        var index = _f.Parse(_f.RenderTopicIndex());
        Assert.Equal(["Finance 3 stories", "Copyright 1 story"],
            index.QuerySelectorAll("ul.term-index > li").Select(li => li.QuerySelector("a")!.TextContent + " " + li.QuerySelector(".count")!.TextContent));
    }

    [Fact]
    public void Home_and_archive_list_issues_newest_first()
    {
        var home = _f.Parse(_f.RenderHome());
        Assert.Equal("Industry Blockchain Weekly", home.Title);
        Assert.Equal(["/issues/local-two-sessions-kicked-off/"], Hrefs(home, ".latest h2 a"));
        Assert.Equal(5, home.QuerySelectorAll(".latest .toc ol ol li").Length);
        Assert.Equal(["/issues/supreme-law-supports-blockchain/"], Hrefs(home, ".recent .issue-summary a"));
        Assert.Equal("/feed.xml", home.QuerySelector("a.follow-link")!.GetAttribute("href"));

        var archive = _f.Parse(_f.RenderArchive());
        Assert.Equal(["/issues/local-two-sessions-kicked-off/", "/issues/supreme-law-supports-blockchain/"], Hrefs(archive, ".issue-summary h2 a"));
        Assert.Equal(["Issue 2 · 6 January 2020 · 5 stories", "Issue 1 · 30 December 2019 · 2 stories"],
            archive.QuerySelectorAll(".issue-summary .meta").Select(m => Norm(m.TextContent)));
    }

    [Fact]
    public void Every_page_is_semantic_one_h1_ordered_headings_skip_link_and_nav()
    {
        foreach (var (name, html) in _f.AllPages().Where(p => !p.Name.StartsWith("feed-", StringComparison.Ordinal)))
        {
            var doc = _f.Parse(html);
            Assert.True(doc.DocumentElement.GetAttribute("lang") == "en", name);
            Assert.True(doc.QuerySelectorAll("h1").Length == 1, $"{name}: one h1");
            var levels = doc.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
            for (var i = 1; i < levels.Count; i++) Assert.True(levels[i] <= levels[i - 1] + 1, $"{name}: heading h{levels[i]} follows h{levels[i - 1]}");
            Assert.Equal("#main", doc.QuerySelector("a.skip-link")!.GetAttribute("href"));
            Assert.Equal("main", doc.GetElementById("main")!.LocalName);
            Assert.Equal(["Home", "Issues", "Regions", "Topics", "Search", "About", "RSS"], Texts(doc, ".site-nav a"));
            Assert.Equal("/assets/css/site.css", doc.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
            if (name == "404") Assert.Null(doc.QuerySelector("link[rel=canonical]")); // served at every unknown path: noindex, no URL of its own
            else Assert.StartsWith("https://weekly.example.org/", doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
            Assert.Contains(doc.QuerySelectorAll("link[rel=alternate]"), l => l.GetAttribute("href") == "/feed.xml");
            // Reading needs no JavaScript: only the search page has a script, its own.
            Assert.Equal(name == "search" ? ["/assets/js/search.js"] : [],
                doc.QuerySelectorAll("script:not([type='application/ld+json'])").Select(e => e.GetAttribute("src")));
        }
    }

    [Fact]
    public void Not_found_page_links_home()
    {
        var doc = _f.Parse(_f.RenderNotFound());
        Assert.Equal("Page not found · Industry Blockchain Weekly", doc.Title);
        Assert.Equal(["/", "/issues/", "/regions/", "/topics/"], Hrefs(doc, "main li a"));
    }
}
