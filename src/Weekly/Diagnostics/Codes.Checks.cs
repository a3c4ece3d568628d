namespace Weekly.Diagnostics;

/// <summary>WK09xx: editors' checks across issues, and the <c>new</c> and <c>preview</c> commands.</summary>
public static partial class Codes
{
    /// <summary>A long headline. Args: its length, the limit.</summary>
    public static readonly DiagnosticCode LongHeadline = Warning("WK0901", "a headline longer than 200 characters",
        "headline is {0} characters long (more than {1})", "shorten it, or check that a body paragraph was not taken for a headline");

    /// <summary>The same story twice. Args: what repeats (headline, first paragraph), where it was first.</summary>
    public static readonly DiagnosticCode RepeatedStory = Warning("WK0902", "the same story twice (equal headline, or equal first paragraph of 80+ characters); on the later one",
        "this story's {0} repeats the story at {1}", "remove the repeated story, or reword one headline");

    /// <summary>An issue far from every other. Args: its date, the gap, the limit.</summary>
    public static readonly DiagnosticCode FarDate = Warning("WK0904", "an issue more than 60 days from every other issue (a mistyped year, usually)",
        "issue date {0:yyyy-MM-dd} is {1} days from the nearest other issue (more than {2})", "check the year and month of the date");

    /// <summary>Two issues with one number. Args: the number, the other issues.</summary>
    public static readonly DiagnosticCode SameNumber = Warning("WK0905", "two issues with the same number (after automatic numbering)",
        "issue number {0} is also the number of {1}", "give each issue its own number in front matter; unnumbered issues count up from the one before");

    /// <summary>Two issues with one date. Args: the date, the other issues.</summary>
    public static readonly DiagnosticCode SameDate = Warning("WK0906", "two issues with the same date",
        "issue date {0:yyyy-MM-dd} is also the date of {1}", "check the dates; two issues on one day usually means a copied seed");

    /// <summary>Numbers going down as dates go up. Args: the number, the older issue's number, the older issue.</summary>
    public static readonly DiagnosticCode NumberOrder = Warning("WK0907", "a newer issue with a lower number than the issue before it",
        "issue number {0} is lower than number {1} of the older issue {2}", "check the number and the date");

    /// <summary>Archetype placeholder text left in an issue. Args: the text.</summary>
    public static readonly DiagnosticCode Placeholder = Warning("WK0908", "placeholder text from theme/archetypes/issue.txt still in the issue",
        "placeholder text from the archetype is still here: \"{0}\"", "replace it with the issue's own text, or delete it");

    /// <summary><c>weekly new</c>: the seed exists already.</summary>
    public static readonly DiagnosticCode SeedExists = Error("WK0910", "weekly new: the seed file already exists",
        "the seed already exists; it is left as it is", "edit it, or pass another --title");

    /// <summary><c>weekly new</c>: no archetype.</summary>
    public static readonly DiagnosticCode NoArchetype = Error("WK0911", "weekly new: no theme/archetypes/issue.txt",
        "No issue archetype to start the seed from.", "restore theme/archetypes/issue.txt from the repository");

    /// <summary><c>weekly new</c>: a blank or multi-line title.</summary>
    public static readonly DiagnosticCode BadTitle = Error("WK0912", "weekly new: a --title that is blank or spans lines",
        "The title must be one non-blank line.", "pass --title \"Local two sessions kicked off\"");

    /// <summary><c>weekly preview</c>: the build crashed (a bug). Args: the exception's message.</summary>
    public static readonly DiagnosticCode BuildCrashed = Error("WK0920", "weekly preview: the build crashed (a bug; the last good site is still served)",
        "The build crashed (a bug in Weekly): {0}", "report it with the steps that led here");
}
