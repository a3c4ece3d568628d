using Weekly.Tests.TestKit;

namespace Weekly.Tests.Publishing;

/// <summary>
/// Issues of one instant are listed in one order everywhere (instant, then number, then source path), decided once in the
/// content stage after numbering: home, archive, every site feed, and a region's page and feed.
/// </summary>
public class SameInstantOrderTests
{
    private static readonly string[] Markers = ["Alpha", "Bravo", "Charlie", "Delta"];

    private static string Seed(string marker, string? frontMatter) =>
        SeedText.Issue($"{marker} news", frontMatter, ($"Beijing: {marker} district backs blockchain", $"On January 3, the {marker} district of Beijing backed blockchain."));

    [Fact]
    public void Same_instant_issues_are_listed_in_one_order_on_every_page_and_feed()
    {
        using var site = new TestSite($"""
            -- seeds/2020-01-06-a.txt --
            {Seed("Alpha", null)}
            -- seeds/2020-01-06-b.txt --
            {Seed("Bravo", null)}
            -- seeds/2020-01-06-c.txt --
            {Seed("Charlie", null)}
            -- seeds/2020-01-06-d.txt --
            {Seed("Delta", "number: 1")}
            """);

        var result = site.Build("https://example.org/");

        Assert.True(result.Succeeded, result.DiagnosticsText());
        const string expected = "Alpha, Bravo, Charlie, Delta"; // numbered 3, 2, 1 and 1: c before d by source path
        foreach (var file in new[] { "index.html", "issues/index.html", "feed.xml", "atom.xml", "feed.json", "regions/beijing/index.html", "regions/beijing/feed.xml" })
        {
            Assert.Equal($"{file}: {expected}", $"{file}: {string.Join(", ", Order(result.Text(file)))}");
        }
    }

    /// <summary>The markers in the order they first appear in <paramref name="text"/>.</summary>
    private static string[] Order(string text) =>
        Markers.Select(m => (Marker: m, At: text.IndexOf(m + " ", StringComparison.Ordinal))).Where(x => x.At >= 0).OrderBy(x => x.At).Select(x => x.Marker).ToArray();
}
