using System.Collections.Concurrent;
using Weekly.Core;
using Weekly.Diagnostics;

namespace Weekly.IO;

/// <summary>
/// The build's way to its <see cref="IOutputSink"/>: hands each document's content to the sink under its destination,
/// and refuses, as build errors, a destination outside the output folder (WK0013), one already claimed by another
/// document (WK0012, compared case-insensitively as on Windows and macOS file systems), or the output marker's
/// name (WK0015, <see cref="OutputFolder.MarkerFileName"/>). Thread-safe.
/// </summary>
/// <param name="sink">Where the files go.</param>
/// <param name="diagnostics">Receives WK0012, WK0013, WK0015 and the problems of making each file.</param>
/// <param name="capacity">Expected number of files (e.g. the previous build's), so the table of claimed destinations does not grow while pipelines write.</param>
public sealed class OutputWriter(IOutputSink sink, DiagnosticBag diagnostics, int capacity = 0)
{
    private readonly ConcurrentDictionary<string, bool> _claimed = new(Environment.ProcessorCount, Math.Max(capacity, 31), StringComparer.OrdinalIgnoreCase);

    /// <summary>Writes one document, if it has a destination.</summary>
    public void Write(Document document)
    {
        if (document.Destination is not { } destination) return;
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
        if (!_claimed.TryAdd(destination, true))
        {
            diagnostics.Report(Codes.DuplicateDestination, null, 0, 0, destination);
            return;
        }
        sink.Write(destination, document.Content, diagnostics);
    }

    /// <summary>Destinations written so far, ordinal order.</summary>
    public IReadOnlyList<string> Destinations => _claimed.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>Number of destinations written so far.</summary>
    public int Count => _claimed.Count;
}
