using Weekly.Core;
using Weekly.Domain;
using Weekly.Seeds;
using YamlDotNet.Serialization;

namespace Weekly.Tests.Seeds;

/// <summary>
/// Runs every spec case in <c>Specs/Seeds/</c>: <c>NNN-name.txt</c> (the seed, byte-exact) and
/// <c>NNN-name.expected.yaml</c> (the expected structure, see <see cref="SpecProjection"/>). Only the keys
/// the expected file lists are compared, except <c>diagnostics</c>, which is always compared (absent
/// means none). Also checks that every paragraph of the seed is placed exactly once.
/// </summary>
public class SeedSpecTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Specs", "Seeds");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.expected.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file)[..^".expected.yaml".Length]);
        }

        return data;
    }

    [Fact]
    public void There_is_a_seed_for_every_expectation_and_the_other_way_round()
    {
        var seeds = Directory.GetFiles(Folder, "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal);
        var expected = Directory.GetFiles(Folder, "*.expected.yaml").Select(f => Path.GetFileName(f)[..^".expected.yaml".Length]).Order(StringComparer.Ordinal);
        Assert.Equal(expected, seeds);
        Assert.True(seeds.Count() >= 40, "expected the full set of spec cases");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Seed_parses_as_expected(string name)
    {
        var expected = SpecProjection.Normalize(new DeserializerBuilder().Build().Deserialize<object>(File.ReadAllText(Path.Combine(Folder, name + ".expected.yaml"))));
        var expectedMap = Assert.IsType<Dictionary<string, object?>>(expected);
        var path = expectedMap.TryGetValue("path", out var p) && p is string given ? given : "seeds/" + name + ".txt";
        expectedMap.Remove("path");
        if (!expectedMap.ContainsKey("diagnostics")) expectedMap["diagnostics"] = new List<object?>();

        var bytes = File.ReadAllBytes(Path.Combine(Folder, name + ".txt"));
        var diagnostics = new DiagnosticBag();
        var issue = SeedParser.Parse(path, bytes, diagnostics, TestKit.RealSections.Names);
        var actual = SpecProjection.Prune(SpecProjection.Project(issue, diagnostics), expectedMap);

        var serializer = new SerializerBuilder().Build();
        if (Environment.GetEnvironmentVariable("WEEKLY_SPEC_DUMP") is { Length: > 0 } dump)
        {
            // For writing specs: diff <name>.expected.txt against <name>.actual.txt in that folder.
            File.WriteAllText(Path.Combine(dump, name + ".expected.txt"), serializer.Serialize(expectedMap));
            File.WriteAllText(Path.Combine(dump, name + ".actual.txt"), serializer.Serialize(actual));
        }

        Assert.Equal(serializer.Serialize(expectedMap), serializer.Serialize(actual));
        if (issue is not null) AssertEveryParagraphPlacedOnce(path, bytes, issue);
    }

    private static void AssertEveryParagraphPlacedOnce(string path, byte[] bytes, Issue issue)
    {
        var lines = SeedText.ReadLines(path, bytes, new DiagnosticBag())!;
        FrontMatter.Read(lines, path, new DiagnosticBag(), out var bodyStart);
        var items = SeedItem.ReadAll(lines, bodyStart)
            .Where(i => !LineShape.IsBoilerplate(i.Text) && !LineShape.IsPunctuationOnly(i.Text))
            .Select(i => i.Line)
            .ToList();

        var placed = new List<int>();
        placed.AddRange(issue.Intro.Select(p => p.Line));
        foreach (var section in issue.Sections)
        {
            if (section.Name.Length > 0) placed.Add(section.Line);
            foreach (var story in section.Stories)
            {
                placed.Add(story.Line);
                placed.AddRange(story.Paragraphs.Select(p => p.Line));
            }

            placed.AddRange(section.Commentary.Select(p => p.Line));
        }

        if (issue.Previous is not null) placed.Add(issue.Previous.Line);
        placed.AddRange(issue.Unplaced.Select(p => p.Line));
        Assert.Equal(placed.Count, placed.Distinct().Count());
        var titleLine = items.Except(placed).ToList();
        Assert.True(titleLine.Count <= 1, "paragraphs not placed: lines " + string.Join(", ", titleLine));
        Assert.Empty(placed.Except(items));
    }
}
