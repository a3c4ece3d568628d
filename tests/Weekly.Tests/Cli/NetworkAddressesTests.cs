using System.Net;
using Weekly.Cli.Preview;

namespace Weekly.Tests.Cli;

/// <summary><c>weekly preview --bind 0.0.0.0</c> prints the addresses a phone on the network can open.</summary>
public class NetworkAddressesTests
{
    private static readonly IPAddress[] Local =
        [IPAddress.Parse("192.168.1.23"), IPAddress.Parse("fe80::1"), IPAddress.Parse("2001:db8::5"), IPAddress.Parse("10.0.0.7"), IPAddress.Loopback];

    [Fact]
    public void Every_interface_bind_lists_this_machine_s_lan_addresses_without_loopback_or_link_local()
    {
        Assert.Equal(["http://192.168.1.23:5080/", "http://10.0.0.7:5080/"], NetworkAddresses.Urls(IPAddress.Any, 5080, Local));
        Assert.Equal(["http://192.168.1.23:5080/", "http://10.0.0.7:5080/", "http://[2001:db8::5]:5080/"], NetworkAddresses.Urls(IPAddress.IPv6Any, 5080, Local));
        Assert.Equal(["http://10.0.0.7:81/"], NetworkAddresses.Urls(IPAddress.Parse("10.0.0.7"), 81, Local));
        Assert.Empty(NetworkAddresses.Urls(IPAddress.Loopback, 5080, Local));
    }
}
