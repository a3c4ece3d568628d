using System.Collections.Concurrent;
using Weekly.Core;

namespace Weekly.IO;

/// <summary>
/// A build's files on their way to the output folder: written as they are made into a staging folder
/// beside it (<c>.&lt;name&gt;.staging-&lt;pid&gt;</c>, holding <see cref="OutputFolder.MarkerFileName"/>), then
/// swapped in whole by <see cref="Commit"/>. Disposing without committing deletes the staging folder,
/// so a failed build leaves the previous output untouched and nothing half-written. Create with
/// <see cref="OutputFolder.BeginStaging"/>. Writing is thread-safe.
/// </summary>
public sealed class StagingFolder : IOutputSink, IDisposable
{
    private readonly string _output;
    private readonly ConcurrentDictionary<string, bool> _directories = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _written = new(StringComparer.OrdinalIgnoreCase);
    private bool _done;

    internal StagingFolder(string output, string path)
    {
        _output = output;
        Path = path;
        Directory.CreateDirectory(path);
        File.WriteAllText(System.IO.Path.Combine(path, OutputFolder.MarkerFileName), "Created by Weekly. This folder is replaced on every build.\n");
        _directories[""] = true;
    }

    /// <summary>Full path of the staging folder.</summary>
    public string Path { get; }

    /// <summary>Number of files written so far (the marker not counted).</summary>
    public int Count => _written.Count;

    /// <summary>Makes the file's content and writes it, straight from the buffer it was made in.</summary>
    /// <param name="destination">Path relative to the output folder, '/' separators.</param>
    /// <param name="content">The file's content.</param>
    /// <param name="diagnostics">Where making the content reports problems.</param>
    public void Write(string destination, DocumentContent content, DiagnosticBag diagnostics) =>
        content.WriteTo(diagnostics, bytes => Write(destination, bytes));

    /// <summary>Writes one file.</summary>
    /// <param name="destination">Path relative to the output folder, '/' separators.</param>
    /// <param name="bytes">The file's bytes.</param>
    /// <exception cref="ArgumentException">The destination is unsafe (<see cref="OutputPath.IsSafe"/>) or was already written (case-insensitively): a bug, modules must prevent it.</exception>
    /// <exception cref="InvalidOperationException">The staging folder was already committed or discarded.</exception>
    /// <exception cref="OutputWriteException">The file cannot be written (disk full, permissions).</exception>
    public void Write(string destination, ReadOnlySpan<byte> bytes)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        if (!OutputPath.IsSafe(destination)) throw new ArgumentException($"Unsafe output path '{destination}'.", nameof(destination));
        if (!_written.TryAdd(destination, true)) throw new ArgumentException($"Two files would be written to '{destination}'.", nameof(destination));
        var slash = destination.LastIndexOf('/');
        if (slash > 0) EnsureDirectory(destination[..slash]);
        // A new file in a fresh folder: no preallocation (saves fstatfs + ftruncate), one positional write.
        try
        {
            using var handle = File.OpenHandle(System.IO.Path.Combine(Path, destination), FileMode.CreateNew, FileAccess.Write);
            RandomAccess.Write(handle, bytes, 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputWriteException(e);
        }
    }

    /// <summary>Replaces the output folder with the staging folder (two renames; the previous output is then deleted).</summary>
    /// <returns>The number of files written (the marker not counted).</returns>
    public int Commit() => CommitInSteps(null);

    /// <summary>
    /// <see cref="Commit"/>, calling <paramref name="afterStep"/> after each rename (<see cref="MovedAside"/>,
    /// <see cref="MovedIn"/>): a test throws there to stop the commit at that point, as a killed process would.
    /// </summary>
    internal int CommitInSteps(Action<string>? afterStep)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        _done = true;
        var old = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(_output)!, $".{System.IO.Path.GetFileName(_output)}.old-{Environment.ProcessId}");
        if (Directory.Exists(_output)) Directory.Move(_output, old);
        afterStep?.Invoke(MovedAside);
        Directory.Move(Path, _output);
        afterStep?.Invoke(MovedIn);
        OutputFolder.DeleteOurs(old);
        return Count;
    }

    /// <summary>The step of <see cref="CommitInSteps"/> after the previous output is moved aside.</summary>
    internal const string MovedAside = "moved aside";

    /// <summary>The step of <see cref="CommitInSteps"/> after the staging folder is moved in, before the previous output is deleted.</summary>
    internal const string MovedIn = "moved in";

    /// <summary>Deletes the staging folder unless <see cref="Commit"/> ran; the output folder is untouched.</summary>
    public void Dispose()
    {
        if (_done) return;
        _done = true;
        OutputFolder.DeleteOurs(Path);
    }

    private void EnsureDirectory(string relative)
    {
        if (_directories.ContainsKey(relative)) return;
        Directory.CreateDirectory(System.IO.Path.Combine(Path, relative));
        _directories[relative] = true;
    }
}
