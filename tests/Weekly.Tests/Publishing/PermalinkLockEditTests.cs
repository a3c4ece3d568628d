using System.Text;
using Weekly.Core;
using Weekly.Publishing;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Publishing;

/// <summary>
/// <c>permalinks.lock</c> edited by hand, the ways editors do: each mistake is error WK0410 (WK0420 for a merge conflict) at
/// the line that is wrong, in plain words with what to do, and nothing of it reaches the output.
/// </summary>
public class PermalinkLockEditTests
{
    private const string BaseUrl = "https://example.org/";

    private const string Issue =
        "    {\n      \"source\": \"seeds/a.txt\",\n      \"id\": \"issues/a\",\n      \"url\": \"/issues/a/\",\n      \"title\": \"A\",\n      \"date\": \"2020-01-06\",\n" +
        "      \"aliases\": [],\n      \"stories\": [\n        {\"id\": \"issues/a/1\", \"url\": \"/issues/a/fuzhou/\", \"text\": \"0123456789ab\"}\n      ]\n    }";

    private static string Lock(params string[] issues) => "{\n  \"version\": 1,\n  \"issues\": [\n" + string.Join(",\n", issues) + "\n  ]\n}\n";

    private static List<Diagnostic> Parse(string text, out PermalinkLock parsed)
    {
        var bag = new DiagnosticBag();
        parsed = PermalinkLockFile.Parse(Encoding.UTF8.GetBytes(text), bag);
        return bag.Sorted().ToList();
    }

    private static Diagnostic Single(string text)
    {
        var diagnostics = Parse(text, out var parsed);
        Assert.Same(PermalinkLock.Empty, parsed);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("WK0410", "permalinks.lock"), (error.Code, error.File));
        return error;
    }

    [Theory]
    [InlineData("/issues/a/Hangzhou Court adopts/")]
    [InlineData("/issues/a/hangzhou/extra/")]
    [InlineData("/issues/a/fuzhou")]
    public void A_story_url_that_is_not_one_this_site_makes_is_an_error_at_its_line(string url)
    {
        var error = Single(Lock(Issue.Replace("/issues/a/fuzhou/", url, StringComparison.Ordinal)));
        Assert.Equal((12, 37), (error.Line, error.Column));
        Assert.Contains($"the story's url \"{url}\" is not a URL this site makes (/issues/<issue-slug>/<story-slug>/", error.Message, StringComparison.Ordinal);
        Assert.Contains("git diff permalinks.lock", error.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example/x/", "https://evil.example/x/")]
    [InlineData("//evil.example/", "//evil.example/")]
    [InlineData("/../../evil/", "/../../evil/")]
    [InlineData("javascript:alert(1)", "javascript:alert(1)")]
    [InlineData("/x#frag/", "/x#frag/")]
    [InlineData("/issues/sp\u00A0ace/", "/issues/sp\\u00A0ace/")]
    [InlineData("/issues/t\tab/", "/issues/t\\tab/")]
    [InlineData("/issues/q?x=1/", "/issues/q?x=1/")]
    [InlineData("/search/", "/search/")]
    [InlineData("/", "/")]
    [InlineData("/about/", "/about/")]
    [InlineData("/feed.xml", "/feed.xml")]
    [InlineData("/assets/css/site.css/", "/assets/css/site.css/")]
    [InlineData("/issues/page/", "/issues/page/")]
    [InlineData("/issues/Upper/", "/issues/Upper/")]
    [InlineData("/issues/con/", "/issues/con/")]
    public void An_alias_that_is_not_an_issue_url_this_site_makes_is_an_error_naming_it(string alias, string shown)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(alias);
        var error = Single(Lock(Issue.Replace("\"aliases\": []", $"\"aliases\": [{json}]", StringComparison.Ordinal)));
        Assert.Equal((10, 18), (error.Line, error.Column)); // the list of aliases
        Assert.Contains(shown.Replace("'", "\\u0027", StringComparison.Ordinal), error.Message, StringComparison.Ordinal);
        Assert.Contains("is not a URL this site makes (/issues/<issue-slug>/", error.Message, StringComparison.Ordinal);
        Assert.Contains("input/static/_redirects", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_story_url_fails_the_build_and_writes_no_redirect()
    {
        using var site = new TestSite($"-- seeds/2020-01-06-a.txt --\n{SeedText.Issue("A", null, SeedText.Fuzhou)}");
        site.BuildAndSaveLock(BaseUrl);
        var good = site.Read("permalinks.lock");
        site.Write("permalinks.lock", good.Replace("/fuzhou-city-launches-a-blockchain-pilot-zone/", "/Hangzhou Court adopts/", StringComparison.Ordinal));

        var result = site.Build(BaseUrl);

        Assert.False(result.Succeeded);
        Assert.Equal(["WK0410"], result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Code));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "WK0412");
        Assert.DoesNotContain(result.Files, f => f.Destination.Contains(' ', StringComparison.Ordinal));
    }

    [Fact]
    public void An_alias_equal_to_a_live_issues_url_is_dropped_with_a_warning_the_live_page_winning()
    {
        using var site = new TestSite($"-- seeds/2020-01-06-a.txt --\n{SeedText.Issue("A", null, SeedText.Fuzhou)}\n-- seeds/2020-01-13-b.txt --\n{SeedText.Issue("B", null, SeedText.Bank)}");
        site.BuildAndSaveLock(BaseUrl);
        var edited = site.Read("permalinks.lock").Replace("\"aliases\": []", "\"aliases\": [\"/issues/2020-01-13-b/\"]", StringComparison.Ordinal);
        site.Write("permalinks.lock", edited);

        var result = site.BuildAndSaveLock(BaseUrl);

        Assert.True(result.Succeeded, result.DiagnosticsText());
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("WK0415", "seeds/2020-01-06-a.txt"), (warning.Code, warning.File));
        Assert.Contains("the old URL /issues/2020-01-13-b/ is now the URL of another page", warning.Message, StringComparison.Ordinal);
        Assert.False(result.Has("_redirects"));
        Assert.Equal("B", result.Html("issues/2020-01-13-b/index.html").QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain("\"aliases\": [\"/issues/2020-01-13-b/\"]", site.Read("permalinks.lock"), StringComparison.Ordinal);
        Assert.Empty(site.Build(BaseUrl).Diagnostics);
    }

    [Fact]
    public void Git_merge_conflict_markers_are_WK0420_at_the_first_marker_with_the_documented_procedure()
    {
        var text = Lock(Issue).Replace("  \"issues\": [\n", "  \"issues\": [\n<<<<<<< HEAD\n=======\n>>>>>>> origin/main\n", StringComparison.Ordinal);
        var diagnostics = Parse(text, out var parsed);
        Assert.Same(PermalinkLock.Empty, parsed);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("WK0420", 4, 1), (error.Code, error.Line, error.Column));
        Assert.Contains("\"<<<<<<< HEAD\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("git checkout origin/main -- permalinks.lock, then weekly check", error.Hint, StringComparison.Ordinal);
        Assert.Contains("git checkout origin/main -- permalinks.lock", File.ReadAllText(Repo.PathOf("docs", "permalinks.md")), StringComparison.Ordinal);
        Assert.DoesNotContain(Codes().Select(c => c.Hint ?? ""), h => h.Contains("git checkout -- permalinks.lock", StringComparison.Ordinal));
    }

    private static IEnumerable<Weekly.Diagnostics.DiagnosticCode> Codes() => [Weekly.Diagnostics.Codes.LockUnreadable, Weekly.Diagnostics.Codes.LockConflicted];

    [Fact]
    public void A_duplicated_issue_entry_is_an_error_at_the_second_entry()
    {
        var error = Single(Lock(Issue, Issue));
        Assert.Equal((15, 5), (error.Line, error.Column));
        Assert.Contains("repeats the seed path (\"source\") \"seeds/a.txt\" of the entry at line 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_issues_with_one_url_or_one_id_and_a_story_id_twice_are_errors_at_the_later_entry()
    {
        var other = Issue.Replace("seeds/a.txt", "seeds/b.txt", StringComparison.Ordinal).Replace("\"issues/a\"", "\"issues/b\"", StringComparison.Ordinal)
            .Replace("issues/a/1", "issues/b/1", StringComparison.Ordinal).Replace("/issues/a/fuzhou/", "/issues/b/fuzhou/", StringComparison.Ordinal);
        Assert.Contains("repeats the URL \"/issues/a/\" of the entry at line 4", Single(Lock(Issue, other.Replace("\"/issues/b/\"", "\"/issues/a/\"", StringComparison.Ordinal))).Message, StringComparison.Ordinal);
        Assert.Contains("repeats the issue id \"issues/a\"", Single(Lock(Issue, other.Replace("\"id\": \"issues/b\"", "\"id\": \"issues/a\"", StringComparison.Ordinal))).Message, StringComparison.Ordinal);
        var twice = Issue.Replace("\"text\": \"0123456789ab\"}", "\"text\": \"0123456789ab\"},\n        {\"id\": \"issues/a/1\", \"url\": \"/issues/a/bank/\", \"text\": \"ba9876543210\"}", StringComparison.Ordinal);
        var error = Single(Lock(twice));
        Assert.Equal(13, error.Line);
        Assert.Contains("repeats the story id \"issues/a/1\" of the entry at line 12", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicated_issue_entry_fails_the_build_without_a_false_withdrawal()
    {
        using var site = new TestSite($"-- seeds/2020-01-06-a.txt --\n{SeedText.Issue("A", null, SeedText.Fuzhou)}");
        site.BuildAndSaveLock(BaseUrl);
        var good = site.Read("permalinks.lock");
        var block = good[(good.IndexOf("    {", StringComparison.Ordinal))..good.LastIndexOf("\n  ]", StringComparison.Ordinal)];
        site.Write("permalinks.lock", good.Replace(block, block + ",\n" + block, StringComparison.Ordinal));

        var result = site.Build(BaseUrl);

        Assert.Equal(["WK0410"], result.Diagnostics.Where(d => d.Code.StartsWith("WK04", StringComparison.Ordinal)).Select(d => d.Code));
        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("null\n", "the file holds null, not a lock")]
    [InlineData("  \n", "the file is empty")]
    public void An_empty_file_and_null_are_the_same_error(string text, string message)
    {
        var error = Single(text);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Equal("permalinks.lock cannot be read: " + message, error.Message);
        Assert.Contains("git checkout HEAD -- permalinks.lock", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_without_an_id_is_an_error_at_its_line_not_dropped()
    {
        var error = Single(Lock(Issue.Replace("{\"id\": \"issues/a/1\", ", "{", StringComparison.Ordinal)));
        Assert.Equal((12, 9), (error.Line, error.Column));
        Assert.Equal("permalinks.lock cannot be read: this entry has no \"id\"", error.Message);
    }

    [Fact]
    public void A_repeated_key_and_a_misspelt_field_are_errors_at_their_line()
    {
        var twice = Single(Lock(Issue.Replace("\"title\": \"A\",", "\"title\": \"A\", \"title\": \"B\",", StringComparison.Ordinal)));
        Assert.Equal((8, 21), (twice.Line, twice.Column));
        Assert.Contains("has the field \"title\" twice", twice.Message, StringComparison.Ordinal);
        var misspelt = Single(Lock(Issue.Replace("\"aliases\"", "\"aliasses\"", StringComparison.Ordinal)));
        Assert.Equal((10, 7), (misspelt.Line, misspelt.Column));
        Assert.Contains("an issue entry has an unknown field \"aliasses\" (its fields are source, id, url, title, date, aliases, removed, stories)", misspelt.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var diagnostics = Parse("\uFEFF" + Lock(Issue), out var parsed);
        Assert.Empty(diagnostics);
        Assert.Equal("/issues/a/fuzhou/", Assert.Single(Assert.Single(parsed.Issues).Stories).Url);
    }

    [Fact]
    public void A_wrong_version_is_reported_at_its_line_and_a_wrong_type_in_plain_words()
    {
        var version = Single(Lock(Issue).Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal));
        Assert.Equal((2, 14), (version.Line, version.Column));
        Assert.Equal("permalinks.lock cannot be read: its version is 2; this Weekly reads version 1", version.Message);
        var type = Single(Lock(Issue.Replace("\"aliases\": []", "\"aliases\": \"/issues/old-a/\"", StringComparison.Ordinal)));
        Assert.Equal((10, 18), (type.Line, type.Column));
        Assert.Equal("permalinks.lock cannot be read: \"aliases\" must be a list [ ], not a string", type.Message);
        Assert.DoesNotContain("System.", type.Message, StringComparison.Ordinal);
    }
}
