using System.Xml.Linq;
using Weekly.Domain;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Settings;

/// <summary>
/// <c>description: ""</c> (or blanks) in site.yml is no description: the default applies, so the meta description, the RSS
/// channel's required <c>&lt;description&gt;</c> and Atom's <c>&lt;subtitle&gt;</c> are never empty.
/// </summary>
public class EmptyDescriptionTests
{
    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("")]
    public void An_empty_site_description_is_absent_and_the_default_applies(string value)
    {
        using var site = new TestSite($"-- seeds/2020-01-06-a.txt --\n{SeedText.Issue("A", null, SeedText.Fuzhou)}");
        site.Write("input/site.yml", File.ReadAllText(Repo.PathOf("input", "site.yml"))
            .Replace("description: China's blockchain policy and industry news, one issue a week.", "description: " + value, StringComparison.Ordinal));

        var result = site.Build();

        Assert.True(result.Succeeded, result.DiagnosticsText());
        var expected = new SiteSettings().Description;
        Assert.False(string.IsNullOrWhiteSpace(expected));
        Assert.Equal(expected, result.Html("index.html").QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal(expected, XDocument.Parse(result.Text("feed.xml")).Root!.Element("channel")!.Element("description")!.Value);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal(expected, XDocument.Parse(result.Text("atom.xml")).Root!.Element(atom + "subtitle")!.Value);
    }
}
