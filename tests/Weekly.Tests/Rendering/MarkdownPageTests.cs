using Weekly.Core;
using Weekly.Modules;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Rendering;

/// <summary>Hand-written pages (<c>input/pages/*.md</c>): front matter, Markdown, and the page layout.</summary>
public class MarkdownPageTests
{
    private static string Text(Document document) => document.Content.ToText(new DiagnosticBag());

    [Fact]
    public void About_page_renders_with_its_front_matter_and_the_menu_entry_marked()
    {
        using var site = new TestSite();
        var result = site.Build("https://weekly.example.org/");
        Assert.True(result.Succeeded, result.DiagnosticsText());
        var doc = result.Html("about/index.html");
        Assert.Equal("About Industry Blockchain Weekly", Assert.Single(doc.QuerySelectorAll("h1")).TextContent);
        Assert.Equal("About Industry Blockchain Weekly · Industry Blockchain Weekly", doc.Title);
        Assert.StartsWith("What Industry Blockchain Weekly is, who it is for", doc.QuerySelector("meta[name=description]")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Equal("https://weekly.example.org/about/", doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(["Who it is for", "How the site is organised", "Follow by feed", "Sources and corrections"],
            doc.QuerySelectorAll(".prose h2").Select(h => h.TextContent));
        Assert.Contains(doc.QuerySelectorAll(".prose a"), a => a.GetAttribute("href") == "/feed.xml");
        Assert.Equal("page", doc.QuerySelector(".site-nav a[href='/about/']")!.GetAttribute("aria-current"));
        Assert.DoesNotContain("title:", result.Text("about/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_html_is_text_and_unsafe_links_are_neutralised()
    {
        using var site = new TestSite("-- input/pages/x.md --\n---\ntitle: X\n---\nHi <script>alert(1)</script> {{ 1+1 }}\n\n[bad](javascript:alert(1)) [ok](https://example.org/a:b)\n");
        var result = site.Build();
        var doc = result.Html("x/index.html");
        Assert.Empty(doc.QuerySelectorAll("script:not([type='application/ld+json'])"));
        Assert.Equal("Hi <script>alert(1)</script> {{ 1+1 }}", doc.QuerySelector(".prose p")!.TextContent);
        Assert.Equal(["#", "https://example.org/a:b"], doc.QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")!));
        Assert.Equal(["input/pages/x.md:6:1: warning WK0713: Link URL 'javascript:alert(1)' uses a scheme that is not allowed; it was replaced by '#'. (use http, https, mailto or a site-relative URL)"],
            result.Diagnostics.Where(d => d.File == "input/pages/x.md").Select(d => d.ToString()));
    }

    [Fact]
    public void Autolinks_reference_links_images_and_bare_urls_with_unsafe_schemes_are_neutralised_too()
    {
        using var site = new TestSite("-- input/pages/x.md --\n---\ntitle: X\n---\n<javascript:alert(1)> <JavaScript:alert(2)> <mailto:a@b.example> <a@b.example>\n\n"
            + "[ref][r] ![img](data:text/html,x) ![refimg][r] www.example.org ftp://example.org/f\n\n[r]: javascript:alert(3)\n");
        var result = site.Build();
        var doc = result.Html("x/index.html");
        Assert.Equal(["#", "#", "mailto:a@b.example", "mailto:a@b.example", "#", "http://www.example.org", "#"],
            doc.QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")!));
        Assert.Equal(["javascript:alert(1)", "JavaScript:alert(2)"], doc.QuerySelectorAll(".prose a").Take(2).Select(a => a.TextContent));
        Assert.Equal(["#", "#"], doc.QuerySelectorAll(".prose img").Select(a => a.GetAttribute("src")!));
        Assert.DoesNotContain("javascript:", string.Concat(doc.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") + e.GetAttribute("src"))), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["4:1 javascript:alert(1)", "4:23 JavaScript:alert(2)", "6:1 javascript:alert(3)", "6:10 data:text/html,x", "6:35 javascript:alert(3)", "6:64 ftp://example.org/f"],
            result.Diagnostics.Where(d => d.Code == "WK0713").Select(d => $"{d.Line}:{d.Column} {d.Message.Split('\'')[1]}"));
    }

    [Fact]
    public void A_protocol_relative_link_is_an_external_https_link()
    {
        using var site = new TestSite("-- input/pages/x.md --\n---\ntitle: X\n---\n[a](//evil.example/x) [b](/\\evil.example/y) [c](/about/) [d](#top) [e](a:b)\n");
        var result = site.Build();
        Assert.Equal(["https://evil.example/x", "https://evil.example/y", "/about/", "#top", "#"],
            result.Html("x/index.html").QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")!));
    }

    [Fact]
    public void A_page_has_one_h1_a_leading_body_h1_is_its_title_when_front_matter_has_none_else_body_headings_move_down()
    {
        using var site = new TestSite("-- input/pages/untitled.md --\n# The `real` title\n\nText.\n\n## Part\n"
            + "-- input/pages/titled.md --\n---\ntitle: Titled\n---\n# Big\n\nText.\n\n## Part\n\n###### Six\n");
        var result = site.Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "WK0712");
        var untitled = result.Html("untitled/index.html");
        Assert.Equal(["The real title"], untitled.QuerySelectorAll("h1").Select(h => h.TextContent));
        Assert.Equal("The real title · Industry Blockchain Weekly", untitled.Title);
        Assert.Equal(["h1 The real title", "h2 Part"], untitled.QuerySelectorAll(".prose h1, .prose h2, .prose h3").Select(h => $"{h.LocalName} {h.TextContent}"));
        var titled = result.Html("titled/index.html");
        Assert.Equal(["Titled"], titled.QuerySelectorAll("h1").Select(h => h.TextContent));
        Assert.Equal(["h1 Titled", "h2 Big", "h3 Part", "h6 Six"], titled.QuerySelectorAll(".prose h1, .prose h2, .prose h3, .prose h6").Select(h => $"{h.LocalName} {h.TextContent}"));
    }

    [Fact]
    public void A_page_is_rendered_with_the_layout_its_front_matter_names_and_titled_by_its_file_name_without_a_title()
    {
        using var site = new TestSite("""
            -- theme/layouts/custom.scriban --
            <b>{{ page.title }}</b>{{ content }}
            -- input/pages/plain.md --
            ---
            layout: custom
            ---
            *body*
            """);
        var result = site.Build();
        Assert.Equal(["input/pages/plain.md:1:1: warning WK0712"], result.Diagnostics.Select(d => $"{d.File}:{d.Line}:{d.Column}: warning {d.Code}"));
        Assert.Contains("<b>plain</b><p><em>body</em></p>", result.Text("plain/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_errors_are_diagnostics_at_the_file_line_and_the_body_still_renders()
    {
        var context = new BuildContext();
        IReadOnlyList<Document> docs = new[] { ("input/pages/bad.md", "---\ntitle: Fine\ndescription: [unclosed\n---\nBody\n"), ("input/pages/list.md", "---\n- a\n- b\n---\nBody\n"),
            ("input/pages/twice.md", "---\ntitle: A\ntitle: B\n---\nBody\n") }.Select(f => Document.Create(f.Item1, DocumentContent.FromText(f.Item2))).ToList();
        foreach (var module in new IModule[] { new ExtractFrontMatter(), new RenderMarkdown() }) docs = module.Execute(docs, context);
        var diagnostics = context.Diagnostics.Sorted();
        Assert.Contains("keep one line per key", diagnostics.Single(d => d.File == "input/pages/twice.md" && d.Code == "WK0710").Hint, StringComparison.Ordinal);
        Assert.Equal(["input/pages/bad.md WK0710 4", "input/pages/list.md WK0711 2", "input/pages/twice.md WK0710 3"],
            diagnostics.Where(d => d.Severity == Severity.Error).Select(d => $"{d.File} {d.Code} {d.Line}"));
        Assert.Equal("<p>Body</p>\n", Text(docs[0]));
    }

    [Fact]
    public void Extract_front_matter_keeps_types_and_strips_the_block()
    {
        var docs = new ExtractFrontMatter().Execute([Document.Create("p.md", DocumentContent.FromText(
            "\uFEFF---\r\ntitle: T\r\ntags: [a, b]\r\nmeta:\r\n  k: v\r\nempty:\r\ntilde: ~\r\nquoted: 'null'\r\nnumber: 5\r\n---\r\n# Body\r\n"))], new BuildContext());
        var fm = docs[0].Get(Keys.FrontMatter);
        Assert.Equal("T", fm["title"]);
        Assert.Equal([("empty", null), ("tilde", null), ("quoted", "null"), ("number", "5")],
            new[] { "empty", "tilde", "quoted", "number" }.Select(k => (k, fm[k] as string)));
        Assert.Equal(["a", "b"], Assert.IsType<List<object?>>(fm["tags"]));
        Assert.Equal("v", Assert.IsType<Dictionary<string, object?>>(fm["meta"])["k"]);
        Assert.Equal("# Body\n", Text(docs[0]));
    }
}
