using AngleSharp.Html.Parser;
using Weekly.Core;
using Weekly.Domain;
using Weekly.Modules;
using Weekly.Rendering;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Rendering;

public class MarkdownPageTests
{
    private static (IReadOnlyList<Document> Docs, BuildContext Context) Run(params (string Source, string Text)[] files)
    {
        var context = new BuildContext().Set(Weekly.Keys.Settings, new SiteSettings { BaseUrl = "https://weekly.example.org/" });
        var theme = Theme.Load(RepoPaths.Theme, context.Diagnostics);
        IReadOnlyList<Document> docs = files.Select(f => Document.Create(f.Source, f.Text)).ToList();
        foreach (var module in new IModule[] { new ExtractFrontMatter(), new RenderMarkdown(), new RenderScriban(theme) }) docs = module.Execute(docs, context);
        return (docs, context);
    }

    [Fact]
    public void About_page_renders_through_the_pages_modules()
    {
        var source = File.ReadAllText(Path.Combine(RepoPaths.Root, "input", "pages", "about.md"));
        var (docs, context) = Run(("input/pages/about.md", source));
        Assert.Empty(context.Diagnostics.Sorted());
        var doc = new HtmlParser().ParseDocument(docs[0].Content);
        Assert.Equal("About Industry Blockchain Weekly", docs[0].Get(Weekly.Keys.FrontMatter)["title"]);
        Assert.Equal("About Industry Blockchain Weekly", Assert.Single(doc.QuerySelectorAll("h1")).TextContent);
        Assert.Equal("About Industry Blockchain Weekly · Industry Blockchain Weekly", doc.Title);
        Assert.StartsWith("What Industry Blockchain Weekly is, who it is for", doc.QuerySelector("meta[name=description]")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Equal("https://weekly.example.org/about/", doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(["Who it is for", "How the site is organised", "Follow by feed", "Sources and corrections"],
            doc.QuerySelectorAll(".prose h2").Select(h => h.TextContent));
        Assert.Contains(doc.QuerySelectorAll(".prose a"), a => a.GetAttribute("href") == "/feed.xml");
        Assert.Equal("page", doc.QuerySelector(".site-nav a[href='/about/']")!.GetAttribute("aria-current"));
        Assert.DoesNotContain("title:", docs[0].Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_html_is_text_and_unsafe_links_are_neutralised()
    {
        var (docs, context) = Run(("input/pages/x.md", "---\ntitle: X\n---\nHi <script>alert(1)</script> {{ 1+1 }}\n\n[bad](javascript:alert(1)) [ok](https://example.org/a:b)\n"));
        var doc = new HtmlParser().ParseDocument(docs[0].Content);
        Assert.Empty(doc.QuerySelectorAll("script:not([type='application/ld+json'])"));
        Assert.Equal("Hi <script>alert(1)</script> {{ 1+1 }}", doc.QuerySelector(".prose p")!.TextContent);
        Assert.Equal(["#", "https://example.org/a:b"], doc.QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")!));
        Assert.Equal(["input/pages/x.md:6:1: warning WK0713: Link URL 'javascript:alert(1)' uses a scheme that is not allowed; it was replaced by '#'. (use http, https, mailto or a site-relative URL)"],
            context.Diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void Front_matter_errors_are_diagnostics_at_the_file_line()
    {
        var (docs, context) = Run(("input/pages/bad.md", "---\ntitle: Fine\ndescription: [unclosed\n---\nBody\n"), ("input/pages/list.md", "---\n- a\n- b\n---\nBody\n"),
            ("input/pages/twice.md", "---\ntitle: A\ntitle: B\n---\nBody\n"));
        var diagnostics = context.Diagnostics.Sorted();
        Assert.Contains("keep one line per key", diagnostics.Single(d => d.File == "input/pages/twice.md" && d.Code == "WK0710").Hint, StringComparison.Ordinal);
        Assert.Equal(["input/pages/bad.md WK0710 4", "input/pages/list.md WK0711 2", "input/pages/twice.md WK0710 3"],
            diagnostics.Where(d => d.Severity == Severity.Error).Select(d => $"{d.File} {d.Code} {d.Line}"));
        Assert.Equal("<p>Body</p>", docs[0].Content.Split("<article class=\"prose\">")[1].Split("</article>")[0].Split("</h1>\n")[1].Trim());
    }

    [Fact]
    public void Extract_front_matter_keeps_types_and_strips_the_block()
    {
        var docs = new ExtractFrontMatter().Execute([Document.Create("p.md",
            "\uFEFF---\r\ntitle: T\r\ntags: [a, b]\r\nmeta:\r\n  k: v\r\nempty:\r\ntilde: ~\r\nquoted: 'null'\r\nnumber: 5\r\n---\r\n# Body\r\n")], new BuildContext());
        var fm = docs[0].Get(Weekly.Keys.FrontMatter);
        Assert.Equal("T", fm["title"]);
        Assert.Equal([("empty", null), ("tilde", null), ("quoted", "null"), ("number", "5")],
            new[] { "empty", "tilde", "quoted", "number" }.Select(k => (k, fm[k] as string)));
        Assert.Equal(["a", "b"], Assert.IsType<List<object?>>(fm["tags"]));
        Assert.Equal("v", Assert.IsType<Dictionary<string, object?>>(fm["meta"])["k"]);
        Assert.Equal("# Body\n", docs[0].Content);
    }

    [Fact]
    public void Render_scriban_uses_a_given_model_and_layout()
    {
        var context = new BuildContext();
        var theme = Theme.FromSources(new Dictionary<string, string>
        {
            ["layouts/base.scriban"] = "{{ site.title }}|{{ content }}",
            ["layouts/custom.scriban"] = "<b>{{ page.name }}</b>{{ content }}",
        }, context.Diagnostics);
        var doc = Document.Create(null, "<i>body</i>").With(Weekly.Keys.Layout, "custom").With(Weekly.Keys.Model, (object)new { Name = "<x>" });
        var output = new RenderScriban(theme).Execute([doc], context);
        Assert.Empty(context.Diagnostics.Sorted());
        Assert.Equal("Industry Blockchain Weekly|<b>&lt;x&gt;</b><i>body</i>", output[0].Content);
    }
}
