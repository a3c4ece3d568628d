namespace Weekly.Core;

/// <summary>
/// A typed name for one piece of document metadata, so that readers and writers agree on the
/// value's type at compile time. Keys compare by <see cref="Name"/> (ordinal).
/// </summary>
/// <typeparam name="T">The type of the value stored under this key.</typeparam>
/// <param name="Name">The key's name, unique within a build, e.g. <c>"Issue"</c>.</param>
public sealed record MetadataKey<T>(string Name)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}
