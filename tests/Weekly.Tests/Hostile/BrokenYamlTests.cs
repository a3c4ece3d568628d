using System.Text;
using Weekly.Core;
using Weekly.Modules;
using Weekly.Seeds;
using Weekly.Settings;
using Weekly.Tagging;
using Weekly.Tests.TestKit;
using SeedText = Weekly.Tests.TestKit.SeedText;

namespace Weekly.Tests.Hostile;

/// <summary>
/// Every YAML file Weekly reads (site.yml, sections.yml, topics.yml, a page's and a seed's front matter) refuses broken
/// YAML with exactly one "not valid YAML" error at a line and column inside the text, and never throws: YamlDotNet's
/// scanner throws an InvalidOperationException, not a YamlException, for some truncated input (<c>- name: [bad</c>
/// at the end of the file), which used to crash the build with a stack trace.
/// </summary>
public class BrokenYamlTests
{
    /// <summary>Broken YAML texts, each on lines 1–3; the first ones end inside a bracket or quote with no newline.</summary>
    public static readonly string[] Broken =
    [
        "- name: [bad",
        "- name: {bad",
        "title: \"unclosed",
        "title: 'unclosed",
        "a: b\n  c: d\n: e",
        "title: x\n\tnumber: 1",
        "@title: x",
        "title: *missing",
        "- a\nb: c",
        "title: [a, b\nnumber: 2\n",
        "title: a\ntitle: b\n",
    ];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var loader in new[] { "site.yml", "sections.yml", "topics.yml", "seed front matter", "page front matter" })
        {
            foreach (var yaml in Broken) data.Add(loader, yaml);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_yaml_is_one_error_with_a_position_never_an_exception(string loader, string yaml)
    {
        var (diagnostics, code, firstLine) = Load(loader, yaml);
        var all = diagnostics.Sorted();
        var error = Assert.Single(all, d => d.Severity == Severity.Error);
        Assert.Equal(code, error.Code);
        Assert.InRange(error.Line, firstLine, firstLine + 3);
        Assert.InRange(error.Column, 1, 40);
        Assert.DoesNotContain("(Line:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_that_are_lists_or_null_are_the_loaders_own_diagnostic_never_a_crash()
    {
        const string Yaml = "[a]: 1\n[b]: 2\n~: 3\nnull: 4\n";
        var found = new[] { "site.yml", "sections.yml", "topics.yml", "page front matter" }
            .Select(loader => loader + ": " + string.Join(", ", Load(loader, Yaml).Diagnostics.Sorted().Select(d => $"{d.Line}:{d.Column} {d.Code}")));
        Assert.Equal(
            [
                "site.yml: 1:1 WK0003, 2:1 WK0003, 3:1 WK0003, 4:1 WK0003", // each an unknown setting, ignored
                "sections.yml: 1:1 WK0631",                                 // not a list of name entries
                "topics.yml: 1:1 WK0601",                                   // not a list of topic mappings
                "page front matter: ",                                      // keys a page does not use are ignored, as Hugo's are
            ],
            found);
    }

    /// <summary>Runs one loader on the text; returns its diagnostics, its syntax code and the file line the text starts on.</summary>
    private static (DiagnosticBag Diagnostics, string Code, int FirstLine) Load(string loader, string yaml)
    {
        var diagnostics = new DiagnosticBag();
        switch (loader)
        {
            case "site.yml":
                SiteSettingsLoader.Parse(yaml, diagnostics);
                return (diagnostics, "WK0001", 1);
            case "sections.yml":
                SectionNamesFile.Parse(yaml, "input/sections.yml", diagnostics);
                return (diagnostics, "WK0630", 1);
            case "topics.yml":
                TopicTaxonomy.Parse(yaml, "input/topics.yml", diagnostics);
                return (diagnostics, "WK0600", 1);
            case "seed front matter":
                SeedParser.Parse("seeds/2020-01-06-x.txt", Encoding.UTF8.GetBytes(SeedText.Issue("X", yaml, SeedText.Beijing)), diagnostics, RealSections.Names);
                return (diagnostics, "WK0111", 2);
            default:
                var context = new BuildContext();
                new ExtractFrontMatter().Execute([Document.Create("input/pages/p.md", DocumentContent.FromText("---\n" + yaml + "\n---\nBody\n"))], context);
                foreach (var d in context.Diagnostics.Sorted()) diagnostics.Add(d);
                return (diagnostics, "WK0710", 2);
        }
    }
}
