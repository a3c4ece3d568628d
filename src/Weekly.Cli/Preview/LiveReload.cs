using System.Globalization;
using System.Text;

namespace Weekly.Cli.Preview;

/// <summary>
/// The live-reload script served only by <c>weekly preview</c> (never written to <c>output/</c>): it
/// listens to the server's Server-Sent Events (<see cref="EventsPath"/>) and reloads the page on
/// <c>reload</c>, shows build errors in an overlay and the browser console on <c>build-error</c>, and
/// reloads at once when the page is older than the site (<c>hello</c> carries the site's generation).
/// </summary>
internal static class LiveReload
{
    public const string ScriptPath = "/__weekly/live.js";
    public const string EventsPath = "/__weekly/events";

    public const string Script = """
        (function () {
          var me = document.currentScript;
          var generation = me ? me.getAttribute('data-generation') : null;
          var box = null;
          function hide() { if (box) { box.remove(); box = null; } }
          function show(problems) {
            console.error('weekly preview: the build failed; still showing the last good site.\n' + problems.join('\n'));
            hide();
            box = document.createElement('div');
            box.id = 'weekly-build-errors';
            box.setAttribute('role', 'alert');
            box.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;z-index:2147483647;' +
              'background:#fff0f0;color:#600;border-top:3px solid #c00;font:13px/1.4 monospace;padding:12px;margin:0;white-space:pre-wrap';
            box.textContent = 'Build failed (the page shows the last good build):\n\n' + problems.join('\n');
            document.body.appendChild(box);
          }
          var events = new EventSource('/__weekly/events');
          events.addEventListener('hello', function (e) { if (generation !== null && e.data !== generation) location.reload(); });
          events.addEventListener('reload', function () { location.reload(); });
          events.addEventListener('build-error', function (e) { show(JSON.parse(e.data)); });
          events.addEventListener('build-ok', hide);
        })();
        """;

    /// <summary>Inserts the script tag (with the site's generation) before the last <c>&lt;/body&gt;</c>, or at the end.</summary>
    public static string Inject(string html, int generation)
    {
        var tag = string.Create(CultureInfo.InvariantCulture, $"<script src=\"{ScriptPath}\" data-generation=\"{generation}\"></script>\n");
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + tag : html.Insert(at, tag);
    }

    /// <summary>One Server-Sent Events message (data lines split on LF).</summary>
    public static string Event(string name, string data)
    {
        var sb = new StringBuilder("event: ").Append(name).Append('\n');
        foreach (var line in data.Split('\n')) sb.Append("data: ").Append(line).Append('\n');
        return sb.Append('\n').ToString();
    }

    /// <summary>The <c>build-error</c> event: the problems (one line each) as a JSON array of strings, which the script shows over the page.</summary>
    public static string BuildError(IReadOnlyList<string> problems) =>
        Event("build-error", System.Text.Json.JsonSerializer.Serialize(problems, LiveReloadJson.Default.IReadOnlyListString));

    /// <summary>A page listing build errors, for when there is no good build to show yet.</summary>
    public static string ErrorPage(IEnumerable<string> problems) =>
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed · weekly preview</title></head>\n<body>\n" +
        "<h1>Build failed</h1>\n<p>Fix these problems; the page reloads by itself.</p>\n<pre>" +
        Weekly.Rendering.Markup.Html.Escape(string.Join("\n", problems)) + "</pre>\n</body></html>\n";
}

/// <summary>JSON for <see cref="LiveReload"/> (System.Text.Json source generation: no reflection at run time, as native AOT needs).</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class LiveReloadJson : System.Text.Json.Serialization.JsonSerializerContext;
