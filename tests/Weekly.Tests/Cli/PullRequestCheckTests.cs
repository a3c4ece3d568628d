using System.Diagnostics;
using Weekly.Tests.TestKit;
using YamlDotNet.RepresentationModel;

namespace Weekly.Tests.Cli;

/// <summary>Issue #18, acceptance 3: the pull-request workflow runs the command the README shows; the pre-commit hook checks what is staged.</summary>
public class PullRequestCheckTests
{
    /// <summary>The first fenced code block after the README's "Pull requests are checked" heading.</summary>
    private static string ReadmeCommand()
    {
        var readme = File.ReadAllText(Repo.PathOf("README.md"));
        var section = readme[readme.IndexOf("\n## Pull requests are checked\n", StringComparison.Ordinal)..];
        var start = section.IndexOf("```sh\n", StringComparison.Ordinal) + "```sh\n".Length;
        return section[start..section.IndexOf("\n```", start, StringComparison.Ordinal)].Trim();
    }

    [Fact]
    public void The_workflow_is_valid_yaml_and_runs_the_readme_s_command_on_pull_requests_touching_the_site()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Repo.PathOf(".github", "workflows", "check.yml"))) yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents.Single().RootNode;
        var paths = ((YamlSequenceNode)root["on"]["pull_request"]["paths"]).Children.Select(n => n.ToString());
        Assert.Equal(["seeds/**", "input/**", "theme/**"], paths);

        var steps = ((YamlSequenceNode)((YamlMappingNode)root["jobs"])["check"]["steps"]).Children.Cast<YamlMappingNode>().ToList();
        var setup = Assert.Single(steps, s => s.Children.TryGetValue("uses", out var uses) && uses.ToString().StartsWith("actions/setup-dotnet@", StringComparison.Ordinal));
        Assert.Equal("global.json", setup["with"]["global-json-file"].ToString());
        Assert.Contains(steps, s => s.Children.TryGetValue("uses", out var uses) && uses.ToString().StartsWith("actions/cache@", StringComparison.Ordinal)
            && s["with"]["path"].ToString() == "~/.nuget/packages");
        var check = Assert.Single(steps, s => s.Children.TryGetValue("name", out var name) && name.ToString() == "Check the site");
        Assert.Equal("weekly check --format github", ReadmeCommand());
        Assert.Equal(ReadmeCommand(), check["run"].ToString().Trim());
    }

    [Fact]
    public void The_pre_commit_hook_checks_the_staged_seeds_and_stops_a_commit_with_an_error()
    {
        if (OperatingSystem.IsWindows()) return; // a sh script, run by Git for Windows' own shell there
        using var site = new TestSite("-- seeds/2020-01-06-a.txt --\n" + SeedText.Issue("Pilots", null, SeedText.Fuzhou));
        using var bin = new TempDirectory();
        // `weekly` on the PATH: the command the tests built.
        bin.Write("weekly", $"#!/bin/sh\nexec dotnet '{Path.Combine(AppContext.BaseDirectory, "Weekly.Cli.dll")}' \"$@\"\n");
        File.SetUnixFileMode(bin.Combine("weekly"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Git(site.Root, "init", "-q");
        Git(site.Root, "add", "-A");
        Assert.Equal(0, Hook(site.Root, bin.Path).ExitCode);

        var broken = "---\ntitle: [unclosed\n---\n" + SeedText.Issue("Broken", null, SeedText.Beijing);
        site.Write("seeds/2020-01-13-b.txt", broken);
        Assert.Equal(0, Hook(site.Root, bin.Path).ExitCode); // not staged: not checked
        Git(site.Root, "add", "seeds/2020-01-13-b.txt");
        var stopped = Hook(site.Root, bin.Path);
        Assert.Equal(1, stopped.ExitCode);
        Assert.Matches(@"seeds/2020-01-13-b\.txt:\d+:\d+: error WK0111", stopped.Output);

        site.Write("seeds/2020-01-13-b.txt", SeedText.Issue("Fixed", null, SeedText.Beijing));
        Assert.Equal(1, Hook(site.Root, bin.Path).ExitCode); // the fix is not staged yet
        Git(site.Root, "add", "seeds/2020-01-13-b.txt");
        var passed = Hook(site.Root, bin.Path);
        Assert.True(passed.ExitCode == 0, passed.Output);
        Assert.False(File.Exists(Path.Combine(site.Root, "permalinks.lock"))); // the check ran on a copy
    }

    private static (int ExitCode, string Output) Hook(string root, string bin) =>
        Run(root, "sh", [Repo.PathOf("tools", "hooks", "pre-commit")], new() { ["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH") });

    private static void Git(string root, params string[] args)
    {
        var (code, output) = Run(root, "git", args, new());
        Assert.True(code == 0, "git " + string.Join(' ', args) + ": " + output);
    }

    private static (int ExitCode, string Output) Run(string root, string file, string[] args, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        start.Environment.Remove("CI");
        start.Environment.Remove("GIT_DIR");
        start.Environment.Remove("GIT_INDEX_FILE");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
