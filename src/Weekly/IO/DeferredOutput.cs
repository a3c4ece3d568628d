using System.Collections.Concurrent;
using Weekly.Core;

namespace Weekly.IO;

/// <summary>
/// A sink that can also take a page unrendered: <see cref="OutputWriter"/> hands it the page's render
/// function (<see cref="Keys.DeferredBytes"/>) instead of its bytes, so the page is rendered only if
/// and when it is needed (<c>weekly preview</c> renders a page when a browser asks for it, as Hugo's
/// server does in its fast render mode). Implementations are called from several threads at once.
/// </summary>
public interface IDeferredOutputSink : IOutputSink
{
    /// <summary>Stores one page unrendered.</summary>
    /// <param name="destination">Path relative to the output folder, '/' separators (checked and distinct, as for <see cref="IOutputSink.Write(string, byte[])"/>).</param>
    /// <param name="render">Renders the page's bytes, reporting template problems to the bag it is given; thread-safe.</param>
    void Defer(string destination, Func<DiagnosticBag, byte[]> render);
}

/// <summary>A page's bytes and what rendering it reported (empty for files that needed no rendering).</summary>
/// <param name="Bytes">The file's bytes as a build would write them (none when rendering failed).</param>
/// <param name="Diagnostics">Template problems found while rendering it, sorted.</param>
public sealed record RenderedFile(byte[] Bytes, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when rendering reported an error: the bytes are not the page.</summary>
    public bool Failed => Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// Keeps a build's files in memory with pages left unrendered until first asked for
/// (<see cref="TryRender"/>), each rendered at most once, for <c>weekly preview</c>. Thread-safe.
/// </summary>
public sealed class DeferredOutput : IDeferredOutputSink
{
    private readonly ConcurrentDictionary<string, Entry> _files;

    /// <summary>Creates an empty output.</summary>
    /// <param name="capacity">Expected number of files (e.g. the previous build's), so the table does not grow while pipelines write to it.</param>
    public DeferredOutput(int capacity = 0) =>
        _files = new(Environment.ProcessorCount, Math.Max(capacity, 31), StringComparer.Ordinal);

    /// <inheritdoc />
    public void Write(string destination, byte[] bytes) => _files[destination] = new Entry(new RenderedFile(bytes, []));

    /// <inheritdoc />
    public void Defer(string destination, Func<DiagnosticBag, byte[]> render) => _files[destination] = new Entry(render);

    /// <summary>Number of files stored so far, rendered or not.</summary>
    public int Count => _files.Count;

    /// <summary>Destinations of the files stored so far, ordinal order (nothing is rendered).</summary>
    public IReadOnlyList<string> Destinations => _files.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>True when a file is stored at <paramref name="destination"/> (nothing is rendered).</summary>
    public bool Contains(string destination) => _files.ContainsKey(destination);

    /// <summary>The file at <paramref name="destination"/>, rendered now if it was deferred and not rendered before.</summary>
    /// <returns>False when no file is stored there.</returns>
    public bool TryRender(string destination, out RenderedFile file)
    {
        if (_files.TryGetValue(destination, out var entry))
        {
            file = entry.Get();
            return true;
        }
        file = null!;
        return false;
    }

    /// <summary>A stored file: rendered at most once, by the first caller; others wait for it.</summary>
    private sealed class Entry
    {
        private Func<DiagnosticBag, byte[]>? _render;
        private RenderedFile? _file;

        public Entry(RenderedFile file) => _file = file;

        public Entry(Func<DiagnosticBag, byte[]> render) => _render = render;

        public RenderedFile Get()
        {
            if (Volatile.Read(ref _file) is { } done) return done;
            lock (this)
            {
                if (_file is null)
                {
                    var diagnostics = new DiagnosticBag();
                    var bytes = _render!(diagnostics);
                    _file = new RenderedFile(bytes, diagnostics.Sorted());
                    _render = null;
                }
                return _file;
            }
        }
    }
}
