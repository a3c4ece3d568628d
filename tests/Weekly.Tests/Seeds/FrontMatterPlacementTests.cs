using System.Text;
using Weekly.Core;
using Weekly.Seeds;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Seeds;

/// <summary>
/// Issue #16, item 4: front matter where editors put it (after blank lines, lines of spaces, a BOM, in CRLF, indented) is
/// read, its <c>draft: true</c> honoured; a front-matter-looking block further down is an error, never body text.
/// </summary>
public class FrontMatterPlacementTests
{
    private const string Block = "---\ntitle: From front matter\ndraft: true\n---\n";

    private const string Body = "Industry Blockchain Weekly 丨 From the title line\n\nRecently, the intro.\n\n\n"
        + "Government Updates: Local plans\n\nFuzhou: City launches a pilot zone\n\nOn January 4, 2020, Fuzhou said so.\n\n\nThe commentary.\n";

    public static TheoryData<string, byte[]> Variants() => new()
    {
        { "blank lines", Encoding.UTF8.GetBytes("\n\n" + Block + Body) },
        { "lines of spaces and tabs", Encoding.UTF8.GetBytes("   \n\t\n" + Block + Body) },
        { "BOM and blank lines", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("\n\n" + Block + Body)] },
        { "CRLF after a blank line", Encoding.UTF8.GetBytes(("\n" + Block + Body).Replace("\n", "\r\n", StringComparison.Ordinal)) },
        { "indented fences", Encoding.UTF8.GetBytes("\n  ---\n  title: From front matter\n  draft: true\n  ---\n" + Body) },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Front_matter_after_what_editors_leave_at_the_top_is_read(string variant, byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        var issue = SeedParser.Parse("seeds/2020-01-06-x.txt", bytes, diagnostics, RealSections.Names);
        Assert.True(issue is not null, variant);
        Assert.Equal([], diagnostics.Sorted().Select(d => d.ToString()));
        Assert.Equal("From front matter", issue.Title);
        Assert.True(issue.Draft, variant);
        Assert.Equal("Industry Blockchain Weekly", issue.Newsletter);
        Assert.Equal("Fuzhou: City launches a pilot zone", Assert.Single(Assert.Single(issue.Sections).Stories).Headline);
    }

    [Fact]
    public void Errors_in_front_matter_after_blank_lines_name_the_file_s_own_lines()
    {
        var diagnostics = new DiagnosticBag();
        SeedParser.Parse("seeds/2020-01-06-x.txt", Encoding.UTF8.GetBytes("\n\n---\ntitle: x\nnumber: many\n---\n" + Body), diagnostics, RealSections.Names);
        Assert.Equal(["seeds/2020-01-06-x.txt:5 WK0114"], diagnostics.Sorted().Select(d => $"{d.File}:{d.Line} {d.Code}"));

        diagnostics = new DiagnosticBag();
        SeedParser.Parse("seeds/2020-01-06-x.txt", Encoding.UTF8.GetBytes("\n\n---\ntitle: x\n" + Body), diagnostics, RealSections.Names);
        Assert.Contains("seeds/2020-01-06-x.txt:3:1: error WK0110: front matter opened on line 3 is not closed", diagnostics.Sorted().Select(d => d.ToString()).First(d => d.Contains("WK0110", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_front_matter_block_after_the_title_line_is_an_error_at_its_line()
    {
        var seed = "Industry Blockchain Weekly 丨 Title first\n\n" + Block + "\nRecently, the intro.\n";
        var diagnostics = new DiagnosticBag();
        SeedParser.Parse("seeds/2020-01-06-x.txt", Encoding.UTF8.GetBytes(seed), diagnostics, RealSections.Names);
        var error = Assert.Single(diagnostics.Sorted(), d => d.Code == "WK0118");
        Assert.Equal(
            "seeds/2020-01-06-x.txt:3:1: error WK0118: this looks like front matter (---, title: ..., ---) but it is not at the top of the seed, so it is not read "
            + "(move it to the top of the file (only blank lines may come before its first ---), or remove it)",
            error.ToString());
    }

    [Fact]
    public void Dashes_around_a_headline_are_not_taken_for_front_matter()
    {
        var seed = Body + "\n---\nFuzhou: Another headline\n---\n";
        var diagnostics = new DiagnosticBag();
        SeedParser.Parse("seeds/2020-01-06-x.txt", Encoding.UTF8.GetBytes(seed), diagnostics, RealSections.Names);
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.Code == "WK0118");
    }

    [Fact]
    public void A_draft_after_a_blank_line_is_not_published()
    {
        using var site = new TestSite("-- seeds/2020-01-06-draft.txt --\n\n" + Block + Body + "-- seeds/2020-01-13-live.txt --\n" + Body.Replace("From the title line", "Live", StringComparison.Ordinal));
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());
        Assert.True(result.Has("issues/2020-01-13-live/index.html"));
        Assert.False(result.Has("issues/2020-01-06-draft/index.html"));
        Assert.DoesNotContain("draft: true", result.Text("index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("From front matter", result.Text("feed.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_with_a_front_matter_block_below_the_title_line_does_not_build()
    {
        using var site = new TestSite("-- seeds/2020-01-06-late.txt --\nIndustry Blockchain Weekly 丨 Late\n" + Block + "\nRecently, the intro.\n\n\n"
            + "Government Updates: Local plans\n\nFuzhou: City launches a pilot zone\n\nOn January 4, 2020, Fuzhou said so.\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "WK0118" && d.File == "seeds/2020-01-06-late.txt" && d.Line == 2 && d.Column == 1);
    }

    public static TheoryData<string, string, string> Misfenced() => new()
    {
        { "+++\ndraft = true\n+++\n", "1:1 WK0119", "\"+++\" (TOML front matter" },
        { "\n+++\ntitle = \"x\"\ndraft = true\n+++\n", "2:1 WK0119", "\"+++\" (TOML front matter" },
        { "----\ndraft: true\n----\n", "1:1 WK0119", "\"----\" (4 hyphens, not 3)" },
        { "—\ndraft: true\n—\n", "1:1 WK0119", "\"—\" (a dash that a word processor made of ---)" },
        { "___\ndraft: true\n___\n", "1:1 WK0119", "\"___\" (a Markdown rule" },
        { "***\ndraft: true\n***\n", "1:1 WK0119", "\"***\" (a Markdown rule" },
        { "---\ndraft: true\n—\n", "3:1 WK0119", "\"—\" (a dash that a word processor made of ---)" },
        { "---\ntitle: x\ndraft: true\n+++\n", "4:1 WK0119", "\"+++\" (TOML front matter" },
        { "draft: true\n", "1:1 WK0120", "\"draft: true\" looks like front matter, but no --- line comes before it" },
        { "title: x\ndraft: true\n---\n", "1:1 WK0120", "\"title: x\" looks like front matter" },
    };

    [Theory]
    [MemberData(nameof(Misfenced))]
    public void Front_matter_fenced_the_wrong_way_or_not_at_all_is_an_error_at_its_fence(string top, string expected, string message)
    {
        var diagnostics = new DiagnosticBag();
        var issue = SeedParser.Parse("seeds/2020-01-06-x.txt", Encoding.UTF8.GetBytes(top + Body), diagnostics, RealSections.Names);
        var errors = diagnostics.Sorted().Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal([expected], errors.Select(d => $"{d.Line}:{d.Column} {d.Code}"));
        Assert.Contains(message, errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("between two lines holding only ---", errors[0].ToString(), StringComparison.Ordinal);
        // The block is skipped, not read as the title line or the intro.
        Assert.Equal("From the title line", issue!.Title);
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.Code is "WK0202" or "WK0908");
    }

    [Fact]
    public void A_toml_draft_is_not_published()
    {
        using var site = new TestSite("-- seeds/2020-01-06-draft.txt --\n+++\ndraft = true\n+++\n" + Body);
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Equal(["seeds/2020-01-06-draft.txt:1:1 WK0119"], result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => $"{d.File}:{d.Line}:{d.Column} {d.Code}"));
        Assert.False(result.Has("issues/2020-01-06-draft/index.html"));
    }

    [Fact]
    public void A_wrongly_fenced_block_below_the_title_line_is_an_error_too()
    {
        var seed = "Industry Blockchain Weekly 丨 Title first\n\n+++\ndraft = true\n+++\n\nRecently, the intro.\n";
        var diagnostics = new DiagnosticBag();
        SeedParser.Parse("seeds/2020-01-06-x.txt", Encoding.UTF8.GetBytes(seed), diagnostics, RealSections.Names);
        Assert.Equal(["3:1 WK0119"], diagnostics.Sorted().Where(d => d.Code is "WK0118" or "WK0119").Select(d => $"{d.Line}:{d.Column} {d.Code}"));
    }

    [Fact]
    public void Rules_and_lines_that_only_look_like_keys_are_not_front_matter()
    {
        var seed = "Industry Blockchain Weekly 丨 Rules\n\n***\n\nRecently, the intro.\n\n----\nFuzhou: Not a key\n----\n" + Body[Body.IndexOf('\n', StringComparison.Ordinal)..];
        var diagnostics = new DiagnosticBag();
        SeedParser.Parse("seeds/2020-01-06-x.txt", Encoding.UTF8.GetBytes(seed), diagnostics, RealSections.Names);
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.Code is "WK0118" or "WK0119" or "WK0120");
    }

    [Theory]
    [InlineData("Industry Blockchain Weekly 丨 Title first\n\ndraft: true\n\nRecently, the intro.\n", "3:1 WK0120")]
    [InlineData("Industry Blockchain Weekly 丨 Title first\n\ndraft = true\ndate = 2020-01-06\n\nRecently, the intro.\n", "3:1 WK0120")]
    public void A_paragraph_of_front_matter_keys_without_fences_below_the_title_is_an_error(string seed, string expected)
    {
        var diagnostics = new DiagnosticBag();
        SeedParser.Parse("seeds/2020-01-06-x.txt", Encoding.UTF8.GetBytes(seed), diagnostics, RealSections.Names);
        Assert.Equal([expected], diagnostics.Sorted().Where(d => d.Severity == Severity.Error).Select(d => $"{d.Line}:{d.Column} {d.Code}"));
    }

    [Fact]
    public void A_sentence_that_starts_with_a_key_word_is_text()
    {
        var seed = "Industry Blockchain Weekly 丨 Title first\n\nsummary: the week in one line, and more text after it.\nRecently, the intro.\n";
        var diagnostics = new DiagnosticBag();
        SeedParser.Parse("seeds/2020-01-06-x.txt", Encoding.UTF8.GetBytes(seed), diagnostics, RealSections.Names);
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.Code == "WK0120");
    }
}
