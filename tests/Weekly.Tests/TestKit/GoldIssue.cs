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
/// <c>Data/gold/000_680a3467cedacbca.yaml</c>. <see cref="Load"/> parses the seed with the real parser,
/// so the tagger's gold test checks the parser and the taggers together.
/// </summary>
public static class GoldIssue
{
    public const string SeedName = "000_680a3467cedacbca.txt";
    public const string GoldName = "000_680a3467cedacbca.yaml";

    public static string SeedPath => Path.Combine(AppContext.BaseDirectory, "Data", "seeds", SeedName);

    public static string GoldPath => Path.Combine(AppContext.BaseDirectory, "Data", "gold", GoldName);

    /// <summary>The real seed parsed by the real <see cref="Weekly.Seeds.SeedParser"/> (untagged).</summary>
    public static Issue Load()
    {
        var diagnostics = new Weekly.Core.DiagnosticBag();
        var issue = Weekly.Seeds.SeedParser.Parse("seeds/" + SeedName, File.ReadAllBytes(SeedPath), diagnostics, RealSections.Names);
        if (issue is null || diagnostics.HasErrors)
            throw new InvalidOperationException("The real seed does not parse:\n" + string.Join("\n", diagnostics.Sorted()));
        return issue;
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
