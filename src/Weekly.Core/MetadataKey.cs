namespace Weekly.Core;

/// <summary>
/// A typed name for one piece of document metadata, so that readers and writers agree on the
/// value's type at compile time. Keys compare by <see cref="Name"/> (ordinal).
/// </summary>
/// <typeparam name="T">The type of the value stored under this key.</typeparam>
/// <param name="Name">The key's name, unique within a build, e.g. <c>"Issue"</c>.</param>
public sealed record MetadataKey<T>(string Name)
{
    /// <summary>This key with a value, for <see cref="Document.Create(string?, string?, DocumentContent, ReadOnlySpan{MetadataItem})"/> and <see cref="Document.With(ReadOnlySpan{MetadataItem})"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public MetadataItem Item(T value) => new(Name, value ?? throw new ArgumentNullException(nameof(value)));

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>One key and its value (Statiq's <c>MetadataItem</c>), made by <see cref="MetadataKey{T}.Item"/> so the value's type matches the key's.</summary>
/// <param name="Key">The key's name.</param>
/// <param name="Value">The value, never null.</param>
public readonly record struct MetadataItem(string Key, object Value);
