using System.Text;
using Weekly.Core;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Site;

/// <summary>Bad input files other than seed bodies: a clear error at file:line:column, and the build stops.</summary>
public class InputFileErrorTests
{
    private static readonly string Seed = "-- seeds/2020-01-13-a.txt --\n" + SeedText.Issue("Pilots", "date: 2020-01-13", SeedText.Fuzhou);

    private const string Conflict = "<<<<<<< HEAD\nmine\n=======\ntheirs\n>>>>>>> feature\n";

    private static Diagnostic[] Errors(BuildResult result, string code) => result.Diagnostics.Where(d => d.Code == code).ToArray();

    [Theory]
    [InlineData("seeds/2020-01-20-b.txt", "Industry Blockchain Weekly 丨 B\n\nIntro.\n\n\n", 6)]
    [InlineData("input/pages/about.md", "---\ntitle: About\n---\nText.\n", 5)]
    [InlineData("theme/partials/footer.scriban", "<footer></footer>\n", 2)]
    [InlineData("theme/layouts/page.scriban", "{{ page.title }}\n", 2)]
    [InlineData("input/static/_redirects", "/old /new 301\n", 2)]
    [InlineData("input/site.yml", "title: Weekly\n", 2)]
    [InlineData("input/topics.yml", "- slug: finance\n", 2)]
    [InlineData("input/sections.yml", "sections:\n", 2)]
    public void Git_conflict_markers_in_any_text_input_are_an_error_at_each_marker_line_and_the_build_stops(string file, string before, int firstLine)
    {
        using var site = new TestSite(Seed);
        site.Write(file, before + Conflict);
        var result = site.Build();
        Assert.False(result.Succeeded);
        var conflicts = Errors(result, "WK0008");
        Assert.Equal([(file, firstLine, 1), (file, firstLine + 2, 1), (file, firstLine + 4, 1)], conflicts.Select(d => (d.File, d.Line, d.Column)));
        Assert.Contains("unresolved merge conflict", conflicts[0].Message, StringComparison.Ordinal);
        Assert.Contains("delete the marker lines", conflicts[0].Hint, StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void A_seed_with_conflict_markers_is_not_parsed_so_neither_version_becomes_a_story()
    {
        using var site = new TestSite(Seed + "-- seeds/2020-01-20-b.txt --\n" + SeedText.Issue("B", "date: 2020-01-20",
            ("Beijing: Pilot one", "<<<<<<< HEAD\nOn January 3, Beijing did one thing.\n=======\nOn January 3, Beijing did another.\n>>>>>>> other")));
        var result = site.Build();
        Assert.Equal(3, Errors(result, "WK0008").Length);
        Assert.DoesNotContain(result.Diagnostics, d => d.File == "seeds/2020-01-20-b.txt" && d.Code != "WK0008");
    }

    [Fact]
    public void A_line_that_only_starts_like_a_marker_is_text()
    {
        using var site = new TestSite(Seed + "-- input/pages/about.md --\n---\ntitle: About\n---\n<<<<<<<<< not a marker\n========= nor this\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());
    }

    [Theory]
    [InlineData("input/site.yml", "title: Caf\u00e9 Weekly\n", 1252, "Windows-1252", 1, 11)]
    [InlineData("input/topics.yml", "- slug: finance\n  name: 金融\n  keywords: [bank]\n", 54936, "GB18030", 2, 9)]
    [InlineData("input/sections.yml", "sections:\n  - 政务\n", 54936, "GB18030", 2, 5)]
    [InlineData("input/pages/about.md", "---\ntitle: About\n---\nWe \u201cwrite\u201d.\n", 1252, "Windows-1252", 4, 4)]
    [InlineData("theme/partials/footer.scriban", "<footer>\u00a9 us</footer>\n", 1252, "Windows-1252", 1, 9)]
    public void A_text_input_in_a_legacy_encoding_is_an_error_at_its_line_and_column_naming_the_encoding(string file, string text, int codePage, string encoding, int line, int column)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var site = new TestSite(Seed);
        site.WriteBytes(file, Encoding.GetEncoding(codePage).GetBytes(text));
        var result = site.Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(Errors(result, "WK0006"));
        Assert.Equal((file, line, column), (error.File, error.Line, error.Column));
        Assert.Contains(encoding, error.Hint, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains('\uFFFD', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("input/site.yml", "WK0017")]
    [InlineData("input/topics.yml", "WK0017")]
    [InlineData("input/sections.yml", "WK0017")]
    public void An_input_that_cannot_be_read_is_reported_at_that_file_not_as_the_output_folder(string file, string code)
    {
        // A folder where the file is expected fails to read as chmod 000 does (which root, running CI, could still read).
        using var site = new TestSite(Seed);
        File.Delete(Path.Combine(site.Root, file));
        Directory.CreateDirectory(Path.Combine(site.Root, file));
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.Code == code);
        Assert.Equal(file, error.File);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "WK0016");
    }

    [Fact]
    public void The_shared_reader_reports_a_file_it_cannot_read_with_the_code_it_is_given()
    {
        // The theme reads its layouts and partials with it (WK0705): the theme lists only files, so a folder cannot stand in there.
        using var dir = new TempDirectory();
        var diagnostics = new DiagnosticBag();
        Directory.CreateDirectory(dir.Combine("footer.scriban"));
        Assert.Null(Weekly.IO.TextInput.ReadFile(dir.Combine("footer.scriban"), "theme/partials/footer.scriban", diagnostics, Weekly.Diagnostics.Codes.TemplateUnreadable));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("WK0705", "theme/partials/footer.scriban"), (error.Code, error.File));
    }

    [Fact]
    public void The_build_command_reports_an_unreadable_input_with_WK0017_and_keeps_WK0016_for_the_output_folder()
    {
        using var site = new TestSite(Seed);
        File.Delete(Path.Combine(site.Root, "input/site.yml"));
        Directory.CreateDirectory(Path.Combine(site.Root, "input/site.yml"));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Weekly.Cli.BuildCommand.Run(site.Root, "output", null, false, false, false, stdout, stderr);
        Assert.Equal(1, code);
        Assert.Contains("input/site.yml:1:1: error WK0017", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("WK0016", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "output")));
    }
}
