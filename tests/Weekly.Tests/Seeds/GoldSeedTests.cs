using System.Globalization;
using Weekly.Core;
using Weekly.Seeds;
using Weekly.Tests.TestKit;
using YamlDotNet.RepresentationModel;

namespace Weekly.Tests.Seeds;

/// <summary>
/// Each gold case (the real seed against ../shared/gold, and the team's cases in Data/cases) against its labels: every
/// field the gold lists, all mismatches in one message.
/// </summary>
public class GoldSeedTests
{
    [Theory]
    [MemberData(nameof(GoldIssue.Names), MemberType = typeof(GoldIssue))]
    public void Seed_matches_the_gold_labels(string name)
    {
        var gold = LoadGold(GoldIssue.Case(name).GoldPath);
        var diagnostics = new DiagnosticBag();
        var issue = SeedParser.Parse("seeds/" + name + ".txt", File.ReadAllBytes(GoldIssue.Case(name).SeedPath), diagnostics, RealSections.Names);
        Assert.NotNull(issue);

        var mismatches = new List<string>();
        void Check(string what, object? expected, object? actual)
        {
            if (!Equals(expected, actual)) mismatches.Add($"{what}: expected <{expected}>, got <{actual}>");
        }

        var head = (YamlMappingNode)gold["issue"];
        Check("newsletter", Text(head, "newsletter"), issue.Newsletter);
        Check("title", Text(head, "title"), issue.Title);
        Check("date", Text(head, "date"), Format(issue.Date));
        Check("sections", Text(head, "sections"), Count(issue.Sections.Count));
        Check("stories", Text(head, "stories"), Count(issue.Stories.Count()));
        Check("commentaries", Text(head, "commentaries"), Count(issue.Sections.Count(s => s.Commentary.Count > 0)));
        Check("previous_issue_title", Text(head, "previous_issue_title"), issue.Previous?.Title);
        Check("intro paragraphs", Text(head, "intro_paragraphs") ?? "1", Count(issue.Intro.Count));
        Check("unplaced", 0, issue.Unplaced.Count);
        var warnings = head.Children.TryGetValue(new YamlScalarNode("warnings"), out var listed)
            ? string.Join(" ", ((YamlSequenceNode)listed).Cast<YamlScalarNode>().Select(n => n.Value)) : "";
        Check("diagnostics", warnings, string.Join(" ", diagnostics.Sorted().Select(d => d.Code)));

        var sections = (YamlSequenceNode)gold["sections"];
        for (var s = 0; s < sections.Children.Count; s++)
        {
            var expected = (YamlMappingNode)sections.Children[s];
            if (s >= issue.Sections.Count)
            {
                mismatches.Add($"section {s + 1} ({Text(expected, "name")}) is missing");
                continue;
            }

            var section = issue.Sections[s];
            var where = $"section {s + 1}";
            Check(where + " name", Text(expected, "name"), section.Name);
            Check(where + " title", Text(expected, "title"), section.Title);
            var start = Text(expected, "commentary_starts") ?? "";
            var commentary = section.Commentary.Count > 0 ? section.Commentary[0].Text : "";
            if (start.Length == 0 ? commentary.Length > 0 : !commentary.StartsWith(start, StringComparison.Ordinal))
                mismatches.Add($"{where} commentary: expected {(start.Length == 0 ? "none" : $"to start <{start}>")}, got <{Clip(commentary)}>");

            var stories = (YamlSequenceNode)expected["stories"];
            Check(where + " story count", stories.Children.Count, section.Stories.Count);
            for (var t = 0; t < Math.Min(stories.Children.Count, section.Stories.Count); t++)
            {
                var story = (YamlMappingNode)stories.Children[t];
                var actual = section.Stories[t];
                var at = $"{where} story {t + 1}";
                Check(at + " headline", Text(story, "headline"), actual.Headline);
                Check(at + " date", Text(story, "date"), actual.Date is { } d ? Format(d) : null);
                Check(at + " paragraphs", Text(story, "paragraphs") ?? "1", Count(actual.Paragraphs.Count));
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} mismatches with the gold:\n" + string.Join("\n", mismatches));
    }

    private static YamlMappingNode LoadGold(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string? Text(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: var v } && v is not ("null" or "~") ? v : null;

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Clip(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
