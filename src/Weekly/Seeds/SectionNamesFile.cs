using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Text;
using YamlDotNet.RepresentationModel;

namespace Weekly.Seeds;

/// <summary>
/// Reads <c>input/sections.yml</c>, the known section names: a YAML list of mappings, <c>name</c> (the name as the
/// newsletter writes it) and optional <c>variants</c> (a list of other spellings), as <c>input/topics.yml</c> lists topics.
/// Problems are diagnostics with file:line: WK0630 not YAML, WK0631 the wrong shape (the entry is left out), WK0632 a
/// name or variant listed twice (ignored), WK0633 an unknown key (ignored). Entries are returned in file order.
/// </summary>
public static class SectionNamesFile
{
    /// <summary>Path of the section names relative to the site root.</summary>
    public const string RelativePath = "input/sections.yml";

    private static readonly string[] KnownKeys = ["name", "variants"];

    /// <summary>Parses the YAML text of the file; <paramref name="file"/> names it in diagnostics.</summary>
    public static SectionNames Parse(string yaml, string file, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var root = YamlText.Load(yaml, out var problem, out var cleaned);
        foreach (var c in cleaned) diagnostics.Report(Codes.UnsafeCharacter, file, c.Line, c.Column, c.Removed);
        if (problem is not null)
        {
            diagnostics.Report(Codes.SectionNamesSyntax, file, problem.Line, problem.Column, problem.Message);
            return SectionNames.None;
        }

        if (root is null or YamlScalarNode { Value: null or "" } or YamlSequenceNode { Children.Count: 0 })
        {
            diagnostics.Report(Codes.EmptyDataFile, file, 0, 0, file, "no section names are known, so headings are found by their layout only and misspelt ones are not caught");
            return SectionNames.None;
        }
        if (root is not YamlSequenceNode sequence)
        {
            diagnostics.Report(Codes.SectionNamesShape, file, Line(root), Column(root), "The section names file", "a list of sections");
            return SectionNames.None;
        }

        var entries = new List<SectionName>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in sequence.Children)
        {
            if (Read(node, file, diagnostics) is not { } entry) continue;
            var variants = new List<string>();
            var duplicateName = false;
            foreach (var (spelling, at) in entry.Spellings)
            {
                var key = SectionNames.Normalize(spelling);
                if (firstLine.TryAdd(key, Line(at)))
                {
                    if (!ReferenceEquals(at, entry.NameNode)) variants.Add(spelling);
                    continue;
                }

                diagnostics.Report(Codes.DuplicateSectionName, file, Line(at), Column(at), spelling, firstLine[key]);
                if (ReferenceEquals(at, entry.NameNode)) { duplicateName = true; break; }
            }

            // A name listed twice: the later entry is ignored as a whole.
            if (!duplicateName) entries.Add(new SectionName(entry.Name, variants, Line(node)));
        }

        return new SectionNames(entries);
    }

    private sealed record Entry(string Name, YamlNode NameNode, List<(string Spelling, YamlNode Node)> Spellings);

    private static Entry? Read(YamlNode node, string file, DiagnosticBag diagnostics)
    {
        const string Shape = "a mapping with name and optional variants";
        if (node is not YamlMappingNode map)
        {
            diagnostics.Report(Codes.SectionNamesShape, file, Line(node), Column(node), "A section", Shape);
            return null;
        }

        foreach (var key in map.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name } || !KnownKeys.Contains(name, StringComparer.Ordinal))
                diagnostics.Report(Codes.UnknownSectionKey, file, Line(key), Column(key), (key as YamlScalarNode)?.Value);
        }

        if (Child(map, "name") is not YamlScalarNode { Value: { } text } nameNode || string.IsNullOrWhiteSpace(text))
        {
            var at = Child(map, "name") ?? map;
            diagnostics.Report(Codes.SectionNamesShape, file, Line(at), Column(at), "A section's name", "text, such as 'name: Government Updates'");
            return null;
        }

        var spellings = new List<(string, YamlNode)> { (text.Trim(), nameNode) };
        switch (Child(map, "variants"))
        {
            case null or YamlScalarNode { Value: null or "" }:
                break;
            case YamlSequenceNode list:
                foreach (var item in list.Children)
                {
                    if (item is YamlScalarNode { Value: { } variant } && !string.IsNullOrWhiteSpace(variant)) spellings.Add((variant.Trim(), item));
                    else diagnostics.Report(Codes.SectionNamesShape, file, Line(item), Column(item), "A variant", "text (another spelling of the name)");
                }

                break;
            case var other:
                diagnostics.Report(Codes.SectionNamesShape, file, Line(other), Column(other), "variants", "a list of spellings, such as [Government Update]");
                break;
        }

        return new Entry(text.Trim(), nameNode, spellings);
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private static int Column(YamlNode node) => (int)node.Start.Column;
}
