namespace Weekly.Rendering.Markup;

/// <summary>
/// One line of text made of pieces, some untrusted (<c>Headline</c>, <c>, page 2</c>, <c> · </c>, <c>Site</c>): the theme's
/// escaper writes each piece escaped and isolated on its own (<see cref="Html.Escape"/>), so a right-to-left override in
/// one piece cannot reverse the pieces after it, as it could if the line were joined first. <see cref="ToString"/> joins
/// the pieces as they are (for code that needs the plain text).
/// </summary>
/// <param name="Parts">The pieces, in order.</param>
public sealed record TextLine(IReadOnlyList<string> Parts)
{
    /// <summary>Equal when the pieces are (a record compares lists by reference).</summary>
    public bool Equals(TextLine? other) => other is not null && Parts.SequenceEqual(other.Parts, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var part in Parts) hash.Add(part, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>The pieces joined, unescaped.</summary>
    public override string ToString() => string.Concat(Parts);
}
