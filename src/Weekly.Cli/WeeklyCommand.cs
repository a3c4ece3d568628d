using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Weekly.Cli;

/// <summary>
/// The <c>weekly</c> command line: the commands, help on each, <c>--version</c>; a bare <c>weekly</c> builds, as a bare
/// <c>hugo</c> does, and takes build's options. The root is a plain <see cref="Command"/> named <c>weekly</c> rather than
/// System.CommandLine's <see cref="RootCommand"/>, which is named after the executable (<c>Weekly.Cli</c> under
/// <c>dotnet run</c> and in the native build), so the usage line says <c>weekly</c> however it is started.
/// </summary>
internal static class WeeklyCommand
{
    /// <summary>The command's name, in the usage line and messages.</summary>
    public const string Name = "weekly";

    public static Command Create()
    {
        var root = new Command(Name, "Weekly builds the Industry Blockchain Weekly site from seeds/, input/ and theme/ into output/. "
            + "Without a command it builds (weekly build).");
        root.Options.Add(new HelpOption());
        root.Options.Add(VersionText.Option());
        BuildCommand.AddTo(root);
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(CleanCommand.Create());
        root.Subcommands.Add(NewCommand.Create());
        root.Subcommands.Add(PreviewCommand.Create());
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; a command line that does not parse gets one message (<see cref="UsageErrors"/>).</summary>
    public static int Invoke(string[] args)
    {
        var parse = Create().Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            UsageErrors.Write(parse, Console.Error);
            return 1;
        }
        return parse.Invoke();
    }
}
