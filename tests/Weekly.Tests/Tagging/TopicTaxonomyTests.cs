using Weekly.Core;
using Weekly.Tagging;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Tagging;

public class TopicTaxonomyTests
{
    private static (IReadOnlyList<Weekly.Domain.Topic> Topics, string[] Diagnostics) Parse(string yaml)
    {
        var bag = new DiagnosticBag();
        var topics = TopicTaxonomy.Parse(yaml, "input/topics.yml", bag);
        return (topics, bag.Sorted().Select(d => d.ToString()).ToArray());
    }

    [Fact]
    public void Default_taxonomy_loads_cleanly_with_the_gold_slugs()
    {
        var bag = new DiagnosticBag();
        var topics = TopicTaxonomy.LoadFile(RepoFiles.TopicsYml, "input/topics.yml", bag);
        Assert.Empty(bag.Sorted());
        var slugs = topics.Select(t => t.Slug).ToList();
        foreach (var slug in new[] { "finance", "taxation", "copyright", "food", "supply-chain", "manufacturing", "smart-city",
                     "government-services", "digital-economy", "pilot-zones", "baas", "iot", "regulation", "listed-companies" })
            Assert.Contains(slug, slugs);
        Assert.All(topics, t => Assert.NotEmpty(t.Keywords));
        var listed = topics.Single(t => t.Slug == "listed-companies");
        Assert.Equal("Listed companies", listed.Name);
        Assert.Contains("Listed companies", listed.Sections);
    }

    [Fact]
    public void Reads_fields_in_file_order()
    {
        var (topics, diagnostics) = Parse("""
            - slug: food
              name: Food
              description: Food safety.
              keywords: [food, food safety]
            - slug: iot
              name: Internet of Things
              keywords:
                - IoT
              sections: [Devices]
            """);
        Assert.Empty(diagnostics);
        Assert.Equal(["food", "iot"], topics.Select(t => t.Slug));
        Assert.Equal(["food", "food safety"], topics[0].Keywords);
        Assert.Equal("Food safety.", topics[0].Description);
        Assert.Equal(1, topics[0].Line);
        Assert.Null(topics[1].Description);
        Assert.Equal(["Devices"], topics[1].Sections);
        Assert.Equal(5, topics[1].Line);
    }

    [Fact]
    public void Reports_a_duplicate_slug_at_its_second_entry()
    {
        var (topics, diagnostics) = Parse("""
            - slug: food
              name: Food
              keywords: [food]
            - slug: food
              name: Food again
              keywords: [meal]
            """);
        Assert.Equal(["Food"], topics.Select(t => t.Name));
        Assert.Equal(["input/topics.yml:4:3: error WK0603: Duplicate topic slug 'food'. (first defined on line 1)"], diagnostics);
    }

    [Fact]
    public void Reports_a_topic_with_no_keywords()
    {
        var (topics, diagnostics) = Parse("""
            - slug: food
              name: Food
              keywords: []
            - slug: iot
              name: IoT
            """);
        Assert.Empty(topics);
        Assert.Equal(
            [
                "input/topics.yml:3:13: error WK0605: Topic 'food': no keywords. (write keywords: [phrase, ...] so stories can be tagged with it)",
                "input/topics.yml:4:3: error WK0605: Topic 'iot': no keywords. (write keywords: [phrase, ...] so stories can be tagged with it)",
            ],
            diagnostics);
    }

    [Fact]
    public void Reports_bad_slugs_missing_names_empty_keywords_and_unknown_keys()
    {
        var (topics, diagnostics) = Parse("""
            - name: No slug
              keywords: [x]
            - slug: Supply Chain
              name: Supply chain
              keywords: [x]
            - slug: food
              keywords: [food]
            - slug: iot
              name: IoT
              keywords: [IoT, '', '*']
            - slug: energy
              name: Energy
              keywords: [energy]
              colour: green
            """);
        Assert.Equal(["energy"], topics.Select(t => t.Slug));
        Assert.Equal(
            [
                "input/topics.yml:1:3: error WK0602: Topic slug (none) is missing or not lowercase ASCII with hyphens. (e.g. slug: supply-chain)",
                "input/topics.yml:3:9: error WK0602: Topic slug 'Supply Chain' is missing or not lowercase ASCII with hyphens. (e.g. slug: supply-chain)",
                "input/topics.yml:6:3: error WK0604: Topic 'food' has no name. (add name: Display Name)",
                "input/topics.yml:10:19: error WK0605: Topic 'iot': an empty or non-text entry in keywords. (write keywords: [phrase, ...] so stories can be tagged with it)",
                "input/topics.yml:10:23: error WK0605: Topic 'iot': an empty or non-text entry in keywords. (write keywords: [phrase, ...] so stories can be tagged with it)",
                "input/topics.yml:14:3: warning WK0606: Unknown key 'colour' in a topic (ignored). (known keys: slug, name, description, keywords, sections)",
            ],
            diagnostics);
    }

    [Fact]
    public void Reports_yaml_errors_and_wrong_shapes_with_lines()
    {
        var (topics, diagnostics) = Parse("- slug: food\n  name: [unclosed\n");
        Assert.Empty(topics);
        var d = Assert.Single(diagnostics);
        Assert.StartsWith("input/topics.yml:", d, StringComparison.Ordinal);
        Assert.Contains(" error WK0600: Not valid YAML: ", d, StringComparison.Ordinal);

        (_, diagnostics) = Parse("- slug: food\n  name: Food\n  name: Again\n  keywords: [food]\n");
        Assert.StartsWith("input/topics.yml:3:", Assert.Single(diagnostics), StringComparison.Ordinal);
        Assert.Contains("WK0600", diagnostics[0], StringComparison.Ordinal);

        (_, diagnostics) = Parse("food:\n  name: Food\n");
        Assert.Equal(["input/topics.yml:1:1: error WK0601: The topic taxonomy must be a list of topics. (start each topic with '- slug: ...' and give it name: and keywords:)"], diagnostics);

        (_, diagnostics) = Parse("- food\n");
        Assert.Equal(["input/topics.yml:1:3: error WK0601: A topic must be a mapping with slug, name and keywords. (start each topic with '- slug: ...' and give it name: and keywords:)"], diagnostics);

        (topics, diagnostics) = Parse("# nothing yet\n");
        Assert.Empty(topics);
        Assert.Contains("warning WK0021: input/topics.yml is empty", Assert.Single(diagnostics), StringComparison.Ordinal);
    }
}
