using System.Globalization;
using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Domain;
using Weekly.Text;
using Weekly.Urls;

namespace Weekly.Publishing;

/// <summary>What <see cref="PermalinkHistory.Apply"/> made of the lock for this build.</summary>
/// <param name="Issues">The issues, in the order given, with <see cref="Issue.FeedId"/> and <see cref="Story.FeedId"/> set.</param>
/// <param name="Redirects">Every old URL that now redirects, by <see cref="Redirect.From"/> (ordinal).</param>
/// <param name="Lock">The lock as it should now read (the issues of this build that are published recorded).</param>
/// <param name="Changed">True when <paramref name="Lock"/> differs from the lock the build read.</param>
public sealed record PermalinkUpdate(IReadOnlyList<Issue> Issues, IReadOnlyList<Redirect> Redirects, PermalinkLock Lock, bool Changed);

/// <summary>
/// Keeps published URLs working and feed ids fixed across edits, from <c>permalinks.lock</c>. Each issue is found in the
/// lock by its seed path, else (a renamed seed) among the entries whose seed is gone by its title, date and stories; each
/// story by <see cref="StoryMatching"/>'s exact passes, else (moved to another issue) by its first paragraph among the
/// recorded stories no longer in their issue, and only then by a similar slug. Then:
/// <list type="bullet">
/// <item>an issue or story keeps the feed id it was first published with (a new one gets <c>issues/&lt;slug&gt;</c>, and
/// <c>/&lt;ordinal&gt;</c>, the next free number when that is taken);</item>
/// <item>every URL it had before redirects to the URL it has now (a headline corrected, a seed renamed, a slug pinned),
/// and warns once, with how to keep the old URL (WK0411, WK0412, WK0419 moved to another issue); a story no longer in
/// its issue redirects to the issue (WK0413); an issue no longer published is warned about (WK0414) and its URLs answer 404;</item>
/// <item>an old URL that another page now has is that page's, not a redirect (WK0415, once: when the lock first records that page,
/// or reads it as an alias put back by hand; the lock drops it then).</item>
/// </list>
/// Drafts are given their recorded ids and redirects but never recorded. Scheduled issues are recorded (the daily build
/// that publishes them on their day runs in CI, which cannot write the lock), and those this build leaves out get no
/// redirects and no warnings. Warnings come only when the lock changes, so once the updated lock is committed they stop.
/// </summary>
public static class PermalinkHistory
{
    /// <summary>
    /// Applies <paramref name="previous"/> to <paramref name="issues"/> (slugged, any order). A recorded issue whose seed is
    /// in <paramref name="unreadable"/> (present, but with errors that kept it out of <paramref name="issues"/>) is kept as
    /// recorded, not warned about as withdrawn: its errors already say what is wrong. <paramref name="held"/> are the scheduled
    /// issues this build leaves out: recorded as they will be published, nothing else. A recorded issue that is gone and dated
    /// after <paramref name="today"/> (the build clock's day in the site's zone) was scheduled and never published: it is dropped
    /// from the lock without a warning (no page of it ever went out, so none answers 404).
    /// </summary>
    public static PermalinkUpdate Apply(IReadOnlyList<Issue> issues, PermalinkLock previous, DiagnosticBag diagnostics, IReadOnlySet<string>? unreadable = null,
        IReadOnlyList<Issue>? held = null, DateOnly? today = null)
    {
        var all = held is { Count: > 0 } ? issues.Concat(held).ToList() : issues;
        var entries = IssueMatching.Match(all, previous.Issues);
        var result = new Issue[issues.Count];
        var redirects = new List<(Redirect Redirect, string? File, Issue? Issue)>();
        var recorded = new List<LockedIssue>();
        var pages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var issue in issues)
        {
            pages.Add(Permalinks.Issue(issue));
            foreach (var story in issue.Stories) pages.Add(Permalinks.Story(issue, story));
        }
        var issueIds = previous.Issues.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var storyIds = previous.Issues.SelectMany(e => e.Stories).Select(s => s.Id)
            .ToLookup(s => s[..Math.Max(0, s.LastIndexOf('/'))], StringComparer.Ordinal);
        var (matches, moves) = MatchStories(all, entries, storyIds);
        for (var i = 0; i < issues.Count; i++)
        {
            var (issue, entry) = (issues[i], entries[i]);
            var (applied, record) = ApplyIssue(issue, entry, matches[i], moves, issueIds, redirects, diagnostics);
            result[i] = applied;
            if (!issue.Draft) recorded.Add(record);
            else if (entry is not null) recorded.Add(entry); // built now, but not published: the record stays as it was
        }
        for (var i = issues.Count; i < all.Count; i++)
        {
            // Not built: no redirects to it yet, and nothing to warn about, since nothing of it was published.
            var (_, record) = ApplyIssue(all[i], entries[i], matches[i], moves, issueIds, [], new DiagnosticBag());
            if (!all[i].Draft) recorded.Add(record);
            else if (entries[i] is not null) recorded.Add(entries[i]!);
        }
        var matched = entries.Where(e => e is not null).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var entry in previous.Issues.Where(e => !matched.Contains(e)))
        {
            if (unreadable?.Contains(entry.Source) == true)
            {
                recorded.Add(entry);
                continue;
            }
            if (today is { } day && DateOnly.TryParseExact(entry.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date > day)
            {
                continue; // scheduled, then deleted (or made a draft) before its day: never published
            }
            if (!entry.Removed) diagnostics.Report(Codes.IssueWithdrawn, entry.Source, 0, 0, entry.Url, entry.Source);
            recorded.Add(entry with { Removed = true });
        }
        // An old URL that was already a recorded page's was given up (warned about, and dropped from the lock) by the build that
        // recorded that page; one still in the lock as an alias was put back by hand, and is warned about again.
        var recordedPages = previous.Issues.Where(e => !e.Removed)
            .SelectMany(e => e.Stories.Where(s => !s.Removed).Select(s => s.Url).Append(e.Url)).ToHashSet(StringComparer.Ordinal);
        var recordedAliases = previous.Issues.SelectMany(e => e.Stories.SelectMany(s => s.Aliases).Concat(e.Aliases)).ToHashSet(StringComparer.Ordinal);
        var kept = new List<Redirect>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in redirects.GroupBy(r => r.Redirect.From, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var (redirect, file, _) = group.First();
            if (!pages.Contains(redirect.From))
            {
                kept.Add(redirect);
                continue;
            }
            taken.Add(redirect.From);
            if (file is not null && (!recordedPages.Contains(redirect.From) || recordedAliases.Contains(redirect.From)))
            {
                diagnostics.Report(Codes.AliasTaken, file, 1, 1, redirect.From, redirect.To);
            }
        }
        if (taken.Count > 0) recorded = recorded.Select(e => WithoutAliases(e, taken)).ToList();
        var updated = new PermalinkLock(PermalinkLock.CurrentVersion, recorded.OrderBy(e => e.Source, StringComparer.Ordinal).ToList());
        var changed = !PermalinkLockFile.Serialize(updated).AsSpan().SequenceEqual(PermalinkLockFile.Serialize(previous));
        return new PermalinkUpdate(result, kept, updated, changed);
    }

    /// <summary>
    /// For each issue, for each story, the recorded story it is (moved ones included), in two rounds over the whole build:
    /// first every exact match (<see cref="StoryMatching.Exact"/> within its issue, then a story moved to another issue by
    /// its first paragraph), then the similar slugs among what is left (<see cref="StoryMatching.Similar"/>). So a story
    /// moved unchanged is never taken for a new story whose headline is only similar to it.
    /// </summary>
    private static (LockedStory?[][] Matches, Moves Moves) MatchStories(IReadOnlyList<Issue> issues, LockedIssue?[] entries, ILookup<string, string> storyIds)
    {
        var stories = issues.Select(i => i.Stories.ToList()).ToArray();
        var matches = stories.Select(s => new LockedStory?[s.Count]).ToArray();
        var taken = new HashSet<LockedStory>[issues.Count];
        for (var i = 0; i < issues.Count; i++)
        {
            taken[i] = new HashSet<LockedStory>(ReferenceEqualityComparer.Instance);
            StoryMatching.Exact(stories[i], stories[i].Select(StoryFingerprint.Of).ToList(), entries[i]?.Stories ?? [], matches[i], taken[i]);
        }
        var moves = new Moves(stories, entries, matches, taken, storyIds);
        for (var i = 0; i < issues.Count; i++)
        {
            foreach (var story in entries[i]?.Stories ?? []) if (moves.MovedOut(story)) taken[i].Add(story);
            StoryMatching.Similar(stories[i], entries[i]?.Stories ?? [], matches[i], taken[i]);
        }
        return (matches, moves);
    }

    /// <summary>
    /// Stories moved to another issue: a recorded story that no story of its issue matches exactly, whose first paragraph
    /// is now that of an unmatched story in another issue, is that story (its feed id kept, its URLs redirected to it).
    /// Sets those stories' places in the matches. Also every story id recorded.
    /// </summary>
    private sealed class Moves
    {
        private readonly Dictionary<Story, (LockedStory Story, string Source)> _in = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<LockedStory> _out = new(ReferenceEqualityComparer.Instance);

        public Moves(List<Story>[] stories, LockedIssue?[] entries, LockedStory?[][] matches, HashSet<LockedStory>[] taken, ILookup<string, string> storyIds)
        {
            StoryIds = storyIds;
            var gone = new Dictionary<string, (LockedStory, string)>(StringComparer.Ordinal);
            for (var i = 0; i < stories.Length; i++)
            {
                foreach (var story in entries[i]?.Stories ?? [])
                {
                    if (!story.Removed && story.Text.Length > 0 && !taken[i].Contains(story)) gone.TryAdd(story.Text, (story, entries[i]!.Source));
                }
            }
            if (gone.Count == 0) return;
            for (var i = 0; i < stories.Length; i++)
            {
                for (var j = 0; j < stories[i].Count; j++)
                {
                    if (matches[i][j] is not null || !gone.Remove(StoryFingerprint.Of(stories[i][j]), out var from)) continue;
                    _in[stories[i][j]] = from;
                    _out.Add(from.Item1);
                    matches[i][j] = from.Item1;
                }
            }
        }

        /// <summary>Every story id the lock records, in any issue (a moved story takes its id along), by the issue id it starts with.</summary>
        public ILookup<string, string> StoryIds { get; }

        /// <summary>The recorded story <paramref name="story"/> was, in another issue, and that issue's seed path; or null.</summary>
        public LockedStory? From(Story story) => _in.TryGetValue(story, out var from) ? from.Story : null;

        /// <summary>The seed path of the issue <paramref name="story"/> was moved from.</summary>
        public string FromSource(Story story) => _in[story].Source;

        public bool MovedOut(LockedStory story) => _out.Contains(story);
    }

    private static (Issue Issue, LockedIssue Record) ApplyIssue(Issue issue, LockedIssue? entry, LockedStory?[] matches, Moves moves, HashSet<string> issueIds,
        List<(Redirect, string?, Issue?)> redirects, DiagnosticBag diagnostics)
    {
        var url = Permalinks.Issue(issue);
        var id = entry?.Id ?? NewIssueId(issue.Slug, issueIds);
        if (entry is not null)
        {
            foreach (var old in entry.Aliases.Append(entry.Url).Where(u => u != url)) redirects.Add((new Redirect(old, url, issue.Title), issue.SourcePath, issue));
            // A slug pinned back to a URL the issue had (the editor followed WK0411 after the lock recorded the move) is no move to warn about.
            var restored = issue.PinnedSlug is not null && entry.Aliases.Contains(url, StringComparer.Ordinal);
            if (entry.Url != url && !entry.Removed && !restored) diagnostics.Report(Codes.IssueMoved, issue.SourcePath, 1, 1, entry.Url, url, LastSegment(entry.Url), entry.Source);
        }
        var stories = issue.Stories.ToList();
        var fingerprints = stories.Select(StoryFingerprint.Of).ToList();
        var recorded = entry?.Stories ?? [];
        var ids = recorded.Select(s => s.Id).Concat(moves.StoryIds[id]).ToHashSet(StringComparer.Ordinal);
        var records = new List<LockedStory>();
        var feedIds = new Dictionary<Story, string>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < stories.Count; i++)
        {
            var (story, match, movedIn) = (stories[i], matches[i], moves.From(stories[i]) is not null);
            var storyUrl = Permalinks.Story(issue, story);
            var storyId = match?.Id ?? NewStoryId(id, story.Ordinal, ids);
            feedIds[story] = storyId;
            var aliases = new List<string>();
            if (match is not null)
            {
                aliases.AddRange(match.Aliases.Append(match.Url).Where(u => u != storyUrl));
                foreach (var old in aliases) redirects.Add((new Redirect(old, storyUrl, story.Headline), issue.SourcePath, issue));
                var restored = story.Override?.Slug is not null && match.Aliases.Contains(storyUrl, StringComparer.Ordinal); // as for an issue
                if (match.Url != storyUrl && !match.Removed && match.Slug != story.Slug && !movedIn && !restored)
                {
                    diagnostics.Report(Codes.StoryMoved, issue.SourcePath, story.Line, 1, story.Headline, match.Url, storyUrl, story.Ordinal, match.Slug);
                }
                else if (movedIn && match.Url != storyUrl)
                {
                    diagnostics.Report(Codes.StoryMovedToIssue, issue.SourcePath, story.Line, 1, story.Headline, match.Url, storyUrl, moves.FromSource(story));
                }
            }
            records.Add(new LockedStory(storyId, storyUrl, fingerprints[i], Distinct(aliases)));
        }
        var matched = matches.Where(m => m is not null).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var gone in recorded.Where(r => !matched.Contains(r) && !moves.MovedOut(r)))
        {
            foreach (var old in gone.Aliases.Append(gone.Url)) redirects.Add((new Redirect(old, url, issue.Title), issue.SourcePath, issue));
            if (!gone.Removed) diagnostics.Report(Codes.StoryRemoved, issue.SourcePath, 1, 1, gone.Url);
            records.Add(gone with { Removed = true });
        }
        var issueAliases = entry is null ? [] : Distinct(entry.Aliases.Append(entry.Url).Where(u => u != url));
        var record = new LockedIssue(issue.SourcePath, id, url, issue.Title, IsoDates.Format(issue.Date), issueAliases, records);
        var applied = issue with
        {
            FeedId = id,
            Sections = issue.Sections.Select(s => s with { Stories = s.Stories.Select(st => st with { FeedId = feedIds[st] }).ToList() }).ToList(),
        };
        return (applied, record);
    }

    /// <summary><paramref name="entry"/> without the aliases in <paramref name="taken"/> (URLs other pages of the build have now).</summary>
    private static LockedIssue WithoutAliases(LockedIssue entry, HashSet<string> taken) => entry with
    {
        Aliases = entry.Aliases.Where(a => !taken.Contains(a)).ToList(),
        Stories = entry.Stories.Select(s => s with { Aliases = s.Aliases.Where(a => !taken.Contains(a)).ToList() }).ToList(),
    };

    /// <summary><c>issues/&lt;slug&gt;</c>, or with <c>-2</c>, <c>-3</c>… when another issue was first published with that id (its seed since renamed).</summary>
    private static string NewIssueId(string slug, HashSet<string> taken)
    {
        var id = "issues/" + Uri.EscapeDataString(slug);
        for (var n = 2; !taken.Add(id); n++) id = $"issues/{Uri.EscapeDataString(slug)}-{n.ToString(CultureInfo.InvariantCulture)}";
        return id;
    }

    /// <summary><c>&lt;issue id&gt;/&lt;ordinal&gt;</c>, or the first number after every recorded one when that id is taken.</summary>
    private static string NewStoryId(string issueId, int ordinal, HashSet<string> taken)
    {
        var id = $"{issueId}/{ordinal.ToString(CultureInfo.InvariantCulture)}";
        for (var n = taken.Count + 1; !taken.Add(id); n++) id = $"{issueId}/{n.ToString(CultureInfo.InvariantCulture)}";
        return id;
    }

    private static List<string> Distinct(IEnumerable<string> urls) => urls.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private static string LastSegment(string url)
    {
        var trimmed = url.TrimEnd('/');
        return trimmed[(trimmed.LastIndexOf('/') + 1)..];
    }

}
