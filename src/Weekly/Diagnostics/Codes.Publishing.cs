namespace Weekly.Diagnostics;

/// <summary>WK0903 scheduled issues; WK041x what was published (<c>permalinks.lock</c>): moved, removed and withdrawn pages.</summary>
public static partial class Codes
{
    /// <summary>An issue published after the build's clock. Args: its publication instant, the site's time zone.</summary>
    public static readonly DiagnosticCode Scheduled = Warning("WK0903", "an issue scheduled for later: its publication instant is after now, in the site's time zone",
        "issue is scheduled for {0:yyyy-MM-dd HH:mm} ({1}): builds leave it out until then",
        "weekly preview and weekly build --future show it now; on the day, a scheduled build publishes it (README, section \"Dates and scheduled issues\")");

    /// <summary><c>permalinks.lock</c> cannot be read. Args: what is wrong, what to do.</summary>
    public static readonly DiagnosticCode LockUnreadable = Error("WK0410", "permalinks.lock is not a valid lock file",
        "permalinks.lock cannot be read: {0}", "{1}; building without it would forget published URLs");

    /// <summary><c>permalinks.lock</c> holds git's merge conflict markers. Args: the marker line.</summary>
    public static readonly DiagnosticCode LockConflicted = Error("WK0420", "permalinks.lock holds merge conflict markers",
        "permalinks.lock has a merge conflict (git left the marker \"{0}\" here), so it is not a lock",
        "do not merge it by hand: take the lock of the branch you merge into, then let Weekly record what yours adds: git checkout origin/main -- permalinks.lock, then weekly check, then git add permalinks.lock (docs/permalinks.md, \"Two pull requests, one lock\")");

    /// <summary>Two seeds, or two pages, whose paths differ only in letter case. Args: the one kept, the other.</summary>
    public static readonly DiagnosticCode SourceCaseClash = Error("WK0421", "two seeds or pages whose paths differ only in letter case",
        "{1} and {0} differ only in letter case: macOS and Windows cannot check both out, and they would share one URL",
        "rename one of them (git mv), or delete the one that is a copy");

    /// <summary>A published issue gets a new URL. Args: old URL, new URL, old slug, old seed path.</summary>
    public static readonly DiagnosticCode IssueMoved = Warning("WK0411", "a published issue gets a new URL (its seed was renamed, or its slug changed); the old URL redirects",
        "this issue was published at {0} (seed {3}) and now gets {1}; the old URL will redirect to it",
        "to keep {0}, add slug: {2} to the seed's front matter");

    /// <summary>A published story gets a new URL. Args: headline, old URL, new URL, ordinal, old slug.</summary>
    public static readonly DiagnosticCode StoryMoved = Warning("WK0412", "a published story gets a new URL (its headline or pinned slug changed); the old URL redirects",
        "story \"{0}\" was published at {1} and now gets {2}; the old URL will redirect to it",
        "to keep {1}, pin the old slug in the seed's front matter: under stories:, add - story: {3} with slug: {4}");

    /// <summary>A published story is now in another issue. Args: headline, old URL, new URL, the seed it was published from.</summary>
    public static readonly DiagnosticCode StoryMovedToIssue = Warning("WK0419", "a published story moved to another issue gets a new URL; the old URL redirects",
        "story \"{0}\" was published at {1} (seed {3}) and now gets {2} in this issue; the old URL will redirect to it",
        "to keep {1}, put the story back in {3}; if it moved on purpose, nothing to do");

    /// <summary>A published story is no longer in its issue. Args: its URL.</summary>
    public static readonly DiagnosticCode StoryRemoved = Warning("WK0413", "a published story is no longer in its issue; its URL redirects to the issue",
        "the story published at {0} is no longer in this issue; its URL will redirect to the issue page",
        "nothing to do if it was removed on purpose; to let its URL answer 404 instead, delete its line from permalinks.lock");

    /// <summary>A published issue is no longer built. Args: its URL, its seed path.</summary>
    public static readonly DiagnosticCode IssueWithdrawn = Warning("WK0414", "a published issue is no longer published (seed deleted, or made a draft); its URLs answer 404",
        "the issue published at {0} from {1} is no longer published; its pages will answer 404",
        "restore the seed (or remove draft: true) to bring it back; if it was withdrawn on purpose, nothing to do");

    /// <summary>An old URL is now another page's. Args: the URL, where it redirected to.</summary>
    public static readonly DiagnosticCode AliasTaken = Warning("WK0415", "an old URL of a moved page is now another page's URL, so it no longer redirects",
        "the old URL {0} is now the URL of another page, so it no longer redirects to {1}",
        "pin a different slug for the new page if readers should still reach {1} from {0}");

    /// <summary>The lock needs updating but may not be written. Args: why it was not written.</summary>
    public static readonly DiagnosticCode LockOutOfDate = Warning("WK0416", "permalinks.lock does not record what this build publishes, and this build may not write it (CI)",
        "permalinks.lock is out of date and was not updated ({0})",
        "run weekly build (or weekly check) on your machine and commit permalinks.lock, so the URLs published now are kept");

    /// <summary>The lock needs updating under <c>--locked</c>.</summary>
    public static readonly DiagnosticCode LockChangeRefused = Error("WK0417", "permalinks.lock does not record what this build publishes, under --locked",
        "permalinks.lock is out of date, and --locked forbids updating it",
        "run weekly build (or weekly check) without --locked and commit permalinks.lock");

    /// <summary>The lock cannot be written. Args: the system's reason.</summary>
    public static readonly DiagnosticCode LockNotWritable = Error("WK0418", "permalinks.lock cannot be written",
        "permalinks.lock cannot be written: {0}", "make the site folder writable and run the command again; until then the URLs published now are not recorded");
}
