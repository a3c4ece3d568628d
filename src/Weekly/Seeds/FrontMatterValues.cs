using System.Globalization;
using System.Text.RegularExpressions;
using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Domain;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Weekly.Seeds;

/// <summary>
/// Reads typed values out of front matter YAML nodes, reporting unknown keys (WK0113, warning) and
/// wrong types (WK0114, error) with the key and the file line. A null value (<c>key:</c>, <c>~</c>,
/// <c>null</c>) counts as absent.
/// </summary>
internal sealed partial class FrontMatterValues(string path, DiagnosticBag diagnostics, int lineOffset)
{
    /// <summary>A date-time with an explicit offset (ISO 8601 / YAML timestamp shape); the offset is required.</summary>
    [GeneratedRegex(
        @"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)? ?(?:[Zz]|[+-]\d{2}:?\d{2})$",
        RegexOptions.CultureInvariant)]
    private static partial Regex DateTimeWithOffset();

    /// <summary>True for YAML's null scalars: empty plain, <c>~</c>, <c>null</c> (any case).</summary>
    public static bool IsNull(YamlScalarNode node) =>
        node.Style == ScalarStyle.Plain && node.Value is null or "" or "~" or "null" or "Null" or "NULL";

    /// <summary>Reads the issue-level keys of the front matter mapping.</summary>
    public FrontMatter ReadIssue(YamlMappingNode mapping)
    {
        var result = new FrontMatter();
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = KeyOf(keyNode);
            if (key is null || IsAbsent(value)) continue;
            switch (key)
            {
                case "title":
                    result = result with { Title = Text(key, value) };
                    break;
                case "slug":
                    result = result with { Slug = Text(key, value) };
                    break;
                case "summary":
                    result = result with { Summary = Text(key, value) };
                    break;
                case "number":
                    result = result with { Number = Integer(key, value), NumberLine = Line(value) };
                    break;
                case "draft":
                    result = result with { Draft = Boolean(key, value) ?? false };
                    break;
                case "date":
                    var (date, at) = Date(value);
                    result = result with { Date = date, PublishedAt = at, DateLine = Line(value), DateInvalid = date is null };
                    break;
                case "stories":
                    result = result with { Stories = Overrides(value) };
                    break;
                default:
                    Unknown(key, keyNode, "title, date, number, slug, draft, summary, stories");
                    break;
            }
        }

        return result;
    }

    private List<StoryOverrideEntry> Overrides(YamlNode node)
    {
        var entries = new List<StoryOverrideEntry>();
        if (node is not YamlSequenceNode sequence)
        {
            WrongType("stories", node, "a list of story overrides (- story: 1 ...)");
            return entries;
        }

        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode entry)
            {
                WrongType("stories", item, "each item to be a mapping (story: or headline:, then slug, regions, topics)");
                continue;
            }

            var parsed = Override(entry);
            if (parsed is not null) entries.Add(parsed);
        }

        return entries;
    }

    private StoryOverrideEntry? Override(YamlMappingNode entry)
    {
        int? ordinal = null;
        string? headline = null, slug = null;
        var selectors = 0;
        IReadOnlyList<string> addRegions = [], removeRegions = [], addTopics = [], removeTopics = [];
        foreach (var (keyNode, value) in entry.Children)
        {
            var key = KeyOf(keyNode);
            if (key is null || IsAbsent(value)) continue;
            switch (key)
            {
                case "story":
                    selectors++;
                    ordinal = Integer("stories.story", value);
                    if (ordinal < 1)
                    {
                        WrongType("stories.story", value, "a 1-based story number");
                        ordinal = null;
                    }

                    break;
                case "headline":
                    selectors++;
                    headline = Text("stories.headline", value);
                    break;
                case "slug":
                    slug = Text("stories.slug", value);
                    break;
                case "regions":
                    (addRegions, removeRegions) = AddRemove("stories.regions", value);
                    break;
                case "topics":
                    (addTopics, removeTopics) = AddRemove("stories.topics", value);
                    break;
                default:
                    Unknown("stories." + key, keyNode, "story, headline, slug, regions, topics");
                    break;
            }
        }

        if (selectors != 1)
        {
            diagnostics.Report(Codes.OverrideSelector, path, Line(entry), Column(entry), selectors == 0 ? "selects no story" : "gives both story and headline");
            return null;
        }

        if (ordinal is null && headline is null) return null;
        return new StoryOverrideEntry(ordinal, headline, new StoryOverride(slug, addRegions, removeRegions, addTopics, removeTopics, Line(entry)));
    }

    private (IReadOnlyList<string> Add, IReadOnlyList<string> Remove) AddRemove(string key, YamlNode node)
    {
        IReadOnlyList<string> add = [], remove = [];
        if (node is not YamlMappingNode mapping)
        {
            WrongType(key, node, "a mapping with add: and/or remove: lists");
            return (add, remove);
        }

        foreach (var (subNode, value) in mapping.Children)
        {
            var sub = KeyOf(subNode);
            if (sub is null || IsAbsent(value)) continue;
            switch (sub)
            {
                case "add":
                    add = TextList(key + ".add", value);
                    break;
                case "remove":
                    remove = TextList(key + ".remove", value);
                    break;
                default:
                    Unknown(key + "." + sub, subNode, "add, remove");
                    break;
            }
        }

        return (add, remove);
    }

    private List<string> TextList(string key, YamlNode node)
    {
        var items = new List<string>();
        if (node is YamlScalarNode single)
        {
            items.Add(single.Value ?? "");
            return items;
        }

        if (node is not YamlSequenceNode sequence)
        {
            WrongType(key, node, "a list of text values");
            return items;
        }

        foreach (var item in sequence.Children)
        {
            var text = Text(key, item);
            if (text is not null) items.Add(text);
        }

        return items;
    }

    private (DateOnly? Date, DateTimeOffset? At) Date(YamlNode node)
    {
        if (node is not YamlScalarNode { Value: { } value })
        {
            WrongType("date", node, "a date such as 2020-01-06 or 2020-01-06T09:00:00+08:00");
            return (null, null);
        }

        var text = value.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return (date, null);
        if (DateTimeWithOffset().IsMatch(text)
            && DateTimeOffset.TryParse(SevenFractionDigits(text), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            return (DateOnly.FromDateTime(at.DateTime), at);
        }

        diagnostics.Report(Codes.BadDate, path, Line(node), Column(node), value);
        return (null, null);
    }

    /// <summary>
    /// Cuts a second's fraction to the 7 digits .NET parses (100 ns ticks): RFC 3339 allows any number
    /// (<c>09:00:00.123456789+08:00</c>), and digits past the tick change nothing Weekly shows.
    /// </summary>
    private static string SevenFractionDigits(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0) return text;
        var end = dot + 1;
        while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        return end - dot - 1 <= 7 ? text : text[..(dot + 8)] + text[end..];
    }

    private string? Text(string key, YamlNode node)
    {
        if (node is YamlScalarNode scalar) return scalar.Value ?? "";
        WrongType(key, node, "text");
        return null;
    }

    private int? Integer(string key, YamlNode node)
    {
        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } value }
            && int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        WrongType(key, node, "a whole number");
        return null;
    }

    private bool? Boolean(string key, YamlNode node)
    {
        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } value })
        {
            if (value is "true" or "True" or "TRUE") return true;
            if (value is "false" or "False" or "FALSE") return false;
        }

        WrongType(key, node, "true or false");
        return null;
    }

    private string? KeyOf(YamlNode node)
    {
        if (node is YamlScalarNode { Value: { } key }) return key;
        diagnostics.Report(Codes.FrontMatterType, path, Line(node), Column(node), "keys", "plain text", Describe(node));
        return null;
    }

    private static bool IsAbsent(YamlNode node) => node is YamlScalarNode scalar && IsNull(scalar);

    private void WrongType(string key, YamlNode node, string expected) =>
        diagnostics.Report(Codes.FrontMatterType, path, Line(node), Column(node), key, expected, Describe(node));

    private void Unknown(string key, YamlNode node, string known) =>
        diagnostics.Report(Codes.UnknownFrontMatterKey, path, Line(node), Column(node), key, known);

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode { Style: ScalarStyle.Plain } s => "\"" + s.Value + "\"",
        YamlScalarNode s => "the quoted text \"" + s.Value + "\"",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "this value",
    };

    private int Line(YamlNode node) => (int)node.Start.Line + lineOffset;

    private static int Column(YamlNode node) => (int)node.Start.Column;
}
