using System.CommandLine;
using Weekly.Cli.Preview;

namespace Weekly.Cli;

/// <summary><c>weekly preview</c>: serves the site on 127.0.0.1 from memory, rebuilding and reloading open pages on every change.</summary>
internal static class PreviewCommand
{
    public static Command Create()
    {
        var source = CommonOptions.Source();
        var port = new Option<int>("--port", "-p")
        {
            Description = "Port on 127.0.0.1 (the next free one is used when it is taken; 0 picks any free port)",
            DefaultValueFactory = _ => 5080,
        };
        var verbose = CommonOptions.Verbose();
        var command = new Command("preview", "Serve the site (drafts included) on 127.0.0.1, rebuild when seeds/, input/ or theme/ change, and reload open pages.") { source, port, verbose };
        command.SetAction((parse, cancellationToken) => Run(parse.GetValue(source)!, parse.GetValue(port), parse.GetValue(verbose), Console.Out, Console.Error, cancellationToken));
        return command;
    }

    /// <summary>Serves until cancelled (Ctrl+C); returns the exit code (1 when no port could be bound).</summary>
    public static async Task<int> Run(string source, int port, bool verbose, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (port is < 0 or > 65535)
        {
            stderr.WriteLine("weekly preview: --port must be between 0 and 65535.");
            return 1;
        }
        await using var server = new PreviewServer(Path.GetFullPath(source), verbose, stdout, stderr);
        if (!await server.StartAsync(port, cancellationToken)) return 1;
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
        stdout.WriteLine("Stopped.");
        return 0;
    }
}
