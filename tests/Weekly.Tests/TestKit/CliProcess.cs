using System.Diagnostics;

namespace Weekly.Tests.TestKit;

/// <summary>Runs the real <c>weekly</c> command (Weekly.Cli.dll next to the tests) as a child process.</summary>
public static class CliProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>Runs <c>dotnet Weekly.Cli.dll args</c> in <paramref name="workingDirectory"/> with extra environment variables.</summary>
    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Weekly.Cli.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // A CI runner's CI=true would make the command treat permalinks.lock as read-only: tests say what they want.
        start.Environment.Remove("CI");
        start.Environment.Remove("NETLIFY");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("weekly " + string.Join(' ', args) + " did not finish in 2 minutes");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>All files under a folder, relative path → bytes.</summary>
    public static SortedDictionary<string, byte[]> ReadTree(string directory) =>
        new(Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);
}
