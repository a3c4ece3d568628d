using System.Text.RegularExpressions;
using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Domain;
using Weekly.IO;
using Weekly.Text;
using YamlDotNet.RepresentationModel;

namespace Weekly.Tagging;

/// <summary>
/// Loads the topic taxonomy from <c>input/topics.yml</c>: a YAML sequence of mappings with keys
/// <c>slug</c>, <c>name</c>, <c>description</c> (optional), <c>keywords</c> (a list of phrases) and
/// <c>sections</c> (optional list of section names). Problems are diagnostics with file:line:
/// <list type="bullet">
/// <item><c>WK0600</c> error: the file is not valid YAML.</item>
/// <item><c>WK0601</c> error: the document is not a list of topics, or an entry is not a mapping.</item>
/// <item><c>WK0602</c> error: a topic has no slug, or the slug is not lowercase ASCII with hyphens.</item>
/// <item><c>WK0603</c> error: a slug is used twice (the second entry is dropped).</item>
/// <item><c>WK0604</c> error: a topic has no name.</item>
/// <item><c>WK0605</c> error: a topic has no keywords, or a keyword is empty or not text.</item>
/// <item><c>WK0606</c> warning: an unknown key (ignored).</item>
/// </list>
/// Topics with an error are left out; the rest are returned in file order.
/// </summary>
public static partial class TopicTaxonomy
{
    private static readonly string[] KnownKeys = ["slug", "name", "description", "keywords", "sections"];

    /// <summary>Reads and parses a taxonomy file; <paramref name="displayPath"/> (site-relative, '/' separators) is used in diagnostics.</summary>
    public static IReadOnlyList<Topic> LoadFile(string path, string displayPath, DiagnosticBag diagnostics) =>
        TextInput.ReadFile(path, displayPath, diagnostics) is { } text ? Parse(text, displayPath, diagnostics) : [];

    /// <summary>Parses taxonomy YAML text; <paramref name="file"/> names it in diagnostics (e.g. <c>input/topics.yml</c>).</summary>
    public static IReadOnlyList<Topic> Parse(string yaml, string file, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var root = YamlText.Load(yaml, out var problem, out var cleaned);
        if (problem is not null)
        {
            diagnostics.Report(Codes.TaxonomySyntax, file, problem.Line, problem.Column, problem.Message);
            return [];
        }
        foreach (var c in cleaned) diagnostics.Report(Codes.UnsafeCharacter, file, c.Line, c.Column, c.Removed);

        if (root is null or YamlScalarNode { Value: null or "" } or YamlSequenceNode { Children.Count: 0 })
        {
            diagnostics.Report(Codes.EmptyDataFile, file, 0, 0, file, "stories get no topics, and every topic page and topic feed is removed");
            return [];
        }
        if (root is not YamlSequenceNode sequence)
        {
            diagnostics.Report(Codes.TaxonomyShape, file, Line(root), Column(root), "The topic taxonomy", "a list of topics");
            return [];
        }

        var topics = new List<Topic>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in sequence.Children)
        {
            if (entry is not YamlMappingNode map)
            {
                diagnostics.Report(Codes.TaxonomyShape, file, Line(entry), Column(entry), "A topic", "a mapping with slug, name and keywords");
                continue;
            }

            var topic = ReadTopic(map, file, diagnostics);
            if (topic is null)
                continue;
            if (firstLine.TryGetValue(topic.Slug, out var line))
            {
                diagnostics.Report(Codes.DuplicateTopic, file, topic.Line, Column(map), topic.Slug, line);
                continue;
            }

            firstLine[topic.Slug] = topic.Line;
            topics.Add(topic);
        }

        return topics;
    }

    private static Topic? ReadTopic(YamlMappingNode map, string file, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var key in map.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } keyName } || !KnownKeys.Contains(keyName, StringComparer.Ordinal))
            {
                diagnostics.Report(Codes.UnknownTopicKey, file, Line(key), Column(key), (key as YamlScalarNode)?.Value);
            }
        }

        var slug = Scalar(map, "slug");
        if (string.IsNullOrWhiteSpace(slug) || !SlugPattern().IsMatch(slug))
        {
            var node = Child(map, "slug") ?? map;
            diagnostics.Report(Codes.TopicSlug, file, Line(node), Column(node), slug is null ? "(none)" : $"'{slug}'");
            return null;
        }

        var name = Scalar(map, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            diagnostics.Report(Codes.TopicName, file, Line(map), Column(map), slug);
            ok = false;
        }

        var keywords = List(map, "keywords", slug, file, diagnostics, ref ok);
        if (ok && keywords.Count == 0)
        {
            var node = Child(map, "keywords") ?? map;
            diagnostics.Report(Codes.TopicKeywords, file, Line(node), Column(node), slug, "no keywords");
            ok = false;
        }

        var sections = List(map, "sections", slug, file, diagnostics, ref ok);
        if (!ok)
            return null;
        return new Topic(slug, name!.Trim(), keywords, Scalar(map, "description")?.Trim())
        {
            Sections = sections,
            Line = Line(map),
        };
    }

    private static List<string> List(YamlMappingNode map, string key, string slug, string file, DiagnosticBag diagnostics, ref bool ok)
    {
        var result = new List<string>();
        switch (Child(map, key))
        {
            case null:
                break;
            case YamlScalarNode { Value: null or "" }:
                break;
            case YamlScalarNode single:
                result.Add(single.Value!.Trim());
                break;
            case YamlSequenceNode items:
                foreach (var item in items.Children)
                {
                    if (item is YamlScalarNode { Value: { } text } && WordTokenizer.Keys(text.TrimEnd('*')).Count > 0)
                    {
                        result.Add(text.Trim());
                        continue;
                    }

                    diagnostics.Report(Codes.TopicKeywords, file, Line(item), Column(item), slug, $"an empty or non-text entry in {key}");
                    ok = false;
                }

                break;
            case var other:
                diagnostics.Report(Codes.TopicKeywords, file, Line(other), Column(other), slug, $"{key} must be a list of phrases");
                ok = false;
                break;
        }

        return result;
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(YamlMappingNode map, string key) => (Child(map, key) as YamlScalarNode)?.Value;

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private static int Column(YamlNode node) => (int)node.Start.Column;


    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
