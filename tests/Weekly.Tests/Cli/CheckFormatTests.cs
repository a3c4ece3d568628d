using System.Text.Json;
using System.Text.RegularExpressions;
using Weekly.Core;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Cli;

/// <summary>
/// Issue #18, acceptance 2: <c>weekly check --format github</c> prints GitHub Actions workflow commands (parsed here with the
/// grammar of actions/toolkit's command.ts: <c>::name k=v,k=v::message</c>, values escaped), <c>--format json</c> one document.
/// </summary>
public partial class CheckFormatTests
{
    /// <summary>Three broken seeds; the second's file name holds a <c>%</c>, a <c>,</c> and a <c>:</c>, which must be escaped in the <c>file</c> property.</summary>
    private const string WeirdName = "seeds/2020-01-13-50%,off:now.txt";

    private static TestSite BrokenSite() => new(
        "-- seeds/2020-01-06-bad-yaml.txt --\n" + SeedText.Issue("Bad YAML", "title: [unclosed\nnumber: 1", SeedText.Beijing)
        + $"-- {WeirdName} --\n" + SeedText.Issue("Two", "number: 2\ncolour: blue", SeedText.Fuzhou)
        + "-- seeds/2020-01-20-duplicate-number.txt --\n" + SeedText.Issue("Duplicate", "number: 2", SeedText.Bank));

    /// <summary><c>::error|warning file=…,line=N,col=N,title=…::message</c>; property values hold no raw <c>,</c> <c>:</c> CR LF.</summary>
    [GeneratedRegex(@"^::(?<severity>error|warning) (?:file=(?<file>[^,:\r\n]*),)?(?:line=(?<line>\d+),)?(?:col=(?<col>\d+),)?title=(?<title>[^,:\r\n]+)::(?<message>[^\r\n]*)$")]
    private static partial Regex WorkflowCommand();

    private static string Unescape(string s) => s.Replace("%0D", "\r", StringComparison.Ordinal).Replace("%0A", "\n", StringComparison.Ordinal)
        .Replace("%3A", ":", StringComparison.Ordinal).Replace("%2C", ",", StringComparison.Ordinal).Replace("%25", "%", StringComparison.Ordinal);

    [Fact]
    public void Github_format_prints_one_workflow_command_per_problem_at_the_seed_s_line()
    {
        using var site = BrokenSite();
        var run = CliProcess.Run(site.Root, null, "check", "--format", "github");
        Assert.Equal(1, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var commands = lines.Select(l => WorkflowCommand().Match(l)).ToList();
        Assert.All(commands, (m, i) => Assert.True(m.Success, "not a workflow command: " + lines[i]));
        var parsed = commands.Select(m => (Severity: m.Groups["severity"].Value, File: Unescape(m.Groups["file"].Value), Line: m.Groups["line"].Value,
            Col: m.Groups["col"].Value, Title: m.Groups["title"].Value, Message: Unescape(m.Groups["message"].Value))).ToList();

        Assert.Contains(("error", "seeds/2020-01-06-bad-yaml.txt", "4", "1", "WK0111"), parsed.Select(p => (p.Severity, p.File, p.Line, p.Col, p.Title)));
        Assert.Contains(parsed, p => p is { Severity: "warning", File: WeirdName, Line: "3", Title: "WK0113" } && p.Message.Contains("colour", StringComparison.Ordinal));
        Assert.Contains(("warning", "seeds/2020-01-20-duplicate-number.txt", "2", "1", "WK0905",
            $"issue number 2 is also the number of {WeirdName} (give each issue its own number in front matter; unnumbered issues count up from the one before)"),
            parsed.Select(p => (p.Severity, p.File, p.Line, p.Col, p.Title, p.Message)));
        Assert.Contains("file=seeds/2020-01-13-50%25%2Coff%3Anow.txt,line=", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(3, parsed.Select(p => p.File).Distinct().Count());
        Assert.Matches(@"^Checked 3 issues in \d+\.\d\d s: 1 error, \d+ warnings; no site written\.\n$", run.Stderr);
    }

    [Fact]
    public void Github_format_paths_start_at_the_repository_root_when_the_site_is_in_a_subfolder_of_it()
    {
        var repo = Directory.CreateTempSubdirectory("weekly-repo-");
        try
        {
            Directory.CreateDirectory(Path.Combine(repo.FullName, ".git"));
            var site = Directory.CreateDirectory(Path.Combine(repo.FullName, "sites", "weekly"));
            var d = new Diagnostic(Severity.Warning, "WK0206", "near a known name", "seeds/x.txt", 8, 1);
            var inSubfolder = new StringWriter();
            Weekly.Cli.GitHubAnnotations.Write([d], inSubfolder, site.FullName);
            var atRoot = new StringWriter();
            Weekly.Cli.GitHubAnnotations.Write([d], atRoot, repo.FullName);

            Assert.Equal("::warning file=sites/weekly/seeds/x.txt,line=8,col=1,title=WK0206::near a known name\n", inSubfolder.ToString().ReplaceLineEndings("\n"));
            Assert.Equal("::warning file=seeds/x.txt,line=8,col=1,title=WK0206::near a known name\n", atRoot.ToString().ReplaceLineEndings("\n"));
        }
        finally
        {
            repo.Delete(recursive: true);
        }
    }

    [Fact]
    public void Workflow_commands_escape_percent_line_ends_and_property_separators_as_github_s_toolkit_does()
    {
        var d = new Diagnostic(Severity.Warning, "WK0113", "100% sure:\r\nsecond line, too", "seeds/a,b:c%.txt", 8, 3, "fix it: now");
        Assert.Equal("::warning file=seeds/a%2Cb%3Ac%25.txt,line=8,col=3,title=WK0113::100%25 sure:%0D%0Asecond line, too (fix it: now)",
            Weekly.Cli.GitHubAnnotations.Format(d));
        Assert.Equal("::error title=WK0004::no file", Weekly.Cli.GitHubAnnotations.Format(new Diagnostic(Severity.Error, "WK0004", "no file")));
    }

    [Fact]
    public void Control_characters_in_a_problem_are_printed_escaped_in_every_format()
    {
        const string name = "seeds/2020-01-13-\u001B[2Jred\u0007.txt";
        using var site = new TestSite($"-- {name} --\n" + SeedText.Issue("Red", "colour: blue", SeedText.Fuzhou));
        var text = CliProcess.Run(site.Root, null, "check");
        var github = CliProcess.Run(site.Root, null, "check", "--format", "github");
        var json = CliProcess.Run(site.Root, null, "check", "--format", "json");
        foreach (var output in new[] { text.Stdout + text.Stderr, github.Stdout + github.Stderr, json.Stdout + json.Stderr })
        {
            Assert.DoesNotContain('\u001B', output);
            Assert.DoesNotContain('\u0007', output);
        }
        Assert.Contains("seeds/2020-01-13-\\u001B[2Jred\\u0007.txt:", text.Stdout + text.Stderr, StringComparison.Ordinal);
        Assert.Contains("file=seeds/2020-01-13-\\u001B[2Jred\\u0007.txt,", github.Stdout, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Stdout);
        Assert.Contains(document.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("file").GetString() == name);
        Assert.Equal("weekly: warning WK0113: x \\u001B\\u009B y\tz\\u000A", new Diagnostic(Severity.Warning, "WK0113", "x \u001B\u009B y\tz\n").ToString());
    }

    [Fact]
    public void Bidi_controls_in_a_problem_are_printed_escaped_in_text_and_github_formats()
    {
        // A right-to-left override in a headline would show the rest of the terminal or CI log line backwards.
        var d = new Diagnostic(Severity.Warning, "WK0412", "story \"Beijing: Story \u202Eexe.txt moved\" \u2066x\u2069 \u200Fy\u061C", "seeds/a.txt", 8, 1);
        Assert.Equal("seeds/a.txt:8:1: warning WK0412: story \"Beijing: Story \\u202Eexe.txt moved\" \\u2066x\\u2069 \\u200Fy\\u061C", d.ToString());
        Assert.Equal("::warning file=seeds/a.txt,line=8,col=1,title=WK0412::story \"Beijing: Story \\u202Eexe.txt moved\" \\u2066x\\u2069 \\u200Fy\\u061C",
            Weekly.Cli.GitHubAnnotations.Format(d));
    }

    [Fact]
    public void Json_format_prints_one_document_with_every_problem()
    {
        using var site = BrokenSite();
        var run = CliProcess.Run(site.Root, null, "check", "--format", "json");
        Assert.Equal(1, run.ExitCode);
        using var document = JsonDocument.Parse(run.Stdout);
        var root = document.RootElement;
        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
        Assert.Equal(diagnostics.Count - 1, root.GetProperty("warnings").GetInt32());
        var yaml = Assert.Single(diagnostics, d => d.GetProperty("code").GetString() == "WK0111");
        Assert.Equal(("seeds/2020-01-06-bad-yaml.txt", 4, 1, "error"),
            (yaml.GetProperty("file").GetString(), yaml.GetProperty("line").GetInt32(), yaml.GetProperty("column").GetInt32(), yaml.GetProperty("severity").GetString()));
        Assert.StartsWith("front matter is not valid YAML", yaml.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(yaml.GetProperty("hint").GetString()));
        var unknownKey = Assert.Single(diagnostics, d => d.GetProperty("code").GetString() == "WK0113");
        Assert.Equal(WeirdName, unknownKey.GetProperty("file").GetString());
        Assert.All(diagnostics, d => Assert.Equal(["file", "line", "column", "severity", "code", "message", "hint"], d.EnumerateObject().Select(p => p.Name)));
        Assert.DoesNotContain("Checked", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_one_line()
    {
        using var site = BrokenSite();
        var run = CliProcess.Run(site.Root, null, "check", "--format", "xml");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("weekly check: --format must be text, github or json, not 'xml'. (see weekly check --help)\n", run.Stderr);
    }
}
