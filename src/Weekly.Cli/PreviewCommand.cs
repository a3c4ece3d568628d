using System.CommandLine;
using System.Net;
using Weekly.Cli.Preview;

namespace Weekly.Cli;

/// <summary>
/// <c>weekly preview</c> (also <c>serve</c> and <c>server</c>, Hugo's and Eleventy's words): serves the site from memory on
/// 127.0.0.1 (<c>--bind</c> another address, with a warning when others can reach it), rebuilding and reloading open pages on
/// every change.
/// </summary>
internal static class PreviewCommand
{
    public static Command Create()
    {
        var source = CommonOptions.Source();
        var port = new Option<int>("--port", "-p")
        {
            Description = "Port to listen on (the next free one is used when it is taken; 0 picks any free port)",
            DefaultValueFactory = _ => 5080,
        };
        var bind = new Option<string>("--bind")
        {
            Description = "Address to listen on: 127.0.0.1 (this machine only), or e.g. 0.0.0.0 to open the preview from a phone on the same network",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "Absolute base URL the pages are built with (default: the preview's own address)",
        };
        var noDrafts = new Option<bool>("--no-drafts") { Description = "Leave out issues whose front matter says draft: true, as build does" };
        var verbose = CommonOptions.Verbose();
        var command = new Command("preview", "Serve the site (drafts included) on 127.0.0.1, rebuild when seeds/, input/ or theme/ change, and reload open pages.")
        {
            source, port, bind, baseUrl, noDrafts, verbose,
        };
        command.Aliases.Add("serve");
        command.Aliases.Add("server");
        command.SetAction((parse, cancellationToken) => Run(parse.GetValue(source), parse.GetValue(port), parse.GetValue(bind)!, parse.GetValue(baseUrl),
            !parse.GetValue(noDrafts), parse.GetValue(verbose), Console.Out, Console.Error, cancellationToken));
        return command;
    }

    /// <summary>Serves until cancelled (Ctrl+C); returns the exit code (1 when the arguments are wrong or no port could be bound).</summary>
    public static async Task<int> Run(string? source, int port, string bind, string? baseUrl, bool drafts, bool verbose, TextWriter stdout, TextWriter stderr,
        CancellationToken cancellationToken)
    {
        if (port is < 0 or > 65535)
        {
            stderr.WriteLine("weekly preview: --port must be between 0 and 65535.");
            return 1;
        }
        if (ParseAddress(bind) is not { } address)
        {
            stderr.WriteLine($"weekly preview: --bind '{bind}' is not an IP address (127.0.0.1 for this machine only, 0.0.0.0 for every network interface).");
            return 1;
        }
        if (CommonOptions.SiteRoot(source, stderr) is not { } root) return 1;
        if (!IPAddress.IsLoopback(address))
        {
            stderr.WriteLine($"Warning: bound to {address}: the site is visible on the network (drafts {(drafts ? "included" : "left out")}) to anyone who can reach this machine.");
        }
        await using var server = new PreviewServer(new PreviewSettings(root, address, port, baseUrl, drafts, verbose), stdout, stderr);
        if (!await server.StartAsync(cancellationToken)) return 1;
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

    /// <summary>An IP address, or <c>localhost</c> (127.0.0.1); null for anything else.</summary>
    public static IPAddress? ParseAddress(string text) =>
        text.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(text, out var address) ? address
        : null;
}
