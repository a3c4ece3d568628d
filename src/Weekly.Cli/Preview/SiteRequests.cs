using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Weekly.Preview;

namespace Weekly.Cli.Preview;

/// <summary>
/// Answers <c>weekly preview</c>'s HTTP requests from the served build: each file made when first asked for; a folder
/// path gets its <c>index.html</c> (and a path without its slash a redirect); an unknown path the site's 404 page; a page
/// whose template failed the error page. HTML gets the <see cref="LiveReload"/> script; nothing is cached by the browser.
/// </summary>
internal sealed class SiteRequests(SiteRebuilder builds, ReloadEvents events, PreviewConsole console)
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>Answers one request.</summary>
    public async Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "/";
        var response = http.Response;
        response.Headers.CacheControl = "no-store";
        if (path == LiveReload.EventsPath)
        {
            await events.StreamAsync(http, builds.Served?.Generation ?? 0, builds.Errors);
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

        var site = builds.Served;
        if (site is null)
        {
            var errors = builds.Errors;
            var page = errors is not null ? LiveReload.ErrorPage(errors) : "<!DOCTYPE html><title>Building…</title><body><p>Building the site…</p></body>";
            await WriteAsync(response, errors is null ? 503 : 500, "text/html; charset=utf-8", Utf8NoBom.GetBytes(LiveReload.Inject(page, 0)));
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
                console.PrintNew(notFound.Diagnostics);
                await WriteAsync(response, 404, "text/html; charset=utf-8",
                    Utf8NoBom.GetBytes(LiveReload.Inject(LiveReload.ErrorPage(notFound.Diagnostics.Select(d => d.ToString()).ToList()), site.Generation)));
            }
            else if (notFound is not null) await WriteFileAsync(response, 404, "404.html", notFound, site.Generation);
            else response.StatusCode = 404;
            return;
        }
        if (file.Diagnostics.Count > 0) console.PrintNew(file.Diagnostics);
        if (file.Failed)
        {
            var page = LiveReload.ErrorPage(file.Diagnostics.Select(d => d.ToString()).ToList());
            await WriteAsync(response, 500, "text/html; charset=utf-8", Utf8NoBom.GetBytes(LiveReload.Inject(page, site.Generation)));
            return;
        }
        await WriteFileAsync(response, 200, relative, file, site.Generation);
    }

    /// <summary>
    /// The file at <paramref name="destination"/> in the served build, made now if it was not yet; when it is not among
    /// the files yet, waits for the build's background part (the search index) and looks again.
    /// </summary>
    private static async Task<RenderedFile?> FindAsync(ServedBuild site, string destination)
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
}
