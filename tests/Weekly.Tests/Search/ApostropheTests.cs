using System.Diagnostics;
using System.Text.Json;
using Weekly.Search;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Search;

/// <summary>Place names written with an apostrophe (Tai'an, Xi’an, Yanʼan) are found with it or without it, the same way in the index and in search.js.</summary>
public class ApostropheTests
{
    private static SearchDocument Doc(string headline, params string[] body) =>
        new(headline, "/issues/i/x/", "Issue", "6 January 2020", "2020-01-06", "", body, []);

    [Fact]
    public void Words_joined_by_an_apostrophe_or_hyphen_are_also_indexed_as_one()
    {
        var files = SearchIndex.Build([Doc("Tai'an: a pilot zone", "Xi’an, Yanʼan and Lu-an joined in."), Doc("Shandong plans", "China's 2019-2020 plan.")])
            .ToDictionary(f => f.Url, f => System.Text.Encoding.UTF8.GetString(f.Json), StringComparer.Ordinal);
        Assert.Equal([(0, true)], SearchIndexTests.Postings(files, "taian"));
        Assert.Equal([(0, true)], SearchIndexTests.Postings(files, "tai an"));
        Assert.Equal([0], SearchIndexTests.Lookup(files, "xian"));
        Assert.Equal([0], SearchIndexTests.Lookup(files, "yanan"));
        Assert.Equal([0], SearchIndexTests.Lookup(files, "yan an"));
        Assert.Equal([0], SearchIndexTests.Lookup(files, "luan"));
        Assert.Equal([1], SearchIndexTests.Lookup(files, "china"));
        Assert.Empty(SearchIndexTests.Lookup(files, "20192020")); // digits are not joined
        Assert.Empty(SearchIndexTests.Lookup(files, "chinas")); // nor a possessive's s
    }

    [Theory]
    [InlineData("Yanʼan", new[] { "yan", "an" })]
    [InlineData("Xi’an", new[] { "xi", "an" })]
    public void Every_apostrophe_separates_words(string text, string[] tokens) => Assert.Equal(tokens, SearchText.Tokenize(text));

    /// <summary>search.js's normalize and tokens, run by Node on the same texts, give the tokens the index was built with.</summary>
    [Fact]
    public void The_browser_cuts_queries_as_the_index_does()
    {
        string[] texts = ["Tai'an", "Xi’an", "Yanʼan", "Lu-an", "FÚZHŌU", "China's plan", "区块链2020"];
        var js = File.ReadAllText(Repo.PathOf("theme", "assets", "js", "search.js"));
        string Function(string name)
        {
            var start = js.IndexOf("  function " + name + "(", StringComparison.Ordinal);
            return js[start..(js.IndexOf("\n  }\n", start, StringComparison.Ordinal) + 4)];
        }
        var constants = string.Join("\n", js.Split('\n').Where(l => l.StartsWith("  var CJK", StringComparison.Ordinal) || l.StartsWith("  var TOKEN", StringComparison.Ordinal)));
        var script = constants + "\n" + Function("normalize") + Function("tokens")
            + "\nconsole.log(JSON.stringify(" + JsonSerializer.Serialize(texts) + ".map(t => tokens(normalize(t)).map(x => x.t))));";
        var start = new ProcessStartInfo("node", ["-e", script]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        Assert.True(node.ExitCode == 0, node.StandardError.ReadToEnd());
        var browser = JsonSerializer.Deserialize<string[][]>(output)!;
        Assert.Equal(texts.Select(t => SearchText.Tokenize(t).ToArray()).ToArray(), browser);
        Assert.Equal(["yan", "an"], browser[2]);
    }
}
