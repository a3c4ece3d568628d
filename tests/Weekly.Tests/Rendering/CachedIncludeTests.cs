using Weekly.Core;
using Weekly.Rendering;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Rendering;

/// <summary><c>include_cached</c> (<see cref="ThemeSession"/>): rendered once per build and key, the same text as <c>include</c>, and blind to <c>page</c>.</summary>
public class CachedIncludeTests
{
    /// <summary>A <c>site</c> object that counts how often templates read its title.</summary>
    public sealed class CountingSite
    {
        private int _reads;

        public int Reads => Volatile.Read(ref _reads);

        public string Title
        {
            get
            {
                Interlocked.Increment(ref _reads);
                return "Site <&>";
            }
        }
    }

    private static Theme Build(DiagnosticBag bag, string layout, string partial) =>
        Theme.FromSources(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["layouts/base.scriban"] = "{{ content }}",
            ["layouts/x.scriban"] = layout,
            ["partials/nav.scriban"] = partial,
        }, bag);

    private static Dictionary<string, object?> Globals(object? site, string permalink) =>
        new(StringComparer.Ordinal) { ["site"] = site, ["page"] = new Dictionary<string, object?> { ["permalink"] = permalink, ["section"] = "issues" } };

    /// <summary>Renders a page whose layout and partial are given, expecting no page and exactly one diagnostic, which it returns.</summary>
    private static Diagnostic SingleError(string layout, string partial)
    {
        var bag = new DiagnosticBag();
        var theme = Build(bag, layout, partial);
        Assert.Equal("", theme.Render("x", Globals(new CountingSite(), "/a/"), bag));
        return Assert.Single(bag.Sorted());
    }

    private const string Nav = "{{~ # nav ~}}\n<nav>\n  <a>{{ site.title }}</a>{{ if $1 == 'issues' }} here{{ end }}\n</nav>\n";

    [Fact]
    public void A_partial_is_rendered_once_per_key_and_build_and_writes_what_include_writes()
    {
        var bag = new DiagnosticBag();
        var cached = Build(bag, "<p>{{ page.permalink }}</p>\n{{~ include_cached 'nav' page.section ~}}\n  {{ include_cached 'nav' 'other' }}\n", Nav);
        var plain = Build(bag, "<p>{{ page.permalink }}</p>\n{{~ include 'nav' page.section ~}}\n  {{ include 'nav' 'other' }}\n", Nav);
        var site = new CountingSite();
        var pages = new[] { "/a/", "/b/", "/c/" }.Select(p => cached.Render("x", Globals(site, p), bag)).ToList();

        Assert.Empty(bag.Sorted());
        Assert.Equal(2, site.Reads); // two keys ('issues', 'other'), three pages
        Assert.Equal(new[] { "/a/", "/b/", "/c/" }.Select(p => plain.Render("x", Globals(new CountingSite(), p), bag)), pages);
        Assert.Equal("<p>/b/</p>\n<nav>\n  <a>Site &lt;&amp;&gt;</a> here\n</nav>\n  <nav>\n    <a>Site &lt;&amp;&gt;</a>\n  </nav>\n\n", pages[1]);
    }

    [Fact]
    public void Each_session_has_its_own_cache_and_its_own_site()
    {
        var bag = new DiagnosticBag();
        var theme = Build(bag, "{{ include_cached 'nav' page.section }}", Nav);
        var (first, second) = (new CountingSite(), new CountingSite());
        var (one, other) = (new ThemeSession(theme, first), new ThemeSession(theme, second));
        one.Render("x", Globals(first, "/a/"), bag);
        other.Render("x", Globals(second, "/a/"), bag);
        one.Render("x", Globals(first, "/b/"), bag);
        Assert.Empty(bag.Sorted());
        Assert.Equal((1, 1), (first.Reads, second.Reads));
    }

    [Fact]
    public void Null_and_empty_keys_are_different_keys()
    {
        var bag = new DiagnosticBag();
        var theme = Build(bag, "{{ include_cached 'nav' null }}|{{ include_cached 'nav' '' }}|{{ include_cached 'nav' false }}", "{{ $1 == null }}");
        Assert.Equal("true|false|false", theme.Render("x", Globals(new CountingSite(), "/"), bag));
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void A_cached_partial_that_reads_page_is_a_template_error_at_the_partial()
    {
        var bag = new DiagnosticBag();
        var theme = Build(bag, "{{ include_cached 'nav' }}", "<a>\n{{ page.permalink }}</a>");
        Assert.Equal("", theme.Render("x", Globals(new CountingSite(), "/a/"), bag));
        Assert.Equal(["theme/partials/nav.scriban:2:4: error WK0702: Template error: The variable or function `page` was not found"
            + " (in include_cached 'nav' at theme/layouts/x.scriban:1: a cached partial sees only site and its keys $1…; pass what it needs as a key)"],
            bag.Sorted().Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("content")]
    [InlineData("story")]
    public void A_cached_partial_sees_no_global_but_site_not_even_content(string global)
    {
        var d = SingleError("{{ include_cached 'nav' }}", "{{ " + global + " }}");
        Assert.Equal(("theme/partials/nav.scriban", "WK0702"), (d.File, d.Code));
        Assert.StartsWith($"Template error: The variable or function `{global}` was not found (in include_cached 'nav'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_that_is_an_object_is_a_template_error_naming_what_to_pass()
    {
        var d = SingleError("{{ include_cached 'nav' page }}", "x");
        Assert.Equal(("theme/layouts/x.scriban", 1, "WK0702"), (d.File, d.Line, d.Code));
        Assert.Contains("include_cached keys must be strings, numbers, booleans, null or view models (story, issue, term, page, site…); key 1 is an object. Pass a view model or a field of one instead.", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_view_model_key_is_the_same_object_not_an_equal_one_and_the_partial_reads_it_as_its_argument()
    {
        var bag = new DiagnosticBag();
        var theme = Build(bag, "{{ include_cached 'nav' page.link }}", "<a href=\"{{ $1.url }}\">{{ site.title }}</a>");
        var site = new CountingSite();
        var link = new Weekly.Rendering.ViewModels.LinkView("T", "/a&b/");
        string Page(object key) => theme.Render("x", new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["site"] = site,
            ["page"] = new Dictionary<string, object?> { ["link"] = key },
        }, bag);

        Assert.Equal("<a href=\"/a&amp;b/\">Site &lt;&amp;&gt;</a>", Page(link));
        Page(link);
        Assert.Equal(1, site.Reads);
        Page(new Weekly.Rendering.ViewModels.LinkView("T", "/a&b/")); // equal, not the same: rendered again
        Assert.Equal(2, site.Reads);
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void A_cached_partial_that_includes_itself_stops_with_an_error()
    {
        var d = SingleError("{{ include_cached 'nav' }}", "{{ include_cached 'nav' }}");
        Assert.Equal(("theme/partials/nav.scriban", "WK0702"), (d.File, d.Code));
        Assert.Contains($"include_cached is nested more than {Theme.RecursiveLimit} deep", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Renders_on_many_threads_give_every_page_the_same_text()
    {
        var bag = new DiagnosticBag();
        var theme = Build(bag, "{{ include_cached 'nav' page.section }}", Nav);
        var site = new CountingSite();
        var pages = new string[2000];
        Parallel.For(0, pages.Length, i => pages[i] = theme.Render("x", Globals(site, $"/{i}/"), bag));
        Assert.Empty(bag.Sorted());
        Assert.Single(pages.Distinct());
        Assert.InRange(site.Reads, 1, Environment.ProcessorCount);
    }
}
