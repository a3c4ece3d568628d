using System.Globalization;
using Weekly.Core;
using Weekly.Rendering;
using Weekly.Rendering.Markup;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Rendering;

public class ThemeTests
{
    private static Theme Build(DiagnosticBag bag, params (string Path, string Text)[] files)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal) { ["layouts/base.scriban"] = "[{{ content }}]" };
        foreach (var (path, text) in files) all[path] = text;
        return Theme.FromSources(all, bag);
    }

    private static Dictionary<string, object?> Globals(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    [Fact]
    public void A_page_longer_than_a_megabyte_is_rendered_whole()
    {
        var bag = new DiagnosticBag();
        var theme = Build(bag, ("layouts/x.scriban", "{{ for p in page.paragraphs }}<p>{{ p }}</p>{{ end }}<p>{{ page.last }}</p>"));
        var paragraph = new string('a', 1000);
        var html = theme.Render("x", Globals(("page", new Dictionary<string, object?> { ["paragraphs"] = Enumerable.Repeat(paragraph, 1500).ToList(), ["last"] = "the end" })), bag);
        Assert.Empty(bag.Sorted());
        Assert.Equal(2 + 1500 * (paragraph.Length + 7) + "<p>the end</p>".Length, html.Length);
        Assert.EndsWith("<p>the end</p>]", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Syntax_error_is_a_diagnostic_with_file_line_and_column()
    {
        var bag = new DiagnosticBag();
        var theme = Build(bag, ("layouts/x.scriban", "<p>\n  {{ for }}\n</p>\n"));
        Assert.Equal(
            ["theme/layouts/x.scriban:2:10: error WK0701: Template syntax: Error while parsing for statement: Expecting <expression> instead of `}}` in: for <variable> in <expression> ... end (fix the template at this line)"],
            bag.Sorted().Select(d => d.ToString()));
        Assert.False(theme.TryGetLayout("x", out _));
        Assert.Equal("", theme.Render("x", Globals(), bag));
        Assert.DoesNotContain(bag.Sorted(), d => d.Code == "WK0703");
    }

    [Fact]
    public void Syntax_error_in_the_real_theme_folder_layout_is_reported_at_its_path()
    {
        var dir = Directory.CreateTempSubdirectory("weekly-theme-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "layouts"));
            File.WriteAllText(Path.Combine(dir.FullName, "layouts", "base.scriban"), "{{ content }}");
            File.WriteAllText(Path.Combine(dir.FullName, "layouts", "issue.scriban"), "line one\nline two {{ if x }}\n");
            var bag = new DiagnosticBag();
            Theme.Load(dir.FullName, bag);
            var d = Assert.Single(bag.Sorted());
            Assert.Equal(("theme/layouts/issue.scriban", 2, Severity.Error, "WK0701"), (d.File, d.Line, d.Severity, d.Code));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Runtime_error_is_a_diagnostic_at_the_failing_expression()
    {
        var bag = new DiagnosticBag();
        var theme = Build(bag, ("layouts/x.scriban", "ok\n  {{ missing.name }}"));
        Assert.Equal("", theme.Render("x", Globals(), bag));
        Assert.Equal(["theme/layouts/x.scriban:2:6: error WK0702: Template error: The variable or function `missing` was not found"],
            bag.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void Unknown_layout_and_partial_are_diagnostics()
    {
        var bag = new DiagnosticBag();
        var theme = Build(bag, ("layouts/x.scriban", "{{ include 'nope' }}"));
        Assert.Equal("", theme.Render("y", Globals(), bag));
        Assert.Equal("", theme.Render("x", Globals(), bag));
        Assert.Equal(
        [
            "theme/layouts/x.scriban:1:4: error WK0703: Unknown partial 'nope'. (available: )",
            "theme/layouts/y.scriban:1:1: error WK0703: Unknown layout 'y'. (available: base, x)",
        ], bag.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void Expressions_are_escaped_but_trusted_html_and_partials_are_not()
    {
        var bag = new DiagnosticBag();
        var theme = Build(bag,
            ("layouts/x.scriban", "<p title=\"{{ text }}\">{{ text }}|{{ html }}|{{ include 'p' text }}</p>"),
            ("partials/p.scriban", "<b>{{ $1 }}</b>"));
        var output = theme.Render("x", Globals(("text", "<i>&\"'{{ 1+1 }}"), ("html", new TrustedHtml("<em>ok</em>"))), bag);
        Assert.Empty(bag.Sorted());
        Assert.Equal(
            "[<p title=\"&lt;i&gt;&amp;&quot;&#39;{{ 1+1 }}\">&lt;i&gt;&amp;&quot;&#39;{{ 1+1 }}|<em>ok</em>|<b>&lt;i&gt;&amp;&quot;&#39;{{ 1+1 }}</b></p>]",
            output);
    }

    [Fact]
    public void Dates_and_numbers_use_the_invariant_culture_and_there_is_no_clock()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            var bag = new DiagnosticBag();
            var theme = Build(bag,
                ("layouts/x.scriban", "{{ date.iso d }} {{ date.display d }} {{ n }} {{ 1.5 }}"),
                ("layouts/now.scriban", "{{ date.now }}"));
            var globals = Globals(("d", new DateOnly(2020, 1, 6)), ("n", 12345.5));
            Assert.Equal("[2020-01-06 6 January 2020 12345.5 1.5]", theme.Render("x", globals, bag));
            Assert.Equal("", theme.Render("now", globals, bag));
            Assert.Equal("WK0702", Assert.Single(bag.Sorted()).Code);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Partials_render_in_place_with_their_arguments_whether_included_as_a_statement_or_in_an_expression()
    {
        var bag = new DiagnosticBag();
        var theme = Build(bag,
            ("layouts/x.scriban", "[{{ include 'p' 'a' }}|{{ x = include 'p' 'b' }}{{ x }}|{{ include 'q' }}|{{ for i in 1..2 }}{{ include 'p' i }}{{ end }}]"),
            ("partials/p.scriban", "<{{ $1 }}:{{ $.size }}>"),
            ("partials/q.scriban", "{{ include 'p' '<&>' 'extra' }}"));
        Assert.Equal("[[<a:2>|<b:2>|<&lt;&amp;&gt;:3>|<1:2><2:2>]]", theme.Render("x", Globals(), bag)); // base layout: [content]
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void An_error_inside_an_included_partial_names_the_partial_and_its_line()
    {
        var bag = new DiagnosticBag();
        var theme = Build(bag,
            ("layouts/x.scriban", "before {{ include 'outer' }} after"),
            ("partials/outer.scriban", "o {{ include 'inner' 1 }}"),
            ("partials/inner.scriban", "line one\n{{ $1 }} {{ missing }}"));
        Assert.Equal("", theme.Render("x", Globals(), bag));
        Assert.Equal(["theme/partials/inner.scriban:2:13: error WK0702: Template error: The variable or function `missing` was not found"],
            bag.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void A_base_layout_that_indents_content_indents_every_line_of_the_layout_as_when_it_was_rendered_alone()
    {
        // Scriban indents a multi-line value written after leading white space on every line. The page's
        // layout, rendered where the base writes content, must come out as its own output written there.
        var bag = new DiagnosticBag();
        (string, string)[] partials = [("partials/p.scriban", "P1\nP2")];
        const string layout = "<p>\n{{ ml }}\n{{ include 'p' }}\n</p>";
        foreach (var baseLayout in new[] { "<main>\n  {{ content }}\n</main>", "<main>\n\t{{ content }}{{ content }}\n\t{{ include 'q' }}\n</main>" })
        {
            var theme = Theme.FromSources(new Dictionary<string, string>
            {
                ["layouts/base.scriban"] = baseLayout,
                ["layouts/x.scriban"] = layout,
                ["partials/p.scriban"] = "P1\nP2",
                ["partials/q.scriban"] = "q\n  {{ content }}",
            }, bag);
            var alone = Theme.FromSources(new Dictionary<string, string> { ["layouts/base.scriban"] = layout, ["partials/p.scriban"] = "P1\nP2" }, bag)
                .Render("base", Globals(("ml", "m1\nm2")), bag);
            var expected = theme.Render("base", Globals(("ml", "m1\nm2"), ("content", new TrustedHtml(alone))), bag);
            Assert.Equal(expected, theme.Render("x", Globals(("ml", "m1\nm2")), bag));
        }
        Assert.Equal("<main>\n  <p>\n  m1\n  m2\n  P1\n  P2\n  </p>\n</main>",
            Build(bag, ("layouts/base.scriban", "<main>\n  {{ content }}\n</main>"), ("layouts/x.scriban", layout), partials[0]).Render("x", Globals(("ml", "m1\nm2")), bag));
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void Runaway_loops_and_recursive_partials_are_stopped_with_a_diagnostic()
    {
        var bag = new DiagnosticBag();
        var theme = Build(bag,
            ("layouts/loop.scriban", "{{ for i in 1..1000000 }}{{ end }}"),
            ("layouts/rec.scriban", "{{ include 'self' }}"),
            ("partials/self.scriban", "{{ include 'self' }}"));
        Assert.Equal("", theme.Render("loop", Globals(), bag));
        Assert.Equal("", theme.Render("rec", Globals(), bag));
        Assert.Equal(["theme/layouts/loop.scriban", "theme/partials/self.scriban"],
            bag.Sorted().Select(d => d.File!).Distinct());
        Assert.All(bag.Sorted(), d => Assert.Equal("WK0702", d.Code));
    }

    [Fact]
    public void Parallel_renders_match_a_sequential_render()
    {
        var f = new RenderFixture();
        var expected = f.AllPages().ToList();
        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = f.AllPages().ElementAt(i % expected.Count).Html);
        for (var i = 0; i < results.Length; i++) Assert.Equal(expected[i % expected.Count].Html, results[i]);
        Assert.Empty(f.Diagnostics.Sorted());
    }
}
