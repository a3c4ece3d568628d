using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Weekly.Caching;
using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.IO;
using Weekly.Pipelines;

namespace Weekly.Cli.Preview;

/// <summary>
/// <c>weekly preview</c>'s server: Kestrel on 127.0.0.1 serving the site built in memory (drafts
/// included, base URL = the preview's own address; nothing is written to disk), rebuilt with a
/// <see cref="BuildCache"/> when <c>seeds/</c>, <c>input/</c> or <c>theme/</c> change
/// (<see cref="SiteBuilder.BuildForPreview"/>): the reload signal goes out once the pages are made,
/// and each page is rendered when first requested; feeds, search index and sitemap follow in the
/// background (a request for one waits for them). HTML responses get the <see cref="LiveReload"/>
/// script. A build that fails keeps the last good site and is reported on the console and to open
/// pages; a page whose template fails is served as the error page.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>How many ports after the requested one are tried when it is in use.</summary>
    public const int PortAttempts = 10;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly string _root;
    private readonly TextWriter _out, _err;
    private readonly BuildCache _cache = new();
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ConcurrentDictionary<Channel<string>, byte> _clients = new();
    private volatile Snapshot? _site;
    private volatile IReadOnlyList<string>? _errors;
    private WebApplication? _app;
    private SiteWatcher? _watcher;
    private Task? _loop;
    private string _baseUrl = "";

    /// <summary>The build being served: its files (pages rendered on request) and its number, sent to pages for live reload.</summary>
    private sealed record Snapshot(PreviewBuild Build, int Generation);

    /// <summary>Problems printed since the current build was swapped in (each is printed once, however many pages or parts report it).</summary>
    private ConcurrentDictionary<string, byte> _printed = new(StringComparer.Ordinal);

    /// <summary>Problems the previous build printed: a rebuild prints only the new ones and counts the rest.</summary>
    private IReadOnlyCollection<string> _printedBefore = [];

    private readonly bool _verbose;

    public PreviewServer(string root, bool verbose, TextWriter stdout, TextWriter stderr)
    {
        _root = root;
        _verbose = verbose;
        _out = stdout;
        _err = stderr;
    }

    /// <summary>The address being served, e.g. <c>http://127.0.0.1:5080/</c>, once started.</summary>
    public string BaseUrl => _baseUrl;

    /// <summary>
    /// Binds to <paramref name="port"/> on 127.0.0.1 (0: any free port), or to the next free one of
    /// <see cref="PortAttempts"/> when it is in use (said on stdout); returns false when none is free.
    /// Then builds once and starts watching.
    /// </summary>
    public async Task<bool> StartAsync(int port, CancellationToken cancellationToken)
    {
        var candidates = port == 0 ? [0] : Enumerable.Range(port, PortAttempts).Where(p => p <= IPEndPoint.MaxPort).ToList();
        foreach (var candidate in candidates)
        {
            var app = CreateApp(candidate);
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException)
            {
                await app.DisposeAsync();
                continue;
            }
            _app = app;
            var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            _baseUrl = address.TrimEnd('/') + "/";
            if (port != 0 && candidate != port)
            {
                _out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Port {port} is in use; serving on port {candidate} instead."));
            }
            break;
        }
        if (_app is null)
        {
            _err.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"weekly preview: ports {port} to {port + PortAttempts - 1} on 127.0.0.1 are all in use. Stop the other server or pass --port N (0 picks a free port)."));
            return false;
        }

        Rebuild();
        _watcher = new SiteWatcher(_root, () => _requests.Writer.TryWrite(true));
        _loop = Task.Run(() => RebuildLoop(cancellationToken), CancellationToken.None);
        _out.WriteLine($"Serving {_baseUrl} (drafts included; live reload on). Watching {string.Join(", ", _watcher.Folders)}. Press Ctrl+C to stop.");
        return true;
    }

    private WebApplication CreateApp(int port)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(o => o.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.Lifetime.ApplicationStopping.Register(() =>
        {
            foreach (var client in _clients.Keys) client.Writer.TryComplete();
        });
        app.Run(HandleAsync);
        return app;
    }

    private async Task RebuildLoop(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var _ in _requests.Reader.ReadAllAsync(cancellationToken)) Rebuild();
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>
    /// Builds the site's pages (unrendered: each is rendered when first asked for, as Hugo's fast render
    /// mode does); on success swaps them in and tells open pages to reload, then makes the feeds, search
    /// index and sitemap in the background. On errors keeps the last good site and reports them.
    /// </summary>
    private void Rebuild()
    {
        var clock = Stopwatch.StartNew();
        PreviewBuild build;
        try
        {
            build = SiteBuilder.BuildForPreview(new BuildOptions(_root, _baseUrl, IncludeDrafts: true, TimeProvider.System), _cache);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            ReportFailure([Codes.BuildCrashed.At(null, 0, 0, e.Message)], clock.Elapsed);
            return;
        }
        var result = build.Pages;
        if (_verbose) Report.Timings(result.Timings, _out);
        if (!result.Succeeded)
        {
            build.Dispose();
            ReportFailure(result.Diagnostics, clock.Elapsed);
            return;
        }

        var previous = _site;
        var wasFailing = _errors is not null;
        _errors = null;
        var snapshot = _site = new Snapshot(build, (previous?.Generation ?? 0) + 1);
        (_printedBefore, _printed) = (_printed.Keys.ToHashSet(StringComparer.Ordinal), new(StringComparer.Ordinal));
        if (wasFailing) Broadcast(LiveReload.Event("build-ok", ""));
        Broadcast(LiveReload.Event("reload", snapshot.Generation.ToString(CultureInfo.InvariantCulture)));
        var elapsed = clock.Elapsed;
        if (previous is not null) _ = Task.Run(previous.Build.Dispose); // stops its feeds, if still running
        var repeated = PrintNew(result.Diagnostics);
        var parsed = $", {Report.Count(_cache.SeedsParsedNow, "seed")} parsed";
        _out.WriteLine($"{(previous is null ? "Built" : "Rebuilt")} {Report.Count(result.Site?.Issues.Count ?? 0, "issue")} in {Report.Seconds(elapsed)} ({Report.Count(build.Output.Count, "file")}{parsed}; pages render when opened; checks, feeds and search index follow): {Report.Count(result.WarningCount, "warning")}{(repeated > 0 ? $" ({repeated} as before, not printed again)" : "")}.");
        _ = build.Rest.ContinueWith(done => ReportRest(snapshot, done), TaskScheduler.Default);
    }

    /// <summary>Reports the background part of a build (feeds, search index, sitemap): its timings, and its errors if the build is still the one served.</summary>
    private void ReportRest(Snapshot snapshot, Task<BuildResult> done)
    {
        if (!done.IsCompletedSuccessfully || !ReferenceEquals(_site, snapshot)) return; // cancelled or replaced
        var result = done.Result;
        CollectWhileIdle();
        if (_verbose)
        {
            Report.Timings(result.Timings.Where(t => !SitePipelines.PagePipelines.Contains(t.Pipeline)).ToList(), _out);
            _out.WriteLine($"Feeds, search index and sitemap made in {Report.Seconds(result.Elapsed)}.");
        }
        var added = result.Diagnostics.Except(snapshot.Build.Pages.Diagnostics).ToList();
        var repeated = PrintNew(added);
        _out.WriteLine($"Checks, feeds, search index and sitemap done: {Report.Count(added.Count(d => d.Severity == Severity.Error), "error")}, "
            + $"{Report.Count(added.Count(d => d.Severity == Severity.Warning), "warning")}{(repeated > 0 ? $" ({repeated} as before, not printed again)" : "")}.");
        if (added.Count == 0) return;
        if (added.Any(d => d.Severity == Severity.Error))
        {
            var problems = added.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();
            _err.WriteLine($"Feeds, search index or sitemap failed: {Report.Count(problems.Count, "error")}.");
            _errors = problems; // shown to pages opened from now on; the next good build clears them
            Broadcast(LiveReload.BuildError(problems));
        }
    }

    /// <summary>
    /// Once a build is complete and the server idle: collects the previous build's garbage (a full,
    /// compacting collection), so the next rebuild starts with an empty young generation and a heap that
    /// does not grow from edit to edit (at 1,000 issues it stays near 500 MB instead of passing 1 GB,
    /// and rebuilds vary less: bench/RESULTS.md).
    /// </summary>
    private static void CollectWhileIdle() => GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);

    /// <summary>Prints the diagnostics not yet printed for this build and not printed by the previous one; returns how many were left out as printed by the previous build.</summary>
    private int PrintNew(IEnumerable<Diagnostic> diagnostics)
    {
        var fresh = new List<Diagnostic>();
        var repeated = 0;
        foreach (var d in diagnostics)
        {
            var text = d.ToString();
            if (!_printed.TryAdd(text, 0)) continue;
            if (_printedBefore.Contains(text)) repeated++;
            else fresh.Add(d);
        }
        Report.Diagnostics(fresh, _err);
        return repeated;
    }

    private void ReportFailure(IReadOnlyList<Diagnostic> diagnostics, TimeSpan elapsed)
    {
        var problems = diagnostics.Select(d => d.ToString()).ToList();
        Report.Diagnostics(diagnostics, _err);
        _err.WriteLine($"Build failed in {Report.Seconds(elapsed)}: {Report.Count(diagnostics.Count(d => d.Severity == Severity.Error), "error")}; {(_site is null ? "nothing to serve yet" : "still serving the last good build")}.");
        _errors = problems;
        Broadcast(LiveReload.BuildError(problems));
    }

    private void Broadcast(string message)
    {
        foreach (var client in _clients.Keys) client.Writer.TryWrite(message);
    }

    private async Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "/";
        var response = http.Response;
        response.Headers.CacheControl = "no-store";
        if (path == LiveReload.EventsPath)
        {
            await StreamEventsAsync(http);
            return;
        }
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        if (path == LiveReload.ScriptPath)
        {
            await WriteAsync(response, 200, "text/javascript; charset=utf-8", Utf8NoBom.GetBytes(LiveReload.Script));
            return;
        }

        var site = _site;
        if (site is null)
        {
            var page = _errors is { } problems ? LiveReload.ErrorPage(problems) : "<!DOCTYPE html><title>Building…</title><body><p>Building the site…</p></body>";
            await WriteAsync(response, _errors is null ? 503 : 500, "text/html; charset=utf-8", Utf8NoBom.GetBytes(LiveReload.Inject(page, 0)));
            return;
        }
        var relative = Uri.UnescapeDataString(path.TrimStart('/'));
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        var file = await FindAsync(site, relative);
        if (file is null)
        {
            if (await FindAsync(site, relative + "/index.html") is not null)
            {
                response.Redirect(path + "/" + http.Request.QueryString);
                return;
            }
            var notFound = await FindAsync(site, "404.html");
            if (notFound is { Failed: true })
            {
                PrintNew(notFound.Diagnostics);
                await WriteAsync(response, 404, "text/html; charset=utf-8",
                    Utf8NoBom.GetBytes(LiveReload.Inject(LiveReload.ErrorPage(notFound.Diagnostics.Select(d => d.ToString()).ToList()), site.Generation)));
            }
            else if (notFound is not null) await WriteFileAsync(response, 404, "404.html", notFound, site.Generation);
            else response.StatusCode = 404;
            return;
        }
        if (file.Diagnostics.Count > 0) PrintNew(file.Diagnostics);
        if (file.Failed)
        {
            var page = LiveReload.ErrorPage(file.Diagnostics.Select(d => d.ToString()).ToList());
            await WriteAsync(response, 500, "text/html; charset=utf-8", Utf8NoBom.GetBytes(LiveReload.Inject(page, site.Generation)));
            return;
        }
        await WriteFileAsync(response, 200, relative, file, site.Generation);
    }

    /// <summary>
    /// The file at <paramref name="destination"/> in the served build, rendered now if it was not yet; when
    /// it is not among the pages, waits for the feeds, search index and sitemap (made after the pages).
    /// </summary>
    private static async Task<RenderedFile?> FindAsync(Snapshot site, string destination)
    {
        var output = site.Build.Output;
        if (!output.Contains(destination) && !site.Build.Rest.IsCompleted)
        {
            await site.Build.Rest.ContinueWith(_ => { }, TaskScheduler.Default); // done, cancelled or failed: look again either way
        }
        return output.TryRender(destination, out var file) ? file : null;
    }

    private static Task WriteFileAsync(HttpResponse response, int status, string name, RenderedFile file, int generation)
    {
        var type = ContentTypes.TryGetContentType(name, out var known) ? known : "application/octet-stream";
        if (type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("xml", StringComparison.Ordinal) || type.EndsWith("json", StringComparison.Ordinal)) type += "; charset=utf-8";
        var bytes = type.StartsWith("text/html", StringComparison.Ordinal)
            ? Utf8NoBom.GetBytes(LiveReload.Inject(Encoding.UTF8.GetString(file.Bytes), generation))
            : file.Bytes;
        return WriteAsync(response, status, type, bytes);
    }

    private static async Task WriteAsync(HttpResponse response, int status, string type, byte[] bytes)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(response.HttpContext.Request.Method)) await response.Body.WriteAsync(bytes);
    }

    private async Task StreamEventsAsync(HttpContext http)
    {
        var response = http.Response;
        response.ContentType = "text/event-stream";
        var client = Channel.CreateUnbounded<string>();
        _clients[client] = 0;
        try
        {
            var generation = _site?.Generation ?? 0;
            await response.WriteAsync("retry: 500\n\n" + LiveReload.Event("hello", generation.ToString(CultureInfo.InvariantCulture)), http.RequestAborted);
            if (_errors is { } problems) await response.WriteAsync(LiveReload.BuildError(problems), http.RequestAborted);
            await response.Body.FlushAsync(http.RequestAborted);
            await foreach (var message in client.Reader.ReadAllAsync(http.RequestAborted))
            {
                await response.WriteAsync(message, http.RequestAborted);
                await response.Body.FlushAsync(http.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            _clients.TryRemove(client, out _);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        _requests.Writer.TryComplete();
        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _app.StopAsync(timeout.Token);
            await _app.DisposeAsync();
        }
        if (_loop is not null) await _loop.ConfigureAwait(false);
        _site?.Build.Dispose();
    }
}
