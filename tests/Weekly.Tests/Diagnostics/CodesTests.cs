using System.Text;
using System.Text.RegularExpressions;
using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Diagnostics;

/// <summary>The diagnostics catalogue is the one place codes are declared, and the README's table is made from it.</summary>
public partial class CodesTests
{
    private const string TableStart = "<!-- diagnostics table: made from src/Weekly/Diagnostics/Codes*.cs; CodesTests prints it when it differs -->";
    private const string TableEnd = "<!-- end of diagnostics table -->";

    [Fact]
    public void Every_code_is_declared_once_well_formed_and_formats_with_its_arguments()
    {
        var all = Codes.All;
        Assert.True(all.Count >= 70, $"only {all.Count} codes found");
        Assert.Equal(all.Count, all.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
        foreach (var code in all)
        {
            Assert.Matches(CodePattern(), code.Id);
            Assert.False(string.IsNullOrWhiteSpace(code.Summary), code.Id);
            // Braces are never escaped in the catalogue: CompositeFormat keeps "{{" as it is when a text has no placeholder.
            Assert.DoesNotContain("{{", code.Message + code.Hint, StringComparison.Ordinal);
            var args = Enumerable.Range(0, code.ArgumentCount).Select(i => (object)$"<{i}>").ToArray();
            var diagnostic = code.At("seeds/x.txt", 3, 1, args);
            Assert.Equal((code.Id, code.Severity), (diagnostic.Code, diagnostic.Severity));
            Assert.DoesNotContain("{", diagnostic.Message + diagnostic.Hint, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void No_code_is_written_anywhere_else_in_the_source()
    {
        var elsewhere = Directory.EnumerateFiles(Repo.PathOf("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => !f.Contains($"Weekly{Path.DirectorySeparatorChar}Diagnostics{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(Repo.Root, f), Line: i + 1, Text: line)))
            .Where(l => QuotedCode().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(elsewhere.Count == 0, "codes written outside Codes*.cs (add them to the catalogue):\n" + string.Join("\n", elsewhere));
    }

    [Fact]
    public void The_readme_table_is_the_catalogue()
    {
        var readme = File.ReadAllText(Repo.PathOf("README.md"));
        var start = readme.IndexOf(TableStart, StringComparison.Ordinal);
        var end = readme.IndexOf(TableEnd, StringComparison.Ordinal);
        var expected = Table();
        Assert.True(start >= 0 && end > start, $"README.md has no diagnostics table between the markers; add:\n{TableStart}\n{expected}{TableEnd}");
        var actual = readme[(start + TableStart.Length)..end].TrimStart('\n');
        Assert.True(actual == expected, $"README.md's diagnostics table differs from the catalogue; replace it with:\n{expected}");
    }

    /// <summary>The README's table: one row per code, in code order.</summary>
    private static string Table()
    {
        var table = new StringBuilder("| code | severity | meaning |\n| --- | --- | --- |\n");
        foreach (var code in Codes.All)
        {
            table.Append("| ").Append(code.Id).Append(" | ").Append(code.Severity == Severity.Error ? "error" : "warning")
                .Append(" | ").Append(code.Summary.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
        }
        return table.ToString();
    }

    [GeneratedRegex("^WK[0-9]{4}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("\"WK[0-9]{4}\"")]
    private static partial Regex QuotedCode();
}
