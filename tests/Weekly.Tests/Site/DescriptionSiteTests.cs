using System.Text.Json;
using System.Xml.Linq;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Site;

/// <summary>An issue without an intro is described by its first story's text (clipped as descriptions are), as Hugo's .Summary is.</summary>
public class DescriptionSiteTests
{
    private const string Seed = """
        ---
        date: 2020-01-13
        ---
        Industry Blockchain Weekly 丨 No intro this week


        Government Updates: Local plans

        Fuzhou: City launches a blockchain pilot zone

        On January 4, the Fuzhou government announced a pilot zone for blockchain in the city, with funds for firms that move there, a shared computing platform for the districts, training for civil servants and a yearly review of what the zone has achieved for its residents and companies.

        """;

    private const string Start = "On January 4, the Fuzhou government announced a pilot zone for blockchain in the city";

    [Fact]
    public void An_issue_without_an_intro_gets_its_first_storys_text_as_its_description_in_pages_and_feeds()
    {
        using var site = new TestSite("-- seeds/2020-01-13-x.txt --\n" + Seed);
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());
        var page = result.Html("issues/2020-01-13-x/index.html");
        var description = page.QuerySelector("meta[name=description]")!.GetAttribute("content")!;
        Assert.StartsWith(Start, description, StringComparison.Ordinal);
        Assert.EndsWith("…", description, StringComparison.Ordinal);
        Assert.True(description.Length <= 161, description);
        Assert.Equal(description, page.QuerySelector("meta[property='og:description']")!.GetAttribute("content"));
        Assert.Equal(description, page.QuerySelector("meta[name='twitter:description']")!.GetAttribute("content"));
        var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.StartsWith(Start, jsonLd.GetProperty("description").GetString(), StringComparison.Ordinal);

        var rss = XDocument.Parse(result.Text("feed.xml"));
        var item = rss.Descendants("item").Single(i => i.Element("title")!.Value == "No intro this week");
        Assert.StartsWith("<p>" + Start, item.Element("description")!.Value, StringComparison.Ordinal);
        Assert.EndsWith("…</p>", item.Element("description")!.Value, StringComparison.Ordinal);
        var json = JsonDocument.Parse(result.Text("feed.json")).RootElement.GetProperty("items")[0];
        Assert.StartsWith(Start, json.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }
}
