namespace Weekly.Rendering.Markup;

/// <summary>
/// A string of HTML that our own code produced and that templates write out unescaped: Markdown
/// rendered with raw HTML disabled, a partial's output, JSON-LD serialised by <see cref="JsonLd"/>.
/// Everything else a template writes is HTML-escaped (see <c>Weekly.Rendering.Theme</c>). Never wrap text
/// from seeds or front matter in this type.
/// </summary>
/// <param name="Html">The HTML markup.</param>
public sealed record TrustedHtml(string Html)
{
    /// <summary>Empty markup.</summary>
    public static TrustedHtml Empty { get; } = new("");

    /// <summary>Returns <see cref="Html"/>.</summary>
    public override string ToString() => Html;
}
