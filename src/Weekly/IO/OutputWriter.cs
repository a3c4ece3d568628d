using System.Collections.Concurrent;
using Weekly.Core;
using Weekly.Diagnostics;

namespace Weekly.IO;

/// <summary>
/// The build's way to its <see cref="IOutputSink"/>: turns each document into the bytes to write
/// (<see cref="Keys.Bytes"/>, else <see cref="Keys.DeferredWrite"/> or <see cref="Keys.DeferredBytes"/> rendered now, or handed over unrendered
/// to an <see cref="IDeferredOutputSink"/>, else the content as UTF-8 without BOM) and refuses, as build errors, a destination outside the output folder (WK0013) or one
/// already claimed by another document (WK0012, compared case-insensitively as on Windows and macOS
/// file systems), or the output marker's name (WK0015, <see cref="OutputFolder.MarkerFileName"/>). Thread-safe.
/// </summary>
/// <param name="sink">Where the files go.</param>
/// <param name="diagnostics">Receives WK0012, WK0013, WK0015 and template problems of pages rendered here.</param>
/// <param name="capacity">Expected number of files (e.g. the previous build's), so the table of claimed destinations does not grow while pipelines write.</param>
public sealed class OutputWriter(IOutputSink sink, DiagnosticBag diagnostics, int capacity = 0)
{
    private static readonly System.Text.UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
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
        if (sink is IDeferredOutputSink deferred && !document.Has(Keys.Bytes) && document.Has(Keys.DeferredBytes))
        {
            deferred.Defer(destination, document.Get(Keys.DeferredBytes));
            return;
        }
        if (!document.Has(Keys.Bytes) && document.Has(Keys.DeferredWrite))
        {
            document.Get(Keys.DeferredWrite)(diagnostics, bytes => sink.Write(destination, bytes));
            return;
        }
        sink.Write(destination, Bytes(document));
    }

    /// <summary>Destinations written so far, ordinal order.</summary>
    public IReadOnlyList<string> Destinations => _claimed.Keys.Order(StringComparer.Ordinal).ToList();

    private byte[] Bytes(Document doc) =>
        doc.Has(Keys.Bytes) ? doc.Get(Keys.Bytes)
        : doc.Has(Keys.DeferredBytes) ? doc.Get(Keys.DeferredBytes)(diagnostics)
        : Utf8NoBom.GetBytes(doc.Content);
}
