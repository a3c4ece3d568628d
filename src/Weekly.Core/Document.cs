namespace Weekly.Core;

/// <summary>
/// An immutable unit of content flowing through a pipeline: where it came from, where it will be
/// written, its content (<see cref="DocumentContent"/>) and its typed metadata. Modules never mutate a
/// document; they return new ones with <see cref="With{T}"/>, <see cref="WithContent"/> and <see cref="WithDestination"/>.
/// </summary>
public sealed class Document
{
    /// <summary>
    /// Key-value pairs, one per key, in the order the keys were first set. A document carries a handful
    /// of keys, so a scan beats a hash or tree, and a copy per <see cref="With{T}"/> costs one small array.
    /// </summary>
    private readonly KeyValuePair<string, object>[] _metadata;

    private Document(string? source, string? destination, DocumentContent content, KeyValuePair<string, object>[] metadata)
    {
        Source = source;
        Destination = destination;
        Content = content;
        _metadata = metadata;
    }

    /// <summary>Creates a document with no metadata.</summary>
    /// <param name="source">Path of the input file relative to the site root, with '/' separators, or null for generated documents.</param>
    /// <param name="content">The document's content, or null for none.</param>
    public static Document Create(string? source, DocumentContent? content = null) =>
        new(source, null, content ?? DocumentContent.Empty, []);

    /// <summary>
    /// Creates a document with its destination, content and metadata in one step (one object, where a chain of
    /// <see cref="With{T}"/> makes one per call: it matters for the tens of thousands of story documents).
    /// </summary>
    /// <param name="source">As for <see cref="Create(string?, DocumentContent?)"/>.</param>
    /// <param name="destination">As for <see cref="WithDestination"/>.</param>
    /// <param name="content">The content written to the destination.</param>
    /// <param name="metadata">Items made by <see cref="MetadataKey{T}.Item"/>; a later item with the same key wins.</param>
    public static Document Create(string? source, string? destination, DocumentContent content, params ReadOnlySpan<MetadataItem> metadata) =>
        new Document(source, destination, content, []).With(metadata);

    /// <summary>Path of the input file relative to the site root ('/' separators), or null for generated documents.</summary>
    public string? Source { get; }

    /// <summary>Output path relative to the output folder ('/' separators, e.g. <c>issues/x/index.html</c>), or null when the document is not written.</summary>
    public string? Destination { get; }

    /// <summary>The document's content: what <c>WriteFiles</c> writes to <see cref="Destination"/>.</summary>
    public DocumentContent Content { get; }

    /// <summary>Names of the metadata keys this document carries, in ordinal order.</summary>
    public IEnumerable<string> Keys => _metadata.Select(m => m.Key).Order(StringComparer.Ordinal);

    /// <summary>Returns the value stored under <paramref name="key"/>.</summary>
    /// <exception cref="KeyNotFoundException">The document has no such key (a bug in the pipeline order).</exception>
    public T Get<T>(MetadataKey<T> key) =>
        IndexOf(key.Name) is var i and >= 0
            ? (T)_metadata[i].Value
            : throw new KeyNotFoundException($"Document '{Source ?? Destination ?? "(generated)"}' has no metadata '{key.Name}'.");

    /// <summary>Returns the value stored under <paramref name="key"/>, or <paramref name="fallback"/> when absent.</summary>
    public T GetOrDefault<T>(MetadataKey<T> key, T fallback) =>
        IndexOf(key.Name) is var i and >= 0 ? (T)_metadata[i].Value : fallback;

    /// <summary>True when the document carries <paramref name="key"/>.</summary>
    public bool Has<T>(MetadataKey<T> key) => IndexOf(key.Name) >= 0;

    /// <summary>Returns a copy with <paramref name="key"/> set to <paramref name="value"/>.</summary>
    public Document With<T>(MetadataKey<T> key, T value) where T : notnull
    {
        ArgumentNullException.ThrowIfNull(value);
        var i = IndexOf(key.Name);
        var metadata = new KeyValuePair<string, object>[i >= 0 ? _metadata.Length : _metadata.Length + 1];
        _metadata.CopyTo(metadata, 0);
        metadata[i >= 0 ? i : _metadata.Length] = new(key.Name, value);
        return new(Source, Destination, Content, metadata);
    }

    /// <summary>Returns a copy with several keys set (a later item with the same key wins): one copy, not one per key.</summary>
    public Document With(params ReadOnlySpan<MetadataItem> items) => With(Content, items);

    /// <summary>Returns a copy with new content and several keys set (see <see cref="With(ReadOnlySpan{MetadataItem})"/>).</summary>
    public Document With(DocumentContent content, params ReadOnlySpan<MetadataItem> items)
    {
        var metadata = new KeyValuePair<string, object>[_metadata.Length + items.Length];
        _metadata.CopyTo(metadata, 0);
        var count = _metadata.Length;
        foreach (var item in items)
        {
            var i = IndexOf(metadata, count, item.Key);
            metadata[i >= 0 ? i : count++] = new(item.Key, item.Value);
        }
        if (count < metadata.Length) Array.Resize(ref metadata, count);
        return new(Source, Destination, content, metadata);
    }

    /// <summary>Returns a copy with new content.</summary>
    public Document WithContent(DocumentContent content) => new(Source, Destination, content, _metadata);

    /// <summary>Returns a copy with a new output path (relative, '/' separators).</summary>
    public Document WithDestination(string? destination) => new(Source, destination, Content, _metadata);

    private int IndexOf(string name) => IndexOf(_metadata, _metadata.Length, name);

    private static int IndexOf(KeyValuePair<string, object>[] metadata, int count, string name)
    {
        for (var i = 0; i < count; i++)
        {
            if (ReferenceEquals(metadata[i].Key, name) || string.Equals(metadata[i].Key, name, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    /// <inheritdoc />
    public override string ToString() => Destination ?? Source ?? "(generated document)";
}
