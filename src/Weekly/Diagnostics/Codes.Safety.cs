namespace Weekly.Diagnostics;

/// <summary>Codes for text no page may hold, as it is read (seeds, Markdown pages), and for a --source folder that does not exist.</summary>
public static partial class Codes
{
    /// <summary>A line held control characters, noncharacters or unpaired surrogates; cleaned. Args: what was found and done.</summary>
    public static readonly DiagnosticCode UnsafeCharacter = Warning("WK0209", "a line held characters no page may show (control characters, noncharacters); they were removed",
        "this line held characters no page may show: {0}",
        "a vertical tab is Word's manual line break; other controls and noncharacters come from copy-paste out of terminals or broken converters: check the text around them");

    /// <summary>The <c>--source</c> folder does not exist. Args: its full path.</summary>
    public static readonly DiagnosticCode SourceMissing = Error("WK0025", "the --source folder does not exist",
        "the site folder '{0}' given with --source does not exist", "check the path: --source names the site's folder, the one holding seeds/, input/ and theme/");

    /// <summary>A story's first sentence has "On &lt;word&gt; &lt;day&gt;," with a misspelt month, so it has no date. Args: the word, the month.</summary>
    public static readonly DiagnosticCode MisspeltMonth = Warning("WK0210", "a story's date has a misspelt month, so the story has no date",
        "\"{0}\" is not a month, so this story has no date; did you mean \"{1}\"?", "correct the month's spelling");
}
