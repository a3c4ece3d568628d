using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace Weekly.Cli.Preview;

/// <summary>
/// The addresses another device on the network (a phone) can open a preview bound beyond loopback at: this machine's
/// unicast addresses on interfaces that are up, loopback and IPv6 link-local ones left out (System.Net.NetworkInformation).
/// </summary>
internal static class NetworkAddresses
{
    /// <summary>
    /// <c>http://ADDRESS:PORT/</c> for each address of this machine that <paramref name="bind"/> listens on (every one for
    /// 0.0.0.0 or ::, of that family; else the bind address itself), IPv4 first, in the order the system lists them.
    /// </summary>
    public static IReadOnlyList<string> Urls(IPAddress bind, int port) => Urls(bind, port, Local());

    /// <summary>As <see cref="Urls(IPAddress, int)"/>, from the given machine addresses (for tests).</summary>
    internal static IReadOnlyList<string> Urls(IPAddress bind, int port, IEnumerable<IPAddress> local)
    {
        IEnumerable<IPAddress> addresses = bind.Equals(IPAddress.Any) ? local.Where(a => a.AddressFamily == AddressFamily.InterNetwork)
            : bind.Equals(IPAddress.IPv6Any) ? local
            : [bind];
        return addresses.Where(a => !IPAddress.IsLoopback(a) && !a.IsIPv6LinkLocal)
            .OrderBy(a => a.AddressFamily == AddressFamily.InterNetwork ? 0 : 1)
            .Select(a => new UriBuilder("http", a.ToString(), port).Uri.ToString())
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<IPAddress> Local()
    {
        try
        {
            return NetworkInterface.GetAllNetworkInterfaces()
                .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
                .SelectMany(n => n.GetIPProperties().UnicastAddresses.Select(u => u.Address))
                .ToList();
        }
        catch (NetworkInformationException)
        {
            return [];
        }
    }
}
