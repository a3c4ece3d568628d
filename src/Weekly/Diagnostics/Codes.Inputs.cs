namespace Weekly.Diagnostics;

/// <summary>Input files other than seeds read as text (site.yml, topics.yml, sections.yml, pages, the theme, _redirects): WK0006–WK0009, WK0020–WK0024.</summary>
public static partial class Codes
{
    /// <summary>A line of an input file is not valid UTF-8. Args as <see cref="InvalidUtf8"/>.</summary>
    public static readonly DiagnosticCode InputInvalidUtf8 = Error("WK0006", "a line of an input file is not valid UTF-8",
        "invalid UTF-8 at byte offset {0} (byte 0x{1:X2})", "the bytes look like {2}{3}: {4}");

    /// <summary>More lines of an input file are not valid UTF-8 than are reported one by one. Args as <see cref="MoreInvalidUtf8"/>.</summary>
    public static readonly DiagnosticCode MoreInputInvalidUtf8 = Error("WK0007", "more lines of an input file are not valid UTF-8 (after the first ten)",
        "this line and {0} more lines after it are not valid UTF-8 either (the first {1} such lines are reported one by one)", "the bytes look like {2}{3}: {4}");

    /// <summary>A line of a text input is a git conflict marker. Args: the marker (<c>&lt;&lt;&lt;&lt;&lt;&lt;&lt;</c>, <c>=======</c>, <c>&gt;&gt;&gt;&gt;&gt;&gt;&gt;</c>).</summary>
    public static readonly DiagnosticCode MergeConflict = Error("WK0008", "an unresolved merge conflict (a git conflict marker line)",
        "unresolved merge conflict: a '{0}' line left by git; the file is not used",
        "resolve it: keep one version of the lines between <<<<<<< and >>>>>>> (or merge them by hand) and delete the marker lines <<<<<<<, ======= and >>>>>>>");

    /// <summary>A key of site.yml that is base_url misspelt. Args: the key.</summary>
    public static readonly DiagnosticCode MisspeltBaseUrl = Error("WK0009", "a setting is a misspelt base_url",
        "Unknown setting '{0}': did you mean base_url?",
        "rename it base_url; without it every canonical link, the sitemap and every feed GUID would use https://example.org/");

    /// <summary>An input file starts with a UTF-16 byte order mark but is not valid UTF-16, or holds a NUL character. Args: the byte offset.</summary>
    public static readonly DiagnosticCode InputNotText = Error("WK0020", "an input file is not UTF-8 text (invalid UTF-16 or a NUL character)",
        "this file is not text: bad UTF-16 or a NUL character at byte offset {0}", "save it as UTF-8 text");

    /// <summary>topics.yml or sections.yml holds nothing. Args: the file, what that removes.</summary>
    public static readonly DiagnosticCode EmptyDataFile = Warning("WK0021", "input/topics.yml or input/sections.yml is empty",
        "{0} is empty: {1}", "write its entries (see README), or delete the file if you mean it");

    /// <summary>The site's title is empty.</summary>
    public static readonly DiagnosticCode EmptySiteTitle = Error("WK0022", "the site's title is empty",
        "Setting 'title' is empty: every page's <title>, the feeds' titles and the header would be blank.", "write title: Industry Blockchain Weekly (the newsletter's name)");

    /// <summary>A file name is not valid UTF-8 (it cannot be read under its name). Args: the name as shown.</summary>
    public static readonly DiagnosticCode FileNameNotUtf8 = Error("WK0023", "a file name is not valid UTF-8",
        "The name of '{0}' is not valid UTF-8, so the file cannot be read under its name.", "rename the file (e.g. with mv in a terminal) to a UTF-8 name");

    /// <summary>A theme asset or static file name has characters a URL cannot carry as they are. Args: the name, the characters.</summary>
    public static readonly DiagnosticCode NameNotUrlSafe = Error("WK0024", "a file name is not URL-safe",
        "'{0}' cannot be published under its name: {1} in a URL would start a query or fragment.", "rename the file without # and ? (letters, digits, - and _ are safe)");
}
