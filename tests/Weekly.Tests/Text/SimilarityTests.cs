using Weekly.Text;

namespace Weekly.Tests.Text;

/// <summary>The one "did you mean" (<see cref="Similarity.Closest(IEnumerable{string}, string, int)"/>) and its callers' cut-offs.</summary>
public class SimilarityTests
{
    [Fact]
    public void Closest_is_the_fewest_edits_away_within_the_limit_and_the_first_on_a_tie()
    {
        string[] keys = ["title", "language", "base_url", "time_zone"];
        Assert.Equal("language", Similarity.Closest(keys, "langauge", 2)); // a swap is one edit
        Assert.Equal("time_zone", Similarity.Closest(keys, "timezone", 2));
        Assert.Null(Similarity.Closest(keys, "colour", 2));
        Assert.Equal("ab", Similarity.Closest(["ab", "ba", "ac"], "aa", 1));
        Assert.Equal("ac", Similarity.Closest(["ac", "ab"], "aa", 1));
        Assert.Null(Similarity.Closest([], "x", 5));
    }

    [Fact]
    public void A_limit_by_length_allows_an_edit_per_so_many_characters_of_the_longer_text()
    {
        // CLI: an edit per 3 characters. "bild" → "build" is 1 edit in 5; "xyz" → "new" 3 in 3 is too many.
        Assert.Equal("build", Similarity.Closest(["build", "check", "new"], c => c, "bild", longer => longer / 3));
        Assert.Null(Similarity.Closest(["build", "check", "new"], c => c, "xyz", longer => longer / 3));
        // Section names: 3 edits per 20 characters, compared on a key and returning the candidate.
        var found = Similarity.Closest(new[] { Tuple.Create("GOVERNMENT UPDATES", 1), Tuple.Create("INDUSTRY NEWS", 2) },
            t => t.Item1, "GOVERMENT UPDATE", longer => longer * 3 / 20);
        Assert.Equal(1, found!.Item2);
        Assert.Null(Similarity.Closest(["GOVERNMENT UPDATES"], c => c, "GOV UPDATES", longer => longer * 3 / 20));
    }

    [Fact]
    public void The_callers_keep_their_cut_offs()
    {
        Assert.Equal("preview", Weekly.Cli.UsageErrors.Closest("prevew", ["build", "check", "new", "preview", "clean"]));
        Assert.Null(Weekly.Cli.UsageErrors.Closest("zz", ["build", "check"]));
    }
}
