namespace Weekly.Domain;

/// <summary>One paragraph of seed text, trimmed, with the 1-based line it starts on in its seed.</summary>
/// <param name="Text">The paragraph as written (untrusted: escape on output).</param>
/// <param name="Line">1-based line number in the seed file (after front matter lines are counted).</param>
public sealed record Paragraph(string Text, int Line);
