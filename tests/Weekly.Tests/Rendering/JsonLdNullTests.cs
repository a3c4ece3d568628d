using System.Text.Json;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Rendering;

/// <summary>JSON-LD leaves out a property with no value (<c>"about":null</c> is no statement, and validators flag it).</summary>
public class JsonLdNullTests
{
    [Fact]
    public void A_story_with_no_region_or_topic_has_no_null_properties_in_its_json_ld()
    {
        using var site = new TestSite($"-- seeds/plain.txt --\n{SeedText.Issue("Plain", "date: 2020-01-06",
            ("A company writes a note", "On January 2, a company wrote a short note."))}");

        var result = site.Build();

        Assert.True(result.Succeeded, result.DiagnosticsText());
        var page = result.Html("issues/plain/a-company-writes-a-note/index.html");
        var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("NewsArticle", jsonLd.GetProperty("@type").GetString());
        Assert.False(jsonLd.TryGetProperty("contentLocation", out _));
        Assert.False(jsonLd.TryGetProperty("about", out _));
        Assert.Empty(jsonLd.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Null).Select(p => p.Name));
    }
}
