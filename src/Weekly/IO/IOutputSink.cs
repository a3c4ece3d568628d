namespace Weekly.IO;

/// <summary>
/// Where a build puts its files as they are made: each file is handed over once, then dropped by the
/// build, so a site of thousands of pages is never held in memory at once (<see cref="StagingFolder"/>
/// writes to disk; <see cref="MemoryOutput"/> keeps them, for tests and <c>weekly preview</c>).
/// Implementations are called from several threads at once.
/// </summary>
public interface IOutputSink
{
    /// <summary>Stores one file.</summary>
    /// <param name="destination">Path relative to the output folder, '/' separators (already checked by <see cref="OutputPath.IsSafe"/>, and distinct).</param>
    /// <param name="bytes">The file's bytes; the sink may keep the array (the build no longer uses it).</param>
    void Write(string destination, byte[] bytes);

    /// <summary>Stores one file whose bytes are only lent: valid during the call (a sink that keeps files copies them, as this default does).</summary>
    /// <param name="destination">As for <see cref="Write(string, byte[])"/>.</param>
    /// <param name="bytes">The file's bytes.</param>
    void Write(string destination, ReadOnlySpan<byte> bytes) => Write(destination, bytes.ToArray());
}

/// <summary>Keeps a build's files in memory (tests, <c>weekly preview</c>). Thread-safe.</summary>
public sealed class MemoryOutput : IOutputSink
{
    private readonly System.Collections.Concurrent.ConcurrentBag<OutputFile> _files = [];

    /// <inheritdoc />
    public void Write(string destination, byte[] bytes) => _files.Add(new OutputFile(destination, null, bytes));

    /// <summary>The files stored so far, ordered by destination (ordinal).</summary>
    public IReadOnlyList<OutputFile> Files => _files.OrderBy(f => f.Destination, StringComparer.Ordinal).ToList();
}

/// <summary>Drops every file (<c>weekly check</c>: every page is rendered, so template problems are found, and nothing is kept). Thread-safe.</summary>
public sealed class DiscardOutput : IOutputSink
{
    /// <summary>The one instance.</summary>
    public static readonly DiscardOutput Instance = new();

    private DiscardOutput() { }

    /// <inheritdoc />
    public void Write(string destination, byte[] bytes) { }

    /// <inheritdoc />
    public void Write(string destination, ReadOnlySpan<byte> bytes) { }
}
