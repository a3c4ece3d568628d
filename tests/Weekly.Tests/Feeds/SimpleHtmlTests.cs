using System.Text;
using Weekly.Domain;
using Weekly.Feeds;
using Weekly.Tests.Rendering;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Feeds;

/// <summary>
/// The one-pass path of <see cref="HtmlUrlRewriter.MakeAbsolute"/> (<see cref="SimpleHtml"/>) must give exactly
/// what parsing and re-serializing gives (<see cref="HtmlUrlRewriter.MakeAbsoluteByParsing"/>), on every input:
/// either by rewriting the fragment itself or by declining it.
/// </summary>
public class SimpleHtmlTests
{
    private const string PageUrl = "https://example.org/weekly/issues/x/";
    private static readonly SiteSettings Settings = new() { BaseUrl = "https://example.org/weekly/" };

    /// <summary>Both paths; asserts they agree and returns (result, whether the one-pass path took it).</summary>
    private static (string Html, bool Simple) Rewrite(string html)
    {
        var rewriter = new HtmlUrlRewriter(Settings);
        var parsed = rewriter.MakeAbsoluteByParsing(html, PageUrl);
        Assert.Equal(parsed, rewriter.MakeAbsolute(html, PageUrl));
        return (parsed, SimpleHtml.TryMakeAbsolute(html, v => v, v => v) is not null);
    }

    [Theory]
    [InlineData("<a href=\"/issues/y/\">y</a>", "<a href=\"https://example.org/weekly/issues/y/\">y</a>")]
    [InlineData("<img src=\"a.png\" alt=\"\">", "<img src=\"https://example.org/weekly/issues/x/a.png\" alt=\"\">")]
    [InlineData("<img srcset=\"a.png 1x, /b.png 2x\">", "<img srcset=\"https://example.org/weekly/issues/x/a.png 1x, https://example.org/weekly/b.png 2x\">")]
    [InlineData("<q cite=\"../y/\">q</q>", "<q cite=\"https://example.org/weekly/issues/y/\">q</q>")]
    [InlineData("<blockquote cite=\"//cdn.example.net/c\">q</blockquote>", "<blockquote cite=\"https://cdn.example.net/c\">q</blockquote>")]
    [InlineData("<p><a href=\"#s\">s</a></p>", "<p><a href=\"https://example.org/weekly/issues/x/#s\">s</a></p>")]
    [InlineData("<a href=\" /y/?a=1&amp;b=&quot;2&quot; \">y</a>", "<a href=\"https://example.org/weekly/y/?a=1&amp;b=&quot;2&quot;\">y</a>")]
    public void Plain_fragments_are_rewritten_in_one_pass(string html, string expected)
    {
        var (result, simple) = Rewrite(html);
        Assert.Equal(expected, result);
        Assert.True(simple);
    }

    [Theory]
    // Quoting, spacing and case the one-pass path does not read: the parser does, and still rewrites.
    [InlineData("<a href='/y/'>y</a>")]
    [InlineData("<a href=/y/>y</a>")]
    [InlineData("<a href = \"/y/\">y</a>")]
    [InlineData("<a  href=\"/y/\">y</a>")]
    [InlineData("<a\nhref=\"/y/\">y</a>")]
    [InlineData("<a\thref=\"/y/\" >y</a >")]
    [InlineData("<A HREF=\"/y/\">y</A>")]
    [InlineData("<a hReF=\"/y/\">y</a>")]
    [InlineData("<img src=\"/y.png\"/>")]
    [InlineData("<img src=\"/y.png\" />")]
    [InlineData("<video poster=\"/y.png\"></video>")]
    [InlineData("<VIDEO POSTER='y.png'></VIDEO>")]
    [InlineData("<img SRCSET='y.png 1x,/z.png 2x'>")]
    [InlineData("<del cite=y/>d</del>")]
    [InlineData("<a href=\"/y/\" href=\"/z/\">y</a>")]
    [InlineData("<a title=\"t\"href=\"/y/\">y</a>")]
    [InlineData("<a href=\"/y/\" data-x>y</a>")]
    [InlineData("<a href=\"/y/?a&b\">y</a>")]
    [InlineData("<a href=\"/y/?a=&copy;\">y</a>")]
    [InlineData("<a href=\"&#47;y/\">y</a>")]
    [InlineData("<a href=\"&#x2F;y/\">y</a>")]
    [InlineData("<p>a<p><a href=\"/y/\">y</a>")]
    [InlineData("<a href=\"/y/\"><a href=\"/z/\">z</a></a>")]
    [InlineData("<p><div><a href=\"y/\">y</a></div></p>")]
    [InlineData("<a href=\"/y/\">unclosed")]
    [InlineData("<table><tr><td><a href=\"/y/\">y</a></td></tr></table>")]
    [InlineData("<svg><a href=\"/y/\">y</a></svg>")]
    [InlineData("<a href=\"/y/\">y</a>\r\n<a href=\"/z/\">z</a>")]
    [InlineData("<ul><li><a href=\"/y/\">y</a><li><a href=\"/z/\">z</a></ul>")]
    [InlineData("<dl><dt>a<dd><a href=\"/y/\">y</a></dl>")]
    public void Relative_urls_written_any_other_way_are_still_rewritten(string html)
    {
        var (result, simple) = Rewrite(html);
        Assert.False(simple);
        Assert.Contains("https://", result, StringComparison.Ordinal);
        Assert.DoesNotContain("=\"/", result, StringComparison.Ordinal);
        Assert.DoesNotMatch("(href|src|poster|cite)=\"(?!https://)", result);
    }

    [Theory]
    [InlineData("<p>href=&quot;/x/&quot; src=&#39;y.png&#39;</p>")]
    [InlineData("<p>&lt;a href=&quot;/x/&quot;&gt;not a link&lt;/a&gt;</p>")]
    [InlineData("<p title=\"&lt;a href=&quot;/x/&quot;&gt;\">t</p>")]
    [InlineData("<p>a > b \" c ' d</p>")]
    [InlineData("<p>AT&amp;T &lt;b&gt; ]]&gt; 😀 丨 \u00A0nbsp</p>")]
    [InlineData("<span title=\"a\u00A0b 'c' <d>\">x</span>")]
    public void Escaped_text_that_looks_like_markup_stays_text(string html)
    {
        var (result, simple) = Rewrite(html);
        Assert.True(simple);
        Assert.DoesNotContain("https://", result, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>a & b</p>")]
    [InlineData("<p>a &amp b</p>")]
    [InlineData("<p>&nbsp;&copy;&#169;&#xA9;</p>")]
    [InlineData("<p>a < b</p>")]
    [InlineData("<p>x\0y</p>")]
    [InlineData("<p>x\u0001y\u0085z</p>")]
    [InlineData("<!-- <a href=\"/x/\"> -->")]
    [InlineData("<p>x\uFFFEy</p>")]
    [InlineData("<pre>\nx</pre>")]
    [InlineData("<textarea>\n<a href=\"/x/\"></textarea>")]
    [InlineData("<script>var a = '<a href=\"/x/\">';</script>")]
    [InlineData("<style>a[href=\"/x/\"] { }</style>")]
    [InlineData("<h2><h3>x</h3></h2>")]
    [InlineData("<b><b><b><b>x</b></b></b></b>")]
    [InlineData("<b><i>x</b></i>")]
    [InlineData("</p>")]
    [InlineData("<br></br>")]
    [InlineData("<div hidden>x</div>")]
    [InlineData("<p>x</p></div>")]
    [InlineData("<image src=\"/y.png\">")]
    [InlineData("\uFEFF<p>x</p>")]
    [InlineData("<p>x\uFEFFy</p>")]
    public void Markup_outside_the_subset_goes_to_the_parser(string html)
    {
        var (_, simple) = Rewrite(html);
        Assert.False(simple);
    }

    [Fact]
    public void Unpaired_surrogates_go_to_the_parser()
    {
        Assert.False(Rewrite("<p>x\uD800y</p>").Simple);
        Assert.False(Rewrite("<p>x\uDC00y</p>").Simple);
        Assert.False(Rewrite("<p>x\uD800").Simple);
        Assert.True(Rewrite("<p>x\uD83D\uDE00y</p>").Simple);
    }

    [Fact]
    public void The_themes_feed_fragments_take_the_one_pass_path()
    {
        var f = new RenderFixture();
        var fragments = f.Site.Issues.Select(f.Renderer.RenderIssueContent)
            .Concat(f.Site.Stories.Select(f.Renderer.RenderStoryContent)).ToList();
        Assert.NotEmpty(fragments);
        foreach (var html in fragments)
        {
            var (result, simple) = Rewrite(html);
            Assert.True(simple, html);
            Assert.Contains("href=\"https://example.org/", result, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("<script>alert(1)</script> \"q\" & {{ 1+1 }} 'it's' \u00A0 😀")]
    [InlineData("AT&T <b>\"quoted\"</b> ]]> 😀 丨\u0001\r\n")]
    public void The_themes_feed_fragments_with_hostile_text_agree(string hostile)
    {
        var f = new RenderFixture(SampleSite.Create(hostile, hostile + " said the mayor."));
        foreach (var html in f.Site.Issues.Select(f.Renderer.RenderIssueContent).Concat(f.Site.Stories.Select(f.Renderer.RenderStoryContent)))
        {
            Rewrite(html);
        }
    }

    /// <summary>
    /// Random fragments built from the subset's pieces and from near misses (other tags, references,
    /// quoting, characters, misnesting): both paths must agree on every one, and many must take the one-pass path.
    /// </summary>
    [Fact]
    public void Random_fragments_give_the_same_bytes_on_both_paths()
    {
        // The subset's elements (more often the theme's), then others.
        string[] tags =
        [
            "p", "p", "div", "section", "article", "aside", "h2", "h3", "dl", "dt", "dd", "ul", "ol", "li", "li", "a", "a", "span", "time",
            "em", "strong", "b", "i", "code", "small", "q", "cite", "blockquote", "figure", "figcaption", "sup",
            "address", "footer", "header", "main", "nav", "h1", "h4", "h5", "h6", "s", "u", "abbr", "bdi", "data", "del", "dfn", "ins",
            "kbd", "mark", "samp", "sub", "var",
            "table", "td", "pre", "textarea", "script", "button", "font", "nobr", "svg", "select", "option", "label", "center", "menu",
        ];
        const int CleanTags = 53;
        string[] voids = ["br", "img", "hr", "wbr", "input", "image"];
        string[] attributes = ["href", "src", "srcset", "poster", "cite", "class", "id", "title", "alt", "datetime", "aria-label", "data-x"];
        string[] values =
        [
            "/issues/y/", "y.png", "../z/", "#s", "//cdn.example.net/a", "https://o.example/a?b=1&amp;c=2", "mailto:e@example.org",
            "", " /pad/ ", "a.png 1x, /b.png 2x", "x &quot;q&quot; &#39;s&#39; &lt;t&gt;", "a<b>'c'", "\u00A0", "&copy;", "a&b", "丨😀",
        ];
        string[] texts =
        [
            "\n", " ", "text", "AT&amp;T", "&lt;b&gt;", "&quot;q&quot;", "&#39;", "a > b", "\"'", "\u00A0", "丨", "😀", "&nbsp;",
            "& ", "<", "\r\n", "\t", "\u0001", "href=&quot;/x/&quot;", "<!-- c -->", "&#x2F;",
        ];
        // Pieces the one-pass path accepts, so that about half the cases mostly stay inside the subset
        // and exercise its nesting rules (p in p, li in li, a in a, headings in headings ...).
        string[] cleanTags = tags[..CleanTags];
        string[] cleanValues = values[..12];
        string[] cleanTexts = texts[..12];
        var random = new Random(20261202);
        var simple = 0;
        const int Cases = 4000;
        for (var n = 0; n < Cases; n++)
        {
            var clean = random.Next(2) == 0;
            var html = new StringBuilder();
            var open = new List<string>();
            var steps = random.Next(1, 30);
            for (var s = 0; s < steps; s++)
            {
                var roll = random.Next(100);
                if (roll < 30) html.Append(Pick(clean ? cleanTexts : texts));
                else if (roll < 55 || open.Count == 0)
                {
                    var tag = Pick(clean ? cleanTags : tags);
                    html.Append('<').Append(!clean && random.Next(40) == 0 ? tag.ToUpperInvariant() : tag).Append(Attributes(clean));
                    html.Append(!clean && random.Next(40) == 0 ? "/>" : ">");
                    open.Add(tag);
                }
                else if (roll < 62) html.Append('<').Append(Pick(clean ? voids[..4] : voids)).Append(Attributes(clean)).Append('>');
                else
                {
                    // Usually close the innermost element, sometimes another one or a stray tag.
                    var index = random.Next(clean ? 100 : 10) == 0 ? random.Next(open.Count) : open.Count - 1;
                    html.Append("</").Append(!clean && random.Next(30) == 0 ? Pick(tags) : open[index]).Append('>');
                    open.RemoveAt(index);
                }
            }
            if (clean || random.Next(4) > 0)
            {
                for (var k = open.Count - 1; k >= 0; k--) html.Append("</").Append(open[k]).Append('>');
            }
            var fragment = html.ToString();
            var rewriter = new HtmlUrlRewriter(Settings);
            var expected = rewriter.MakeAbsoluteByParsing(fragment, PageUrl);
            var actual = rewriter.MakeAbsolute(fragment, PageUrl);
            Assert.True(expected == actual, $"case {n}: {fragment}\nparsed:   {expected}\none pass: {actual}");
            if (SimpleHtml.TryMakeAbsolute(fragment, v => v, v => v) is not null) simple++;
        }
        Assert.InRange(simple, Cases / 5, Cases);

        string Pick(string[] from) => from[random.Next(from.Length)];

        string Attributes(bool clean)
        {
            var text = new StringBuilder();
            var count = random.Next(4);
            for (var a = 0; a < count; a++)
            {
                var separator = clean ? " " : random.Next(30) == 0 ? "\n" : random.Next(30) == 0 ? "  " : " ";
                var name = Pick(attributes);
                var value = Pick(clean ? cleanValues : values);
                text.Append(separator).Append(!clean && random.Next(40) == 0 ? name.ToUpperInvariant() : name);
                text.Append((clean ? 3 : random.Next(20)) switch
                {
                    0 => $"='{value}'",
                    1 => value.Length > 0 && !value.Contains(' ') ? $"={value}" : $"=\"{value}\"",
                    2 => "",
                    _ => $"=\"{value}\"",
                });
            }
            return text.ToString();
        }
    }
}
