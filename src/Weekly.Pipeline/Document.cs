using System.Collections.Immutable;

namespace Weekly.Core;

/// <summary>
/// An immutable unit of content flowing through a pipeline: where it came from, where it will be
/// written, its text content and its typed metadata. Modules never mutate a document; they return
/// new ones with <see cref="With{T}"/>, <see cref="WithContent"/> and <see cref="WithDestination"/>.
/// </summary>
public sealed class Document
{
    private readonly ImmutableDictionary<string, object> _metadata;

    private Document(string? source, string? destination, string content, ImmutableDictionary<string, object> metadata)
    {
        Source = source;
        Destination = destination;
        Content = content;
        _metadata = metadata;
    }

    /// <summary>Creates a document with no metadata.</summary>
    /// <param name="source">Path of the input file relative to the site root, with '/' separators, or null for generated documents.</param>
    /// <param name="content">The document's text content (may be empty).</param>
    public static Document Create(string? source, string content = "") =>
        new(source, null, content, ImmutableDictionary.Create<string, object>(StringComparer.Ordinal));

    /// <summary>Path of the input file relative to the site root ('/' separators), or null for generated documents.</summary>
    public string? Source { get; }

    /// <summary>Output path relative to the output folder ('/' separators, e.g. <c>issues/x/index.html</c>), or null when the document is not written.</summary>
    public string? Destination { get; }

    /// <summary>The document's text content; written as UTF-8 without BOM by <c>WriteFiles</c>.</summary>
    public string Content { get; }

    /// <summary>Names of the metadata keys this document carries, in ordinal order.</summary>
    public IEnumerable<string> Keys => _metadata.Keys.Order(StringComparer.Ordinal);

    /// <summary>Returns the value stored under <paramref name="key"/>.</summary>
    /// <exception cref="KeyNotFoundException">The document has no such key (a bug in the pipeline order).</exception>
    public T Get<T>(MetadataKey<T> key) =>
        _metadata.TryGetValue(key.Name, out var value)
            ? (T)value
            : throw new KeyNotFoundException($"Document '{Source ?? Destination ?? "(generated)"}' has no metadata '{key.Name}'.");

    /// <summary>Returns the value stored under <paramref name="key"/>, or <paramref name="fallback"/> when absent.</summary>
    public T GetOrDefault<T>(MetadataKey<T> key, T fallback) =>
        _metadata.TryGetValue(key.Name, out var value) ? (T)value : fallback;

    /// <summary>True when the document carries <paramref name="key"/>.</summary>
    public bool Has<T>(MetadataKey<T> key) => _metadata.ContainsKey(key.Name);

    /// <summary>Returns a copy with <paramref name="key"/> set to <paramref name="value"/>.</summary>
    public Document With<T>(MetadataKey<T> key, T value) where T : notnull =>
        new(Source, Destination, Content, _metadata.SetItem(key.Name, value));

    /// <summary>Returns a copy with new content.</summary>
    public Document WithContent(string content) => new(Source, Destination, content, _metadata);

    /// <summary>Returns a copy with a new output path (relative, '/' separators).</summary>
    public Document WithDestination(string? destination) => new(Source, destination, Content, _metadata);

    /// <inheritdoc />
    public override string ToString() => Destination ?? Source ?? "(generated document)";
}
