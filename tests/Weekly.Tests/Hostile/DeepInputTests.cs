using Weekly.Tests.TestKit;

namespace Weekly.Tests.Hostile;

/// <summary>
/// Input nested deep enough to overflow a recursive parser (YamlDotNet's loaders) or to trip Markdig's
/// depth limit is an error at its file and line, never a crashed build.
/// </summary>
public class DeepInputTests
{
    [Fact]
    public void Deep_yaml_and_markdown_in_pages_are_errors_not_crashes()
    {
        using var site = new TestSite();
        site.Write("seeds/2020-01-06-a.txt", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "Seeds", "001-single-blank-lines.txt")));
        site.Write("input/pages/deep-yaml.md", "---\ntitle: " + new string('[', 50_000) + "\n---\nBody\n");
        site.Write("input/pages/deep-markdown.md", "---\ntitle: Deep\n---\n" + new string('>', 50_000) + " x\n");
        var result = site.Build();
        Assert.Equal(
        [
            "input/pages/deep-markdown.md:1:1: error WK0403",
            "input/pages/deep-yaml.md:2:71: error WK0710",
        ], result.Diagnostics.Where(d => d.Severity == Weekly.Core.Severity.Error).Select(d => $"{d.File}:{d.Line}:{d.Column}: error {d.Code}"));
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Deep_front_matter_in_a_seed_is_an_error_and_the_rest_still_parses()
    {
        var diagnostics = new Weekly.Core.DiagnosticBag();
        var issue = Weekly.Seeds.SeedParser.Parse("seeds/2020-01-06-deep.txt", System.Text.Encoding.UTF8.GetBytes("---\ntitle: " + new string('[', 100_000) + "\n---\nWeekly 丨 Deep\n\nRecently, the intro.\n"), diagnostics);
        Assert.Equal(["seeds/2020-01-06-deep.txt:2:71: error WK0111: front matter is not valid YAML: it nests lists and mappings deeper than 64 levels"],
            diagnostics.Sorted().Where(d => d.Code == "WK0111").Select(d => d.ToString().Split(" (check")[0]));
        Assert.Equal("Deep", issue!.Title);
    }
}
