using Weekly.Core;

namespace Weekly.IO;

/// <summary>
/// Where a build puts its files: each file is handed over once, with its content not yet made, and the sink
/// decides when to make it. A build's sinks make it at once and write it (<see cref="StagingFolder"/> to disk,
/// <see cref="MemoryOutput"/> to memory, <see cref="DiscardOutput"/> nowhere), so a site of thousands of pages is
/// never held in memory whole; <c>weekly preview</c>'s keeps it and makes it when a browser asks. Called from
/// several threads at once.
/// </summary>
public interface IOutputSink
{
    /// <summary>Takes one file.</summary>
    /// <param name="destination">Path relative to the output folder, '/' separators (already checked by <see cref="OutputPath.IsSafe"/>, and distinct).</param>
    /// <param name="content">The file's content, made when <see cref="DocumentContent.WriteTo"/> is called.</param>
    /// <param name="diagnostics">Where making the content reports problems (a template error), when the sink makes it now.</param>
    void Write(string destination, DocumentContent content, DiagnosticBag diagnostics);
}

/// <summary>Keeps a build's files in memory (tests). Thread-safe.</summary>
public sealed class MemoryOutput : IOutputSink
{
    private readonly System.Collections.Concurrent.ConcurrentBag<OutputFile> _files = [];

    /// <inheritdoc />
    public void Write(string destination, DocumentContent content, DiagnosticBag diagnostics) =>
        _files.Add(new OutputFile(destination, content.ToBytes(diagnostics)));

    /// <summary>The files stored so far, ordered by destination (ordinal).</summary>
    public IReadOnlyList<OutputFile> Files => _files.OrderBy(f => f.Destination, StringComparer.Ordinal).ToList();
}

/// <summary>Makes every file and drops it (<c>weekly check</c>: every page is rendered, so template problems are found, and nothing is kept). Thread-safe.</summary>
public sealed class DiscardOutput : IOutputSink
{
    /// <summary>The one instance.</summary>
    public static readonly DiscardOutput Instance = new();

    private DiscardOutput() { }

    /// <inheritdoc />
    public void Write(string destination, DocumentContent content, DiagnosticBag diagnostics) => content.WriteTo(diagnostics, _ => { });
}
