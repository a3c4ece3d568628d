using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Weekly.Cli.Preview;

/// <summary>
/// The Server-Sent Events stream open pages listen to (<see cref="LiveReload.EventsPath"/>): each connection gets
/// <c>hello</c> with the served build's generation (and the current build errors), then every event broadcast.
/// </summary>
internal sealed class ReloadEvents
{
    private readonly ConcurrentDictionary<Channel<string>, byte> _clients = new();

    /// <summary>Sends an event (made by <see cref="LiveReload.Event"/> or <see cref="LiveReload.BuildError"/>) to every open page.</summary>
    public void Broadcast(string message)
    {
        foreach (var client in _clients.Keys) client.Writer.TryWrite(message);
    }

    /// <summary>Ends every stream (the server is stopping).</summary>
    public void CompleteAll()
    {
        foreach (var client in _clients.Keys) client.Writer.TryComplete();
    }

    /// <summary>Serves one page's stream until it disconnects.</summary>
    /// <param name="http">The request.</param>
    /// <param name="generation">The served build's generation (0 before the first).</param>
    /// <param name="errors">The current build errors, or null.</param>
    public async Task StreamAsync(HttpContext http, int generation, IReadOnlyList<string>? errors)
    {
        var response = http.Response;
        response.ContentType = "text/event-stream";
        var client = Channel.CreateUnbounded<string>();
        _clients[client] = 0;
        try
        {
            await response.WriteAsync("retry: 500\n\n" + LiveReload.Event("hello", generation.ToString(CultureInfo.InvariantCulture)), http.RequestAborted);
            if (errors is not null) await response.WriteAsync(LiveReload.BuildError(errors), http.RequestAborted);
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
}
