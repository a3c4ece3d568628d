namespace Weekly.Seeds;

/// <summary>
/// One paragraph of a seed's body as the structure parser sees it: its text (lines joined when a
/// paragraph was wrapped), the 1-based line it starts on and how many blank lines precede it.
/// </summary>
internal sealed class SeedItem(string text, int line, int blanksBefore)
{
    private bool? _headlineShaped;

    /// <summary>The paragraph text, trimmed.</summary>
    public string Text { get; private set; } = text;

    /// <summary>1-based line of the paragraph's first line in the seed file.</summary>
    public int Line { get; } = line;

    /// <summary>Blank lines between the previous paragraph and this one (0 inside a run of lines).</summary>
    public int BlanksBefore { get; } = blanksBefore;

    /// <summary>True when the text could be a headline or heading (see <see cref="LineShape.IsHeadlineShaped"/>).</summary>
    public bool HeadlineShaped => _headlineShaped ??= LineShape.IsHeadlineShaped(Text);

    /// <summary>Appends a wrapped line or a stray punctuation fragment, separated by one space.</summary>
    public void Append(string more)
    {
        Text = Text + " " + more;
        _headlineShaped = null;
    }
}
