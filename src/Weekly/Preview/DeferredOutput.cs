using System.Collections.Concurrent;
using Weekly.Core;
using Weekly.IO;

namespace Weekly.Preview;

/// <summary>A file as <c>weekly preview</c> serves it: its bytes and what making them reported (nothing for most files).</summary>
/// <param name="Bytes">The file's bytes as a build would write them (none when rendering failed).</param>
/// <param name="Diagnostics">Problems found while making it (template errors), sorted.</param>
public sealed record RenderedFile(byte[] Bytes, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when making the file reported an error: the bytes are not the page.</summary>
    public bool Failed => Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// <c>weekly preview</c>'s output: keeps each file's content unmade until it is first asked for (<see cref="TryRender"/>), as
/// Hugo's server does in its fast render mode, then keeps the bytes; each file is made at most once. Thread-safe.
/// </summary>
public sealed class DeferredOutput : IOutputSink
{
    private readonly ConcurrentDictionary<string, Entry> _files;

    /// <summary>Creates an empty output.</summary>
    /// <param name="capacity">Expected number of files (e.g. the previous build's), so the table does not grow while pipelines write to it.</param>
    public DeferredOutput(int capacity = 0) =>
        _files = new(Environment.ProcessorCount, Math.Max(capacity, 31), StringComparer.Ordinal);

    /// <inheritdoc />
    public void Write(string destination, DocumentContent content, DiagnosticBag diagnostics) => _files[destination] = new Entry(content);

    /// <summary>Number of files stored so far, made or not.</summary>
    public int Count => _files.Count;

    /// <summary>Destinations of the files stored so far, ordinal order (nothing is made).</summary>
    public IReadOnlyList<string> Destinations => _files.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>True when a file is stored at <paramref name="destination"/> (nothing is made).</summary>
    public bool Contains(string destination) => _files.ContainsKey(destination);

    /// <summary>The file at <paramref name="destination"/>, made now if it was not made before.</summary>
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

    /// <summary>A stored file: made at most once, by the first caller; others wait for it.</summary>
    private sealed class Entry(DocumentContent content)
    {
        private readonly Lock _gate = new();
        private RenderedFile? _file;

        public RenderedFile Get()
        {
            if (Volatile.Read(ref _file) is { } done) return done;
            lock (_gate)
            {
                if (_file is null)
                {
                    var diagnostics = new DiagnosticBag();
                    _file = new RenderedFile(content.ToBytes(diagnostics), diagnostics.Sorted());
                }
                return _file;
            }
        }
    }
}
