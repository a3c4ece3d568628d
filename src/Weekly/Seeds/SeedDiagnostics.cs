namespace Weekly.Seeds;

/// <summary>
/// Diagnostic codes of the seed parser (WK0100–WK0399): 01xx reading, encoding and front matter,
/// 02xx structure, 03xx dates. Each is documented with its severity.
/// </summary>
public static class SeedDiagnostics
{
    /// <summary>Error: the seed has no bytes or only blank lines.</summary>
    public const string EmptyFile = "WK0101";

    /// <summary>Error: the seed holds a NUL character: it is a binary file and is refused.</summary>
    public const string BinaryFile = "WK0102";

    /// <summary>Error: the seed is not valid UTF-8; the message names the first bad byte's offset.</summary>
    public const string InvalidUtf8 = "WK0103";

    /// <summary>Error: the seed starts with a UTF-16 BOM but is not valid UTF-16.</summary>
    public const string InvalidUtf16 = "WK0104";

    /// <summary>Error: the front matter opened by <c>---</c> on line 1 has no closing <c>---</c>.</summary>
    public const string FrontMatterNotClosed = "WK0110";

    /// <summary>Error: the front matter is not valid YAML (the message gives YamlDotNet's reason and line), or nests deeper than 64 levels.</summary>
    public const string FrontMatterSyntax = "WK0111";

    /// <summary>Error: the front matter is not a mapping of keys to values.</summary>
    public const string FrontMatterNotMapping = "WK0112";

    /// <summary>Warning: a front matter key the parser does not know (it is ignored).</summary>
    public const string UnknownKey = "WK0113";

    /// <summary>Error: a front matter value has the wrong type (the message names the key and what it expects).</summary>
    public const string WrongType = "WK0114";

    /// <summary>Error: a story override must select its story with exactly one of <c>story</c> or <c>headline</c>.</summary>
    public const string OverrideSelector = "WK0115";

    /// <summary>Warning: a story override matches no story of the issue (it is ignored).</summary>
    public const string OverrideUnmatched = "WK0116";

    /// <summary>Warning: a story override matches a story another override already matched (the first one wins).</summary>
    public const string OverrideDuplicate = "WK0117";

    /// <summary>Error: the seed has no title line (nothing but front matter).</summary>
    public const string NoTitleLine = "WK0201";

    /// <summary>Warning: a paragraph could not be placed in the structure; it is kept in <c>Issue.Unplaced</c>.</summary>
    public const string Unplaced = "WK0202";

    /// <summary>Warning: no section heading was found; the stories are put in one untitled section.</summary>
    public const string NoSections = "WK0203";

    /// <summary>Warning: a section has no stories (its paragraphs become its commentary).</summary>
    public const string EmptySection = "WK0204";

    /// <summary>Warning: a story headline is followed by no body paragraph.</summary>
    public const string StoryWithoutBody = "WK0205";

    /// <summary>Error: no year can be found for the dates (no front matter <c>date</c>, no dated file name, no year in the text).</summary>
    public const string NoYear = "WK0301";

    /// <summary>Error: the issue has no date at all (no front matter <c>date</c>, no dated file name, no story date).</summary>
    public const string NoDate = "WK0302";

    /// <summary>Warning: the file name starts with something like a date (<c>YYYY-MM-DD-</c>) that is not a valid date.</summary>
    public const string BadFileNameDate = "WK0303";

    /// <summary>Warning: front matter <c>date</c> and the file name's date differ (front matter wins).</summary>
    public const string DateMismatch = "WK0304";

    /// <summary>Error: front matter <c>date</c> is not a date (<c>2020-01-06</c>) or a date-time with an offset (<c>2020-01-06T09:00:00+08:00</c>).</summary>
    public const string BadDate = "WK0305";
}
