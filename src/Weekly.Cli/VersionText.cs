using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Weekly.Cli;

/// <summary>
/// <c>weekly --version</c>: <c>weekly 1.0.0 (commit 0123abc…)</c>. The SDK puts the commit a build was made from into the
/// informational version (<c>1.0.0+&lt;sha&gt;</c>, SourceLink, when built in a git checkout); built elsewhere, the commit is
/// <c>unknown</c>. Nothing else (no build date), so the same commit always says the same.
/// </summary>
internal static class VersionText
{
    /// <summary>The text for an informational version such as <c>1.0.0+0123abc</c>.</summary>
    public static string For(string? informationalVersion)
    {
        var version = informationalVersion ?? "unknown";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        var (number, commit) = plus < 0 ? (version, "unknown") : (version[..plus], version[(plus + 1)..]);
        return $"{WeeklyCommand.Name} {number} (commit {(commit.Length > 0 ? commit : "unknown")})";
    }

    /// <summary>This build's text.</summary>
    public static string Current =>
        For(typeof(VersionText).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);

    /// <summary>The <c>--version</c> option of the root command: prints <see cref="Current"/> and stops.</summary>
    public static Option<bool> Option() => new("--version")
    {
        Description = "Print the version and the commit it was built from",
        Action = new PrintVersion(),
    };

    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Current);
            return 0;
        }
    }
}
