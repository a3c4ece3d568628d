using System.Collections.Concurrent;
using Weekly.Core;
using Weekly.Diagnostics;

namespace Weekly.IO;

/// <summary>
/// The build's way to its <see cref="IOutputSink"/>: hands each document's content to the sink under its destination,
/// and refuses, as build errors, a destination outside the output folder (WK0013), one already claimed by another
/// document (WK0012, compared case-insensitively as on Windows and macOS file systems; WK0026 naming the file when one of
/// the two is a file of <c>input/static/</c>), or the output marker's name (WK0015, <see cref="OutputFolder.MarkerFileName"/>). Thread-safe.
/// </summary>
/// <param name="sink">Where the files go.</param>
/// <param name="diagnostics">Receives WK0012, WK0013, WK0015, WK0026 and the problems of making each file.</param>
/// <param name="capacity">Expected number of files (e.g. the previous build's), so the table of claimed destinations does not grow while pipelines write.</param>
public sealed class OutputWriter(IOutputSink sink, DiagnosticBag diagnostics, int capacity = 0)
{
    private const string StaticFolder = "input/static/";

    // Destination → the source of the document that claimed it ("" when it has none).
    private readonly ConcurrentDictionary<string, string> _claimed = new(Environment.ProcessorCount, Math.Max(capacity, 31), StringComparer.OrdinalIgnoreCase);

    /// <summary>Writes one document, if it has a destination.</summary>
    public void Write(Document document)
    {
        if (document.Destination is not { } destination) return;
        if (destination.AsSpan().IndexOfAny('#', '?') >= 0 && !destination.Contains("..", StringComparison.Ordinal))
        {
            // A name a URL cannot carry as it is (a theme asset 'a#b?.css'): not a path outside the output folder.
            var name = destination[(destination.LastIndexOf('/') + 1)..];
            diagnostics.Report(Codes.NameNotUrlSafe, document.Source, 0, 0, name, string.Join(" and ", new[] { "#", "?" }.Where(c => name.Contains(c, StringComparison.Ordinal)).Select(c => $"'{c}'")));
            return;
        }
        if (!OutputPath.IsSafe(destination))
        {
            diagnostics.Report(Codes.UnsafeDestination, document.Source, 0, 0, destination);
            return;
        }
        if (string.Equals(destination, OutputFolder.MarkerFileName, StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Report(Codes.MarkerName, document.Source, 0, 0, destination);
            return;
        }
        if (!_claimed.TryAdd(destination, document.Source ?? ""))
        {
            ReportClash(destination, document.Source ?? "", _claimed[destination]);
            return;
        }
        sink.Write(destination, document.Content, diagnostics);
    }

    private void ReportClash(string destination, string source, string claimedBy)
    {
        var copied = new[] { source, claimedBy }.FirstOrDefault(s => s.StartsWith(StaticFolder, StringComparison.Ordinal));
        if (copied is null)
        {
            diagnostics.Report(Codes.DuplicateDestination, null, 0, 0, destination);
            return;
        }
        var path = copied[StaticFolder.Length..];
        var instead = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".html" or ".htm" => "the page comes from a layout in theme/layouts/; change that instead",
            _ when path.StartsWith("assets/", StringComparison.Ordinal) => "the build copies this file from theme/assets/; change it there",
            _ => "the build makes this file from the seeds and input/ (robots.txt and _redirects in input/static are used instead of, or merged into, the build's own)",
        };
        diagnostics.Report(Codes.StaticFileClash, copied, 0, 0, path, instead);
    }

    /// <summary>Destinations written so far, ordinal order.</summary>
    public IReadOnlyList<string> Destinations => _claimed.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>Number of destinations written so far.</summary>
    public int Count => _claimed.Count;
}
