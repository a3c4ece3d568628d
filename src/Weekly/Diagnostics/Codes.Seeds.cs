namespace Weekly.Diagnostics;

/// <summary>WK01xx–WK03xx: the seed parser (01xx reading, encoding and front matter, 02xx structure, 03xx dates).</summary>
public static partial class Codes
{
    /// <summary>The seed has no bytes or only blank lines.</summary>
    public static readonly DiagnosticCode EmptySeed = Error("WK0101", "a seed is empty",
        "the seed is empty", "write the issue's title line, intro and sections");

    /// <summary>The seed holds a NUL character. Args: its byte offset.</summary>
    public static readonly DiagnosticCode BinarySeed = Error("WK0102", "a seed is a binary file",
        "the seed is a binary file, not text (NUL at byte offset {0})", "seeds are plain UTF-8 text");

    /// <summary>
    /// A line of the seed is not valid UTF-8, reported at its first bad byte. Args: the byte's offset, the byte, the
    /// encoding the bad lines look like (<c>Windows-1252</c>, <c>GB18030</c> or <c>Big5</c>), <c>, where this line reads "…"</c>
    /// (the line decoded in it) or the bad bytes in a seed otherwise UTF-8 (<c> (0x93 “) in a seed that is otherwise UTF-8</c>), and what to do.
    /// </summary>
    public static readonly DiagnosticCode InvalidUtf8 = Error("WK0103", "a line of a seed is not valid UTF-8",
        "invalid UTF-8 at byte offset {0} (byte 0x{1:X2})", LegacyEncodingHint);

    /// <summary>The seed starts with a UTF-16 BOM but is not valid UTF-16. Args: the byte offset.</summary>
    public static readonly DiagnosticCode InvalidUtf16 = Error("WK0104", "a seed with a UTF-16 BOM is not valid UTF-16",
        "invalid UTF-16 at byte offset {0}", "save the seed as UTF-8");

    /// <summary>More lines are not valid UTF-8 than are reported one by one. Args: how many more, how many were reported, then as <see cref="InvalidUtf8"/>.</summary>
    public static readonly DiagnosticCode MoreInvalidUtf8 = Error("WK0105", "more lines of a seed are not valid UTF-8 (after the first ten)",
        "this line and {0} more lines after it are not valid UTF-8 either (the first {1} such lines are reported one by one)", LegacyEncodingHint);

    /// <summary>Front matter opened by <c>---</c> is never closed. Args: the opening line.</summary>
    public static readonly DiagnosticCode FrontMatterNotClosed = Error("WK0110", "front matter is not closed",
        "front matter opened on line {0} is not closed", "end it with a line holding only ---");

    /// <summary>Seed front matter is not valid YAML. Args: why.</summary>
    public static readonly DiagnosticCode FrontMatterSyntax = Error("WK0111", "seed front matter is not valid YAML",
        "front matter is not valid YAML: {0}", YamlHint);

    /// <summary>Seed front matter is not a mapping.</summary>
    public static readonly DiagnosticCode FrontMatterNotMapping = Error("WK0112", "seed front matter is not a mapping",
        "front matter must be a mapping of keys to values", "write key: value lines, e.g. date: 2020-01-06");

    /// <summary>An unknown front matter key (ignored). Args: the key, the known keys.</summary>
    public static readonly DiagnosticCode UnknownFrontMatterKey = Warning("WK0113", "an unknown front matter key (ignored)",
        "unknown front matter key {0} is ignored", "known keys: {1}");

    /// <summary>A front matter value has the wrong type. Args: the key, what it must be, what it is.</summary>
    public static readonly DiagnosticCode FrontMatterType = Error("WK0114", "a front matter value has the wrong type",
        "front matter {0} must be {1}, not {2}");

    /// <summary>A story override selects its story by neither or both of story and headline. Args: which.</summary>
    public static readonly DiagnosticCode OverrideSelector = Error("WK0115", "a story override does not select one story",
        "story override {0}", "give exactly one of story: <number> or headline: <start of headline>");

    /// <summary>A story override matches no story (ignored). Args: its selector, the number of stories.</summary>
    public static readonly DiagnosticCode OverrideUnmatched = Warning("WK0116", "a story override matches no story",
        "story override for {0} matches none of the issue's {1} stories", "check the story number or the start of the headline");

    /// <summary>A second override for one story (ignored). Args: the story's position, the first override's line.</summary>
    public static readonly DiagnosticCode OverrideDuplicate = Warning("WK0117", "two overrides for one story",
        "story {0} already has the override on line {1}; this one is ignored", "merge the two overrides");

    /// <summary>A <c>---</c> / <c>key: value</c> / <c>---</c> block below the top of the seed, which is not read. Args: its first front matter key.</summary>
    public static readonly DiagnosticCode FrontMatterNotAtTop = Error("WK0118", "a front matter block that is not at the top of the seed (not read)",
        "this looks like front matter (---, {0}: ..., ---) but it is not at the top of the seed, so it is not read",
        "move it to the top of the file (only blank lines may come before its first ---), or remove it");

    /// <summary>A front-matter-looking block fenced with something other than <c>---</c> (not read). Args: the fence and what it is.</summary>
    public static readonly DiagnosticCode FrontMatterWrongFence = Error("WK0119", "front matter fenced with something other than --- (+++, ----, an em dash, ___, ***): not read",
        "this looks like front matter fenced with {0}, so it is not read",
        "write front matter at the top of the seed as YAML between two lines holding only --- (key: value, e.g. draft: true; Weekly does not read TOML's key = value)");

    /// <summary>A seed starting with a front matter key but no <c>---</c> line (not read). Args: the line.</summary>
    public static readonly DiagnosticCode FrontMatterNoFence = Error("WK0120", "front matter without its --- lines: not read",
        "\"{0}\" looks like front matter, but no --- line comes before it, so it is not read",
        "write the front matter between two lines holding only ---, one before it and one after it");

    /// <summary>A file in <c>seeds/</c> that is not a seed (not <c>.txt</c>), so it is not read.</summary>
    public static readonly DiagnosticCode NotASeed = Warning("WK0121", "a file in seeds/ that is not read: only .txt files are seeds",
        "this file is not read: only .txt files are seeds",
        "rename it to end in .txt if it is an issue, or move it out of seeds/ (files whose name starts with . are skipped on purpose)");

    /// <summary>The seed has front matter but no title line.</summary>
    public static readonly DiagnosticCode NoTitleLine = Error("WK0201", "a seed has no title line",
        "the seed has front matter but no title line or text", "write the title line after the front matter");

    /// <summary>A title line with only the newsletter's name, an issue number and a date: no title. Args: the line, the title used.</summary>
    public static readonly DiagnosticCode UntitledTitleLine = Warning("WK0212", "a title line has no title, only a name, an issue number or a date",
        "title line \"{0}\" holds no title, only the newsletter's name, an issue number or a date; the issue is titled \"{1}\"",
        "write the title after the last separator (Industry Blockchain Weekly | Issue 37 | <title>) or give it in front matter (title: ...)");

    /// <summary>
    /// Markdown or HTML markup was removed from a seed's body, reported once per seed at the first place. Args: that line, clipped.
    /// </summary>
    public static readonly DiagnosticCode MarkupRemoved = Warning("WK0216", "Markdown or HTML markup was removed from a seed",
        "the seed holds Markdown or HTML markup, first here in \"{0}\"; it was removed (emphasis, heading marks, rules, quote marks, tags; entities such as &amp; read as their characters; links keep their text)",
        "seeds are plain text: paste as plain text (Ctrl+Shift+V) or delete the markup; this warning names only the first place");

    /// <summary>A paragraph could not be placed (kept as unplaced). Args: its start, why.</summary>
    public static readonly DiagnosticCode Unplaced = Warning("WK0202", "a paragraph could not be placed in the issue",
        "could not place \"{0}\": {1}", "it is kept as an unplaced paragraph; fix the seed's layout");

    /// <summary>No section heading: the stories form one untitled section.</summary>
    public static readonly DiagnosticCode NoSections = Warning("WK0203", "no section heading",
        "no section heading found; the stories form one untitled section", "start each section with a line such as Government Updates: <title>");

    /// <summary>Stories before the first section heading: they form an untitled section. Args: the first one's headline start, the heading's.</summary>
    public static readonly DiagnosticCode StoriesBeforeHeading = Warning("WK0211", "stories before the first section heading",
        "story \"{0}\" and those after it stand before the first section heading \"{1}\"; they form an untitled section",
        "put a section heading line (such as Industry News: <title>) before them, after two blank lines, or move them under a heading");

    /// <summary>A section has no stories. Args: its name.</summary>
    public static readonly DiagnosticCode EmptySection = Warning("WK0204", "a section has no stories",
        "section \"{0}\" has no stories", "a story is a headline line followed by its body paragraphs");

    /// <summary>A story has no body. Args: its headline's start.</summary>
    public static readonly DiagnosticCode StoryWithoutBody = Warning("WK0205", "a story has no body paragraph",
        "story \"{0}\" has no body paragraph", "write the story's text under its headline, after a blank line");

    /// <summary>A heading whose name is close to a known section name (a misspelling). Args: the name as written, the known name.</summary>
    public static readonly DiagnosticCode CloseSectionName = Warning("WK0206", "a section heading close to a known section name (a misspelling?)",
        "section name \"{0}\" is not a known section name; did you mean \"{1}\"?",
        "correct the heading, or add \"{0}\" to input/sections.yml if it is a new section");

    /// <summary>The title line has <c>?</c> where the separator 丨 belongs. Args: the newsletter name and the title read.</summary>
    public static readonly DiagnosticCode QuestionMarkSeparator = Warning("WK0207", "the title line's separator is ? (丨 lost in a save as Windows-1252)",
        "the title line has ? where the separator 丨 belongs; read as newsletter \"{0}\" and title \"{1}\"",
        "saving in Windows-1252 or another legacy encoding turns 丨 into ?: write 丨 (U+4E28) in its place and save the seed as UTF-8");

    /// <summary>A <c>?</c> standing alone between words outside the title line (a character lost in a legacy save). Args: the text around it.</summary>
    public static readonly DiagnosticCode LoneQuestionMark = Warning("WK0208", "a ? stands alone between words (a character lost in a save as Windows-1252?)",
        "a ? stands alone between words: \"{0}\"; a save in a legacy encoding turns characters it lacks (丨, Chinese names) into ?",
        "write the lost character in its place and save the seed as UTF-8 (or remove the ? if it is a typo)");

    /// <summary>No year for the dates. Args: the seed.</summary>
    public static readonly DiagnosticCode NoYear = Error("WK0301", "no year for the issue's dates",
        "the dates in {0} name no year, and neither front matter nor the file name gives the issue's date", "add date: YYYY-MM-DD to the seed's front matter");

    /// <summary>No date at all. Args: the seed.</summary>
    public static readonly DiagnosticCode NoDate = Error("WK0302", "no date for the issue",
        "{0} gives no date: no front matter date, no dated file name, no dated story", "add date: YYYY-MM-DD to the seed's front matter");

    /// <summary>The file name starts like a date but is not one. Args: the start of the name.</summary>
    public static readonly DiagnosticCode BadFileNameDate = Warning("WK0303", "a file name starts with an invalid date",
        "file name starts with \"{0}\", which is not a valid date", "fix the date (year, month, day: 2020-01-13 Big News.txt) or set date: in front matter");

    /// <summary>Front matter date and file name date differ (front matter wins). Args: both dates.</summary>
    public static readonly DiagnosticCode DateMismatch = Warning("WK0304", "front matter and file name give different dates",
        "front matter date {0:yyyy-MM-dd} differs from the file name's {1:yyyy-MM-dd}; front matter wins", "make them agree, or rename the file");

    /// <summary>Front matter date is not a date. Args: the value.</summary>
    public static readonly DiagnosticCode BadDate = Error("WK0305", "front matter date is not a date",
        "front matter date \"{0}\" is not a date or a date-time with an offset", "write date: 2020-01-06 or date: 2020-01-06T09:00:00+08:00");

    /// <summary>The file name starts like a date in a form that is not read. Args: the start of the name, why it is not read.</summary>
    public static readonly DiagnosticCode UnreadFileNameDate = Warning("WK0306", "a file name starts like a date in a form that is not read",
        "file name starts with \"{0}\", which looks like a date but is not read as one because {1}, so the issue's date comes from front matter or its stories",
        "name the seed like 2020-01-13 Big News.txt: year, two-digit month and day joined by -, _, . or a space (or written 20200113), then -, _, . or a space before the title");

    /// <summary>The hint of the invalid UTF-8 errors: args 2 and 3 name the likely encoding and show the line in it (or the bad bytes), 4 says what to do.</summary>
    private const string LegacyEncodingHint = "the bytes look like {2}{3}: {4}";

    /// <summary>The hint of every YAML syntax error (seed and page front matter).</summary>
    private const string YamlHint = "check the YAML at this line: quote values that contain ': ' or start with a bracket, close every bracket and quote before the --- line, and keep one line per key";
}
