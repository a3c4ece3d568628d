using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Weekly.Cli.Preview;

/// <summary>
/// <c>weekly preview</c>'s server: Kestrel on 127.0.0.1 or <c>--bind</c>'s address (<see cref="PortBinding"/>) serving the site built
/// in memory (<see cref="SiteRebuilder"/>; drafts included unless <c>--no-drafts</c>, base URL = the preview's own address unless
/// <c>--base-url</c>, nothing written to disk), answering
/// requests (<see cref="SiteRequests"/>) and live-reload streams (<see cref="ReloadEvents"/>), and rebuilding when
/// <c>seeds/</c>, <c>input/</c> or <c>theme/</c> change (<see cref="SiteWatcher"/>), one rebuild at a time.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private readonly PreviewSettings _settings;
    private readonly PreviewConsole _console;
    private readonly ReloadEvents _events = new();
    private readonly SiteRebuilder _builds;
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private WebApplication? _app;
    private SiteWatcher? _watcher;
    private Task? _loop;

    public PreviewServer(PreviewSettings settings, TextWriter stdout, TextWriter stderr)
    {
        _settings = settings;
        _console = new PreviewConsole(stdout, stderr, settings.Verbose);
        _builds = new SiteRebuilder(settings.Root, settings.Drafts, _console, _events);
    }

    /// <summary>The address being served, e.g. <c>http://127.0.0.1:5080/</c>, once started.</summary>
    public string BaseUrl => _builds.BaseUrl;

    /// <summary>
    /// Binds to the settings' port on their address (port 0: any free port) or the next free one; returns false when none is
    /// free. Then builds once and starts watching.
    /// </summary>
    public async Task<bool> StartAsync(CancellationToken cancellationToken)
    {
        var requests = new SiteRequests(_builds, _events, _console);
        var started = await PortBinding.StartAsync(_settings.Bind, _settings.Port, p => CreateApp(p, requests), _console.Out, _console.Error, cancellationToken);
        if (started is not var (app, address)) return false;
        _app = app;
        _builds.BaseUrl = _settings.BaseUrl ?? address;
        _builds.Rebuild();
        _watcher = new SiteWatcher(_settings.Root, () => _changes.Writer.TryWrite(true));
        _loop = Task.Run(() => RebuildLoop(cancellationToken), CancellationToken.None);
        _console.Out.WriteLine($"Serving {address} ({(_settings.Drafts ? "drafts included" : "drafts left out")}; live reload on). "
            + $"Watching {string.Join(", ", _watcher.Folders)}. Press Ctrl+C to stop.");
        if (!System.Net.IPAddress.IsLoopback(_settings.Bind))
        {
            var port = new Uri(address).Port;
            var urls = NetworkAddresses.Urls(_settings.Bind, port);
            _console.Out.WriteLine(urls.Count == 0
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"No network address of this machine found; open it from another device at http://<this machine's address>:{port}/.")
                : $"On the network: {string.Join(" ", urls)} (canonical links and feeds point at {_builds.BaseUrl}; --base-url changes that).");
        }
        return true;
    }

    private WebApplication CreateApp(int port, SiteRequests requests)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(o => o.Listen(_settings.Bind, port));
        var app = builder.Build();
        app.Lifetime.ApplicationStopping.Register(_events.CompleteAll);
        app.Run(requests.HandleAsync);
        return app;
    }

    private async Task RebuildLoop(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var _ in _changes.Reader.ReadAllAsync(cancellationToken)) _builds.Rebuild();
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        _changes.Writer.TryComplete();
        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _app.StopAsync(timeout.Token);
            await _app.DisposeAsync();
        }
        if (_loop is not null) await _loop.ConfigureAwait(false);
        _builds.Stop();
    }
}

/// <summary>What <c>weekly preview</c> was asked for.</summary>
/// <param name="Root">The site root (full path).</param>
/// <param name="Bind">The address to listen on (<c>--bind</c>; 127.0.0.1 by default).</param>
/// <param name="Port">The port (<c>--port</c>; 0: any free port).</param>
/// <param name="BaseUrl">The base URL pages are built with (<c>--base-url</c>), or null for the served address.</param>
/// <param name="Drafts">False with <c>--no-drafts</c>.</param>
/// <param name="Verbose">True with <c>--verbose</c>.</param>
internal sealed record PreviewSettings(string Root, IPAddress Bind, int Port, string? BaseUrl, bool Drafts, bool Verbose);
