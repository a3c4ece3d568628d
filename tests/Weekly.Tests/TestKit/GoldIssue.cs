using Weekly.Domain;
using YamlDotNet.RepresentationModel;

namespace Weekly.Tests.TestKit;

/// <summary>A gold place: province, optional city, optional district (English display names).</summary>
public sealed record GoldPlace(string Province, string? City, string? District)
{
    public override string ToString() => string.Join(" > ", new[] { Province, City, District }.Where(s => s is not null));
}

/// <summary>What the gold file says about one story.</summary>
public sealed record GoldStory(
    string Headline,
    IReadOnlyList<GoldPlace> Places,
    IReadOnlyList<GoldPlace> AlsoOk,
    IReadOnlyList<string> Not,
    IReadOnlyList<string> TopicsAtLeast);

/// <summary>
/// The real seed <c>Data/seeds/000_680a3467cedacbca.txt</c> and its gold labels
/// <c>Data/gold/000_680a3467cedacbca.yaml</c>. <see cref="Load"/> builds the <see cref="Issue"/> without
/// the seed parser (written in parallel): each gold headline is located in the seed and its story is
/// the paragraphs after it up to the next headline, section heading, commentary or footer. Swap the
/// body of <see cref="Load"/> for the real parser once it exists.
/// </summary>
public static class GoldIssue
{
    public const string SeedName = "000_680a3467cedacbca.txt";
    public const string GoldName = "000_680a3467cedacbca.yaml";

    public static string SeedPath => Path.Combine(AppContext.BaseDirectory, "Data", "seeds", SeedName);

    public static string GoldPath => Path.Combine(AppContext.BaseDirectory, "Data", "gold", GoldName);

    /// <summary>The real seed as an <see cref="Issue"/> (untagged), structured by the gold file.</summary>
    public static Issue Load()
    {
        var lines = File.ReadAllText(SeedPath).TrimStart('\uFEFF').Replace("\r\n", "\n").Split('\n')
            .Select(l => l.Trim()).ToArray();
        var gold = Root();
        var goldSections = (YamlSequenceNode)gold["sections"];

        var headings = new List<int>();
        var commentaries = new List<int>();
        var headlines = new HashSet<int>();
        foreach (YamlMappingNode s in goldSections)
        {
            var heading = $"{Str(s, "name")}: {Str(s, "title")}";
            headings.Add(Array.FindIndex(lines, l => l == heading));
            commentaries.Add(Array.FindIndex(lines, l => l.StartsWith(Str(s, "commentary_starts")!, StringComparison.Ordinal)));
            foreach (var headline in Stories(s).Select(g => g.Headline))
                headlines.Add(Array.FindIndex(lines, l => l == headline));
        }

        if (headings.Contains(-1) || commentaries.Contains(-1) || headlines.Contains(-1))
            throw new InvalidOperationException("A gold heading, headline or commentary is not in the seed.");
        var footer = Array.FindIndex(lines, l => l.StartsWith("Review of previous period", StringComparison.Ordinal));
        var stops = new HashSet<int>(headings.Concat(commentaries).Concat(headlines)) { footer };

        List<Paragraph> ParagraphsFrom(int index)
        {
            var result = new List<Paragraph>();
            for (var i = index; i < lines.Length && !stops.Contains(i); i++)
            {
                if (lines[i].Length > 0)
                    result.Add(new Paragraph(lines[i], i + 1));
            }

            return result;
        }

        var sections = new List<Section>();
        var ordinal = 0;
        var k = 0;
        foreach (YamlMappingNode s in goldSections)
        {
            var stories = Stories(s).Select(g =>
            {
                var line = Array.FindIndex(lines, l => l == g.Headline);
                return new Story { Headline = g.Headline, Line = line + 1, Paragraphs = ParagraphsFrom(line + 1), Ordinal = ++ordinal };
            }).ToList();
            sections.Add(new Section(Str(s, "name")!, Str(s, "title")!, headings[k] + 1, stories, ParagraphsFrom(commentaries[k])));
            k++;
        }

        var issue = (YamlMappingNode)gold["issue"];
        return new Issue
        {
            SourcePath = "seeds/" + SeedName,
            Newsletter = Str(issue, "newsletter")!,
            Title = Str(issue, "title")!,
            Date = DateOnly.Parse(Str(issue, "date")!, System.Globalization.CultureInfo.InvariantCulture),
            Intro = ParagraphsFrom(1).Where(p => p.Line < headings[0] + 1).ToList(),
            Sections = sections,
        };
    }

    /// <summary>The gold labels of every story, in seed order.</summary>
    public static IReadOnlyList<GoldStory> Expected() =>
        ((YamlSequenceNode)Root()["sections"]).Cast<YamlMappingNode>().SelectMany(Stories).ToList();

    private static YamlMappingNode Root()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(GoldPath)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<GoldStory> Stories(YamlMappingNode section) =>
        ((YamlSequenceNode)section["stories"]).Cast<YamlMappingNode>().Select(s => new GoldStory(
            Str(s, "headline")!,
            Places(s, "places"),
            Places(s, "also_ok"),
            Strings(s, "not"),
            Strings(s, "topics_at_least")));

    private static List<GoldPlace> Places(YamlMappingNode story, string key) =>
        story.Children.TryGetValue(new YamlScalarNode(key), out var node)
            ? ((YamlSequenceNode)node).Cast<YamlMappingNode>()
                .Select(p => new GoldPlace(Str(p, "province")!, Str(p, "city"), Str(p, "district"))).ToList()
            : [];

    private static List<string> Strings(YamlMappingNode story, string key) =>
        story.Children.TryGetValue(new YamlScalarNode(key), out var node)
            ? ((YamlSequenceNode)node).Cast<YamlScalarNode>().Select(n => n.Value!).ToList()
            : [];

    private static string? Str(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;
}
