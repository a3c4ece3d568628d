namespace Weekly.Seeds;

/// <summary>
/// The brackets a seed sets a tag, a newsletter's name or a section name in: <c>【】</c>, <c>〖〗</c>, <c>[]</c>, <c>［］</c>,
/// <c>〔〕</c>; one list for the title line (<see cref="TitleLine"/>) and section headings (<see cref="HeadingMarks"/>).
/// </summary>
internal static class Brackets
{
    /// <summary>
    /// Regex fragment: one bracketed span, its inside (1–80 characters, none of them its closing bracket) in group
    /// <c>inside</c>. Callers wanting a shorter inside check its length.
    /// </summary>
    public const string Span =
        @"(?:【(?<inside>[^】]{1,80})】|〖(?<inside>[^〗]{1,80})〗|\[(?<inside>[^\]]{1,80})\]|［(?<inside>[^］]{1,80})］|〔(?<inside>[^〕]{1,80})〕)";

    private static readonly char[] Opens = ['【', '〖', '[', '［', '〔'];
    private static readonly char[] Closes = ['】', '〗', ']', '］', '〕'];

    /// <summary><paramref name="text"/> trimmed, without opening brackets before it and closing brackets after it.</summary>
    public static string Strip(string text) => text.Trim().TrimStart(Opens).TrimEnd(Closes);
}
