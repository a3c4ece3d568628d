using Weekly.Domain;

namespace Weekly.Content;

/// <summary>
/// The site's issue order, everywhere issues are listed (pages, feeds, terms): newest first by publication instant
/// (<see cref="Issue.Published"/>; before the content stage sets it, by date, then the front matter instant when given),
/// then number (descending, unnumbered last), then source path (ordinal). A total order, so output never depends on
/// file-system order. The content stage sorts by it once the numbers are final (<c>NumberIssues</c>); everything after
/// lists issues in that order and never sorts them again.
/// </summary>
public static class IssueOrder
{
    /// <summary>Compares two issues: the newer one first.</summary>
    public static readonly IComparer<Issue> NewestFirst = Comparer<Issue>.Create((a, b) =>
    {
        var c = a.Published is { } x && b.Published is { } y ? y.CompareTo(x) : 0;
        if (c != 0) return c;
        c = b.Date.CompareTo(a.Date);
        if (c != 0) return c;
        c = Nullable.Compare(b.PublishedAt, a.PublishedAt);
        if (c != 0) return c;
        c = Nullable.Compare(b.Number, a.Number);
        return c != 0 ? c : string.CompareOrdinal(a.SourcePath, b.SourcePath);
    });
}
