using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Weekly.Cli.Preview;

/// <summary>Starts the preview's web server on the requested port, or on the next free one.</summary>
internal static class PortBinding
{
    /// <summary>How many ports from the requested one are tried when it is in use.</summary>
    public const int Attempts = 10;

    /// <summary>
    /// Starts an app from <paramref name="create"/> on <paramref name="port"/> (0: any free port), or on the next free one of
    /// <see cref="Attempts"/> (said on <paramref name="stdout"/>).
    /// </summary>
    /// <remarks><paramref name="bind"/> is the address listened on (also named in messages).</remarks>
    /// <returns>
    /// The started app and its address (<c>http://127.0.0.1:5080/</c>; bound to every address, the loopback one, which a
    /// browser on this machine can open), or null when every port was in use (said on <paramref name="stderr"/>).
    /// </returns>
    public static async Task<(WebApplication App, string Address)?> StartAsync(IPAddress bind, int port, Func<int, WebApplication> create, TextWriter stdout,
        TextWriter stderr, CancellationToken cancellationToken)
    {
        var candidates = port == 0 ? [0] : Enumerable.Range(port, Attempts).Where(p => p <= IPEndPoint.MaxPort).ToList();
        foreach (var candidate in candidates)
        {
            var app = create(candidate);
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException)
            {
                await app.DisposeAsync();
                continue;
            }
            var bound = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
            if (port != 0 && candidate != port)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Port {port} is in use; serving on port {candidate} instead."));
            }
            return (app, string.Create(CultureInfo.InvariantCulture, $"http://{Host(bind)}:{bound}/"));
        }
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"weekly preview: ports {port} to {port + Attempts - 1} on {bind} are all in use. Stop the other server or pass --port N (0 picks a free port)."));
        return null;
    }

    /// <summary>The host part of a URL for <paramref name="bind"/>: loopback for "every address", brackets around IPv6.</summary>
    private static string Host(IPAddress bind) =>
        bind.Equals(IPAddress.Any) ? "127.0.0.1"
        : bind.Equals(IPAddress.IPv6Any) ? "[::1]"
        : bind.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{bind}]"
        : bind.ToString();
}
