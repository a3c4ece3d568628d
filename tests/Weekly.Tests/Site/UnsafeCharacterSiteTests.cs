using System.Text;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Site;

/// <summary>
/// Seeds and Markdown pages with control characters, noncharacters and unpaired surrogates: the build does not crash,
/// every such character is gone from every file it writes (pages, feeds, search index, JSON-LD, sitemap), and each
/// line that held any has one warning WK0209 at the column of the first.
/// </summary>
public class UnsafeCharacterSiteTests
{
    private const string Bad = "\uFFFE\uFDD0\U0001FFFF\u000B\u000C\u001B\u0007\u007F\u0085";

    private const string Seed = "Industry Blockchain Weekly 丨 Noncharacter\uFFFE issue\n\nThe intro\u001B[2J mentions Fuzhou.\n\n\n"
        + "Government Updates: Plans\u0007\n\nFuzhou: A platform\uFFFE\u000Bfor\u000Cbanks\n\n"
        + "On January 10, 2020, Fuzhou\u0085 launched\u007F a\uFDD0 blockchain\U0001FFFE platform for banks.\n";

    [Fact]
    public void Unsafe_characters_never_reach_output_and_each_line_is_reported_once()
    {
        using var site = new TestSite($"-- input/pages/odd.md --\n---\ntitle: Odd\u001B page\uFFFE\n---\nBody\u000B text\u0007 {Bad}\n");
        site.WriteBytes("seeds/2020-01-13-odd.txt", Encoding.UTF8.GetBytes(Seed));
        var result = site.Build("https://weekly.example.org/");
        Assert.True(result.Succeeded, result.DiagnosticsText());
        Assert.Equal(string.Join("\n", new[]
        {
            "input/pages/odd.md:2:11", "input/pages/odd.md:4:5",
            "seeds/2020-01-13-odd.txt:1:42", "seeds/2020-01-13-odd.txt:3:10", "seeds/2020-01-13-odd.txt:6:26",
            "seeds/2020-01-13-odd.txt:8:19", "seeds/2020-01-13-odd.txt:10:28",
        }), string.Join("\n", result.Diagnostics.Where(d => d.Code == "WK0209").Select(d => $"{d.File}:{d.Line}:{d.Column}")));
        Assert.Contains("U+001B (a control character) was removed, U+FFFE (a noncharacter) was removed",
            result.Diagnostics.Single(d => d.Code == "WK0209" && d.Line == 2 && d.File!.EndsWith(".md", StringComparison.Ordinal)).Message, StringComparison.Ordinal);
        var checkedFiles = 0;
        foreach (var file in result.Files.Where(f => f.Destination.EndsWith(".html", StringComparison.Ordinal) || f.Destination.EndsWith(".xml", StringComparison.Ordinal)
            || f.Destination.EndsWith(".json", StringComparison.Ordinal) || f.Destination.EndsWith(".txt", StringComparison.Ordinal)))
        {
            checkedFiles++;
            var found = new List<Weekly.Text.UnsafeCharacters.Found>();
            Weekly.Text.UnsafeCharacters.Clean(result.Text(file.Destination), found);
            Assert.True(found.Count == 0, $"{file.Destination}: {string.Join(", ", found.Select(f => f.Describe()))}");
        }
        Assert.True(checkedFiles > 10, $"only {checkedFiles} files");
        var story = result.Html("issues/2020-01-13-odd/fuzhou-a-platform-for-banks/index.html");
        Assert.Equal("Fuzhou: A platform for banks", story.QuerySelector("h1")!.TextContent);
        Assert.Equal("Odd page", result.Html("odd/index.html").QuerySelector("h1")!.TextContent);
    }

    /// <summary>
    /// Control characters written as YAML escapes (<c>"\x01"</c>, <c>"\u0085"</c>) are decoded after the raw text's
    /// clean-up: every value read from YAML (site.yml, topics.yml, a page's or a seed's front matter) is cleaned after
    /// decoding, with WK0209 at the key's line.
    /// </summary>
    [Fact]
    public void Control_characters_written_as_yaml_escapes_never_reach_output()
    {
        using var site = new TestSite($"""
            -- input/pages/odd.md --
            ---
            title: "Odd\x1b page"
            ---
            Body.
            -- seeds/2020-01-06-plain.txt --
            {SeedText.Issue("Plain", @"title: ""Plain\x01 issue""", ("Fuzhou: Court protects copyright on a blockchain", "On January 2, a Fuzhou court protected copyright with a blockchain."))}
            """);
        site.Write("input/site.yml", File.ReadAllText(Repo.PathOf("input", "site.yml"))
            .Replace("title: Industry Blockchain Weekly", @"title: ""Weekly\x01\u0085 \x1b[0m""", StringComparison.Ordinal));
        site.Write("input/topics.yml", File.ReadAllText(Repo.PathOf("input", "topics.yml"))
            .Replace("name: Copyright", @"name: ""Copy\x07right""", StringComparison.Ordinal));
        site.Write("input/sections.yml", File.ReadAllText(Repo.PathOf("input", "sections.yml"))
            .Replace("- name: Industrial Policy", @"- name: ""Industrial\x01 Policy""", StringComparison.Ordinal));

        var result = site.Build();

        Assert.True(result.Succeeded, result.DiagnosticsText());
        Assert.Equal(["input/pages/odd.md:2:1", "input/sections.yml:14:3", "input/site.yml:2:1", "input/topics.yml:33:3", "seeds/2020-01-06-plain.txt:2:1"],
            result.Diagnostics.Where(d => d.Code == "WK0209" && d.File!.Contains('/', StringComparison.Ordinal)).Select(d => $"{d.File}:{d.Line}:{d.Column}").Order(StringComparer.Ordinal));
        foreach (var file in result.Files.Where(f => f.Destination.EndsWith(".html", StringComparison.Ordinal) || f.Destination.EndsWith(".xml", StringComparison.Ordinal)
            || f.Destination.EndsWith(".json", StringComparison.Ordinal)))
        {
            var found = new List<Weekly.Text.UnsafeCharacters.Found>();
            Weekly.Text.UnsafeCharacters.Clean(result.Text(file.Destination), found);
            Assert.True(found.Count == 0, $"{file.Destination}: {string.Join(", ", found.Select(f => f.Describe()))}");
        }
        var home = result.Html("index.html");
        Assert.Equal("Weekly [0m", home.Title);
        Assert.Equal("Weekly [0m", home.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal("Weekly [0m (RSS)", home.QuerySelector("link[rel=alternate][type='application/rss+xml']")!.GetAttribute("title"));
        Assert.Equal("Plain issue", result.Html("issues/2020-01-06-plain/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("Copyright", result.Html("topics/copyright/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("Odd page", result.Html("odd/index.html").QuerySelector("h1")!.TextContent);
    }
}
