using Weekly.Domain;
using YamlDotNet.RepresentationModel;

namespace Weekly.Tests.TestKit;

/// <summary>A gold place: province, optional city, optional district (English display names).</summary>
public sealed record GoldPlace(string Province, string? City, string? District)
{
    public override string ToString() => string.Join(" > ", new[] { Province, City, District }.Where(s => s is not null));
}

/// <summary>What the gold file says about one story; <paramref name="PlacesLabelled"/> is false when it has no <c>places</c> key
/// (a case written for the parser only: its places are not labelled, which is not the same as <c>places: []</c>).</summary>
public sealed record GoldStory(
    string Headline,
    IReadOnlyList<GoldPlace> Places,
    IReadOnlyList<GoldPlace> AlsoOk,
    IReadOnlyList<string> Not,
    IReadOnlyList<string> TopicsAtLeast,
    bool PlacesLabelled = true);

/// <summary>
/// A seed and its gold labels: the real seed <c>Data/seeds/000_680a3467cedacbca.txt</c> with <c>Data/gold/000_680a3467cedacbca.yaml</c>,
/// or one of the team's cases in <c>Data/cases/</c> (<c>NAME.txt</c> with <c>NAME.yaml</c>; see the README there).
/// </summary>
/// <param name="Name">The seed's file name without <c>.txt</c>.</param>
/// <param name="SeedPath">The seed file.</param>
/// <param name="GoldPath">The gold file.</param>
public sealed record GoldCase(string Name, string SeedPath, string GoldPath)
{
    /// <summary>For xUnit's test names.</summary>
    public override string ToString() => Name;
}

/// <summary>
/// The gold cases: <see cref="Real"/> and the team's cases. <see cref="Load"/> parses a seed with the real parser,
/// so the tagger's gold test checks the parser and the taggers together.
/// </summary>
public static class GoldIssue
{
    public const string SeedName = "000_680a3467cedacbca.txt";
    public const string GoldName = "000_680a3467cedacbca.yaml";

    public static string SeedPath => Path.Combine(AppContext.BaseDirectory, "Data", "seeds", SeedName);

    public static string GoldPath => Path.Combine(AppContext.BaseDirectory, "Data", "gold", GoldName);

    /// <summary>The real first issue.</summary>
    public static GoldCase Real => new(Path.GetFileNameWithoutExtension(SeedName), SeedPath, GoldPath);

    /// <summary>The real issue, then the team's cases by name.</summary>
    public static IReadOnlyList<GoldCase> All() =>
        [Real, .. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data", "cases"), "*.txt").Order(StringComparer.Ordinal)
            .Select(seed => new GoldCase(Path.GetFileNameWithoutExtension(seed), seed, Path.ChangeExtension(seed, ".yaml")))];

    /// <summary>Every case's name, for a theory's MemberData.</summary>
    public static TheoryData<string> Names() => [.. All().Select(c => c.Name)];

    /// <summary>The case named <paramref name="name"/>.</summary>
    public static GoldCase Case(string name) => All().Single(c => c.Name == name);

    /// <summary>The seed parsed by the real <see cref="Weekly.Seeds.SeedParser"/> (untagged); the real one by default.</summary>
    public static Issue Load(GoldCase? gold = null)
    {
        gold ??= Real;
        var diagnostics = new Weekly.Core.DiagnosticBag();
        var issue = Weekly.Seeds.SeedParser.Parse("seeds/" + gold.Name + ".txt", File.ReadAllBytes(gold.SeedPath), diagnostics, RealSections.Names);
        if (issue is null || diagnostics.HasErrors)
            throw new InvalidOperationException("The seed does not parse:\n" + string.Join("\n", diagnostics.Sorted()));
        return issue;
    }

    /// <summary>The gold labels of every story, in seed order; the real issue's by default.</summary>
    public static IReadOnlyList<GoldStory> Expected(GoldCase? gold = null) =>
        ((YamlSequenceNode)Root(gold ?? Real)["sections"]).Cast<YamlMappingNode>().SelectMany(Stories).ToList();

    private static YamlMappingNode Root(GoldCase gold)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(gold.GoldPath)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<GoldStory> Stories(YamlMappingNode section) =>
        ((YamlSequenceNode)section["stories"]).Cast<YamlMappingNode>().Select(s => new GoldStory(
            Str(s, "headline")!,
            Places(s, "places"),
            Places(s, "also_ok"),
            Strings(s, "not"),
            Strings(s, "topics_at_least"),
            s.Children.ContainsKey(new YamlScalarNode("places"))));

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
