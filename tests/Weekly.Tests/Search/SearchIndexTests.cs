using System.Text.Json;
using Weekly.Search;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Search;

public class SearchIndexTests
{
    private static SearchDocument Doc(string headline, params string[] body) =>
        new(headline, "/issues/i/" + headline.ToLowerInvariant().Replace(' ', '-') + "/", "Issue", "6 January 2020", "2020-01-06", body.FirstOrDefault() ?? "", body, []);

    [Fact]
    public void Postings_are_delta_encoded_in_base_36_with_a_headline_bit()
    {
        // Given as id * 2 + headline: stories 0, 1 and 11, the last a headline match.
        Assert.Equal("0,2,l", Weekly.Search.Postings.Encode([0, 2, 23]));
        Assert.Equal("1z,22", Weekly.Search.Postings.Encode([71, 144])); // 35 in the headline (35 * 2 + 1), then 72 (+37: 37 * 2)
        Assert.Equal("", Weekly.Search.Postings.Encode([]));
    }

    [Theory]
    [InlineData("", "_")]
    [InlineData("fu", "fu")]
    [InlineData("the t", "the-t")]
    [InlineData("区", "_533a_")]
    [InlineData("a_b", "a_5f_b")]
    [InlineData("con", "con_")]
    [InlineData("nul", "nul_")]
    [InlineData("com1", "com1_")]
    [InlineData("lpt9", "lpt9_")]
    [InlineData("cons", "cons")]
    [InlineData("com", "com")]
    public void Shard_file_names_are_url_safe(string name, string file) => Assert.Equal(file, SearchShards.FileName(name));

    [Fact]
    public void No_shard_file_name_is_one_the_build_refuses_to_write()
    {
        // Every name of up to four characters over the letters and digits that device names use.
        const string alphabet = "acilmnoprtuxz0159";
        var names = new List<string> { "" };
        for (var length = 1; length <= 4; length++)
        {
            names.AddRange(names.Where(n => n.Length == length - 1).SelectMany(n => alphabet.Select(c => n + c)).ToList());
        }
        var refused = names.Where(n => !Weekly.IO.OutputPath.IsSafe($"search/t/{SearchShards.FileName(n)}.json")).ToList();
        Assert.Equal([], refused);
    }

    /// <summary>Finds a key the way search.js does: walk the split names, load that shard, read the key; story ids.</summary>
    internal static int[] Lookup(IReadOnlyDictionary<string, string> files, string key) => Postings(files, key).Select(p => p.Id).ToArray();

    /// <summary>As <see cref="Lookup"/>, with whether the key is in each story's headline.</summary>
    internal static (int Id, bool Headline)[] Postings(IReadOnlyDictionary<string, string> files, string key)
    {
        using var manifest = JsonDocument.Parse(files["/search/index.json"]);
        var split = manifest.RootElement.GetProperty("split").EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);
        var name = "";
        while (split.Contains(name) && key.Length > name.Length) name = key[..(name.Length + 1)];
        if (!files.TryGetValue($"/search/t/{SearchShards.FileName(name)}.json", out var shard)) return [];
        using var entries = JsonDocument.Parse(shard);
        if (!entries.RootElement.TryGetProperty(key, out var postings)) return [];
        var ids = new List<(int, bool)>();
        var id = 0;
        foreach (var text in postings.GetString()!.Split(','))
        {
            var value = text.Aggregate(0, (n, c) => n * 36 + (c <= '9' ? c - '0' : c - 'a' + 10));
            id += value / 2;
            ids.Add((id, value % 2 == 1));
        }
        return [.. ids];
    }

    [Fact]
    public void Words_and_adjacent_pairs_are_indexed_per_story_and_never_across_text_units()
    {
        var files = SearchIndex.Build([Doc("Fuzhou plans", "Copyright monitoring starts."), Doc("Beijing copyright", "Monitoring ends in Fúzhōu.")])
            .ToDictionary(f => f.Url, f => System.Text.Encoding.UTF8.GetString(f.Json), StringComparer.Ordinal);
        Assert.Equal([0, 1], Lookup(files, "fuzhou"));
        Assert.Equal([0, 1], Lookup(files, "copyright"));
        Assert.Equal([0], Lookup(files, "copyright monitoring"));
        Assert.Empty(Lookup(files, "plans copyright")); // headline and body are separate units
        Assert.Empty(Lookup(files, "shanghai"));
        Assert.Equal("[[\"Fuzhou plans\",\"/issues/i/fuzhou-plans/\",\"Issue\",\"6 January 2020\",\"Copyright monitoring starts.\",\"2020-01-06\"],[\"Beijing copyright\",\"/issues/i/beijing-copyright/\",\"Issue\",\"6 January 2020\",\"Monitoring ends in Fúzhōu.\",\"2020-01-06\"]]",
            files["/search/d/0.json"]);
    }

    [Fact]
    public void Headline_matches_are_marked_in_the_postings()
    {
        var files = SearchIndex.Build([Doc("Fuzhou plans", "Fuzhou again, copyright."), Doc("Beijing copyright", "Monitoring ends in Fuzhou.")])
            .ToDictionary(f => f.Url, f => System.Text.Encoding.UTF8.GetString(f.Json), StringComparer.Ordinal);
        Assert.Equal([(0, true), (1, false)], Postings(files, "fuzhou"));
        Assert.Equal([(0, false), (1, true)], Postings(files, "copyright"));
        Assert.Equal([(0, true)], Postings(files, "fuzhou plans"));
        Assert.Equal([(1, false)], Postings(files, "in fuzhou"));
    }

    [Fact]
    public void Facet_keys_are_indexed_whole_and_the_manifest_lists_the_filters()
    {
        SearchDocument[] docs =
        [
            Doc("One", "Text") with { Facets = ["region:fujian", "topic:supply-chain", "year:2021"] },
            Doc("Two", "Text") with { Facets = ["region:beijing", "year:2020"] },
            Doc("Three", "Region fujian") with { Facets = ["region:fujian", "year:2020"] },
        ];
        SearchFacet[] facets = [new("region", "Province", [("beijing", "Beijing"), ("fujian", "Fujian")]), new("year", "Year", [("2021", "2021"), ("2020", "2020")])];
        var files = SearchIndex.Build(docs, facets).ToDictionary(f => f.Url, f => System.Text.Encoding.UTF8.GetString(f.Json), StringComparer.Ordinal);
        Assert.Equal([0, 2], Lookup(files, "region:fujian"));
        Assert.Equal([1, 2], Lookup(files, "year:2020"));
        Assert.Equal([0], Lookup(files, "topic:supply-chain"));
        Assert.Equal([2], Lookup(files, "fujian")); // the word, from the text only
        Assert.Empty(Lookup(files, "supply"));
        using var manifest = JsonDocument.Parse(files["/search/index.json"]);
        Assert.Equal(2, manifest.RootElement.GetProperty("version").GetInt32());
        Assert.Equal("""[{"name":"region","label":"Province","values":[["beijing","Beijing"],["fujian","Fujian"]]},{"name":"year","label":"Year","values":[["2021","2021"],["2020","2020"]]}]""",
            manifest.RootElement.GetProperty("facets").GetRawText());
    }

    [Fact]
    public void A_large_index_is_split_into_shards_each_near_the_target_and_every_key_is_found()
    {
        var docs = Enumerable.Range(0, 3000).Select(i => Doc($"Story {i}", $"Word{i % 500} and word{i % 37} in city{i % 211}.")).ToList();
        var files = SearchIndex.Build(docs).ToDictionary(f => f.Url, f => System.Text.Encoding.UTF8.GetString(f.Json), StringComparer.Ordinal);
        var shards = files.Where(f => f.Key.StartsWith("/search/t/", StringComparison.Ordinal)).ToList();
        Assert.True(shards.Count > 5, $"{shards.Count} shards");
        Assert.All(shards, s => Assert.True(s.Value.Length < SearchIndex.ShardTarget * 2 || !s.Value.Contains(",\"", StringComparison.Ordinal), $"{s.Key}: {s.Value.Length} chars"));
        Assert.Equal(3000 / SearchIndex.ChunkSize, files.Count(f => f.Key.StartsWith("/search/d/", StringComparison.Ordinal)));
        Assert.Equal(Enumerable.Range(0, 3000).Where(i => i % 211 == 7).ToArray(), Lookup(files, "city7"));
        Assert.Equal(Enumerable.Range(0, 3000).Where(i => i % 37 == 3).ToArray(), Lookup(files, "and word3"));
        Assert.Equal(3000, Lookup(files, "story").Length);
    }

    [Fact]
    public void Hostile_text_is_json_escaped()
    {
        var files = SearchIndex.Build([Doc("</script><b>x</b>", "a & b")]).ToDictionary(f => f.Url, f => System.Text.Encoding.UTF8.GetString(f.Json), StringComparer.Ordinal);
        Assert.DoesNotContain("<", files["/search/d/0.json"], StringComparison.Ordinal);
        Assert.Equal("</script><b>x</b>", JsonDocument.Parse(files["/search/d/0.json"]).RootElement[0][0].GetString());
    }

    [Fact]
    public void The_real_sites_index_finds_place_names_words_and_phrases()
    {
        var files = RealSite.Result.Files.Where(f => f.Destination.StartsWith("search/", StringComparison.Ordinal) && f.Destination.EndsWith(".json", StringComparison.Ordinal))
            .ToDictionary(f => "/" + f.Destination, f => RealSite.Result.Text(f.Destination), StringComparer.Ordinal);
        var rows = Enumerable.Range(0, 2).SelectMany(k => JsonDocument.Parse(files[$"/search/d/{k}.json"]).RootElement.EnumerateArray()).ToList();
        Assert.Equal(24, rows.Count);
        string[] Headlines(int[] ids) => ids.Select(i => rows[i][0].GetString()!).ToArray();

        Assert.Equal(
            ["Mayor of Fuzhou: Creating a Comprehensive Experimental Zone for Blockchain Economy",
             "Fuzhou: Revise the development policy of the blockchain and other industries to accelerate the layout of the blockchain industry"],
            Headlines(Lookup(files, "fuzhou")));
        Assert.Contains("Beijing: Create a network-wide copyright monitoring and rapid rights protection center supported by blockchain and other related technologies",
            Headlines(Lookup(files, "copyright")));
        Assert.Single(Lookup(files, "copyright monitoring"));
        // Region names from tags are indexed too: every Fujian story, even one that names only its city.
        Assert.Equal(4, Lookup(files, "fujian").Length);
        // Filters: the province of each story (a city's story counts for its province), its topics and its year.
        Assert.Equal(Lookup(files, "fujian"), Lookup(files, "region:fujian"));
        int[] DatedIn(string year) => Enumerable.Range(0, rows.Count).Where(i => rows[i][5].GetString()!.StartsWith(year, StringComparison.Ordinal)).ToArray();
        Assert.Equal(DatedIn("2020"), Lookup(files, "year:2020"));
        Assert.Equal(DatedIn("2019"), Lookup(files, "year:2019"));
        Assert.Equal(24, DatedIn("2020").Length + DatedIn("2019").Length);
        Assert.Equal(Lookup(files, "copyright"), Lookup(files, "topic:copyright"));
        Assert.Equal(Headlines(Lookup(files, "fuzhou"))[0], rows[Postings(files, "fuzhou").First(p => p.Headline).Id][0].GetString());
        using var manifest = JsonDocument.Parse(files["/search/index.json"]);
        var facets = manifest.RootElement.GetProperty("facets").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("values"));
        Assert.Equal(["region", "topic", "year"], facets.Keys);
        Assert.Contains("""["fujian","Fujian"]""", facets["region"].GetRawText(), StringComparison.Ordinal);
        Assert.Equal("""[["2020","2020"],["2019","2019"]]""", facets["year"].GetRawText());
        var mayor = rows.Single(d => d[0].GetString()!.StartsWith("Mayor of Fuzhou", StringComparison.Ordinal));
        Assert.Equal(("4 January 2020", "2020-01-04"), (mayor[3].GetString(), mayor[5].GetString()));
    }
}
