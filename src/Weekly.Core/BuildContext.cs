using System.Collections.Concurrent;

namespace Weekly.Core;

/// <summary>
/// What every module of one build shares: the diagnostics, typed values set up before the run (settings,
/// never services: modules get those by constructor), and the outputs of pipelines that have finished.
/// </summary>
public sealed class BuildContext
{
    private readonly ConcurrentDictionary<string, object> _values = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<Document>> _outputs = new(StringComparer.Ordinal);

    /// <summary>Creates a context.</summary>
    /// <param name="cancellationToken">Cancels the build between modules.</param>
    public BuildContext(CancellationToken cancellationToken = default) => CancellationToken = cancellationToken;

    /// <summary>Problems found in user input so far.</summary>
    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>Cancels the build between modules.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Sets a shared value (settings, a data file) for modules to read.</summary>
    public BuildContext Set<T>(MetadataKey<T> key, T value) where T : notnull
    {
        _values[key.Name] = value;
        return this;
    }

    /// <summary>Reads a shared value.</summary>
    /// <exception cref="KeyNotFoundException">Nothing was set under <paramref name="key"/> (a bug in build set-up).</exception>
    public T Get<T>(MetadataKey<T> key) =>
        _values.TryGetValue(key.Name, out var value) ? (T)value : throw new KeyNotFoundException($"Build context has no value '{key.Name}'.");

    /// <summary>Reads a shared value, or <paramref name="fallback"/> when none was set.</summary>
    public T GetOrDefault<T>(MetadataKey<T> key, T fallback) =>
        _values.TryGetValue(key.Name, out var value) ? (T)value : fallback;

    /// <summary>The outputs of a pipeline that has finished.</summary>
    /// <exception cref="InvalidOperationException">The pipeline has not run: add it to the caller's dependencies.</exception>
    public IReadOnlyList<Document> OutputsOf(string pipeline) =>
        _outputs.TryGetValue(pipeline, out var docs)
            ? docs
            : throw new InvalidOperationException($"Pipeline '{pipeline}' has not run yet; declare it as a dependency.");

    /// <summary>
    /// A context with the same shared values and cancellation token but its own, empty diagnostics and
    /// no pipeline outputs: for running modules aside and keeping what they report apart (the preview's cache).
    /// </summary>
    public BuildContext Fork()
    {
        var fork = new BuildContext(CancellationToken);
        foreach (var (key, value) in _values) fork._values[key] = value;
        return fork;
    }

    internal void SetOutputs(string pipeline, IReadOnlyList<Document> documents) => _outputs[pipeline] = documents;
}
