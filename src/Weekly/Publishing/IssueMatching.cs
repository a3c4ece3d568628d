using Weekly.Domain;
using Weekly.Text;

namespace Weekly.Publishing;

/// <summary>
/// Finds each issue of a build among the issues <c>permalinks.lock</c> records: by seed path, else (a renamed seed) among the
/// entries whose seed is gone, by its stories, title and date (<see cref="Score"/>).
/// </summary>
internal static class IssueMatching
{
    /// <summary>For each issue, its entry: by seed path, else the best entry whose seed is no longer built (score 3 or more, <see cref="Score"/>), the highest scores first.</summary>
    public static LockedIssue?[] Match(IReadOnlyList<Issue> issues, IReadOnlyList<LockedIssue> entries)
    {
        var result = new LockedIssue?[issues.Count];
        var bySource = new Dictionary<string, LockedIssue>(StringComparer.Ordinal);
        foreach (var entry in entries) bySource.TryAdd(entry.Source, entry);
        var sources = issues.Select(i => i.SourcePath).ToHashSet(StringComparer.Ordinal);
        var orphans = entries.Where(e => !sources.Contains(e.Source)).ToList();
        for (var i = 0; i < issues.Count; i++)
        {
            if (bySource.TryGetValue(issues[i].SourcePath, out var entry)) result[i] = entry;
        }
        if (orphans.Count == 0) return result;
        var pairs = new List<(int Issue, LockedIssue Entry, int Score)>();
        for (var i = 0; i < issues.Count; i++)
        {
            if (result[i] is not null) continue;
            foreach (var entry in orphans)
            {
                var score = Score(issues[i], entry);
                if (score >= 3) pairs.Add((i, entry, score));
            }
        }
        var taken = new HashSet<LockedIssue>(ReferenceEqualityComparer.Instance);
        foreach (var (i, entry, _) in pairs.OrderByDescending(p => p.Score).ThenBy(p => p.Issue))
        {
            if (result[i] is not null || !taken.Add(entry)) continue;
            result[i] = entry;
        }
        return result;
    }

    /// <summary>
    /// How sure it is that a renamed seed is a recorded issue; 3 or more is a match. Its stories are the strongest evidence:
    /// most (more than half) of the recorded stories found among the issue's by first paragraph or slug, 4, enough alone
    /// (a seed renamed while its title or date was corrected); at least half, 2. The same title 2, the same date 1.
    /// </summary>
    private static int Score(Issue issue, LockedIssue entry)
    {
        var score = 0;
        if (Normalize(issue.Title) == Normalize(entry.Title)) score += 2;
        if (IsoDates.Format(issue.Date) == entry.Date) score += 1;
        var recorded = entry.Stories.Where(s => !s.Removed).ToList();
        if (recorded.Count == 0) recorded = entry.Stories.ToList();
        if (recorded.Count == 0) return score;
        var texts = issue.Stories.Select(StoryFingerprint.Of).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal);
        var slugs = issue.Stories.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        var found = recorded.Count(s => texts.Contains(s.Text) || slugs.Contains(s.Slug));
        return score + (found * 2 > recorded.Count ? 4 : found * 2 == recorded.Count ? 2 : 0);
    }

    private static string Normalize(string title) => Whitespace.Collapse(title).ToUpperInvariant();
}
