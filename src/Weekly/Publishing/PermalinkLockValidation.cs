using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Weekly.Urls;

namespace Weekly.Publishing;

/// <summary>
/// What a well-formed lock must also be, since every URL in it becomes a page and a <c>_redirects</c> line: each issue URL or
/// alias is <c>/issues/&lt;slug&gt;/</c> and each story's <c>/issues/&lt;slug&gt;/&lt;slug&gt;/</c>, slugs as <see cref="Slugs"/> makes
/// them (lowercase ASCII letters, digits, single hyphens; never <c>page</c> for an issue, since <c>/issues/page/2/</c> is the
/// archive's; never a Windows device name), so no URL in the lock can name another kind of page, leave the output folder,
/// or split a Netlify rule. And no entry repeats another's: seed path, issue id, a story id within its issue, or a URL that
/// two published entries both claim as theirs now. A bad URL is reported at its field, a repeat at the later entry's start.
/// </summary>
internal static partial class PermalinkLockValidation
{
    private const string UrlFix = "write the URL it was published at (git diff permalinks.lock shows what changed), or restore the committed lock: git checkout HEAD -- permalinks.lock";
    private const string AliasFix = "delete this alias (an old URL from elsewhere belongs in input/static/_redirects), or restore the committed lock: git checkout HEAD -- permalinks.lock";
    private const string DuplicateFix = "delete the repeated entry (git diff permalinks.lock shows which one the edit added), or restore the committed lock: git checkout HEAD -- permalinks.lock";

    /// <summary>Every problem of <paramref name="lockFile"/>, in file order.</summary>
    public static List<LockProblem> Check(PermalinkLock lockFile, LockLines lines)
    {
        var problems = new List<LockProblem>();
        var sources = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var urls = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var issue in lockFile.Issues)
        {
            var (line, column) = lines.Of(issue);
            // One report for an entry repeated whole: the first of what it repeats.
            if (!Unique(sources, issue.Source, "seed path (\"source\")", line, column, problems) || !Unique(ids, issue.Id, "issue id", line, column, problems)
                || (!issue.Removed && !Unique(urls, issue.Url, "URL", line, column, problems)))
            {
                continue;
            }
            Url(issue.Url, false, "issue's url", UrlFix, lines.Of(issue, "url"), problems);
            foreach (var alias in issue.Aliases) Url(alias, false, "issue alias", AliasFix, lines.Of(issue, "aliases"), problems);
            var storyIds = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var story in issue.Stories)
            {
                var (storyLine, storyColumn) = lines.Of(story);
                if (!Unique(storyIds, story.Id, "story id", storyLine, storyColumn, problems)) continue;
                Url(story.Url, true, "story's url", UrlFix, lines.Of(story, "url"), problems);
                foreach (var alias in story.Aliases) Url(alias, true, "story alias", AliasFix, lines.Of(story, "aliases"), problems);
                if (!story.Removed && !issue.Removed) _ = Unique(urls, story.Url, "URL", storyLine, storyColumn, problems);
            }
        }
        return problems.OrderBy(p => p.Line).ThenBy(p => p.Column).ToList();
    }

    /// <summary>True when <paramref name="url"/> is an issue's URL (<paramref name="story"/> false) or a story's as this site makes them.</summary>
    public static bool IsPermalink(string url, bool story)
    {
        var match = (story ? StoryUrl() : IssueUrl()).Match(url);
        if (!match.Success || match.Groups["issue"].Value == Permalinks.PageSegment) return false;
        return !Slugs.IsDeviceName(match.Groups["issue"].Value) && !(story && Slugs.IsDeviceName(match.Groups["story"].Value));
    }

    private static void Url(string url, bool story, string what, string fix, (int Line, int Column) at, List<LockProblem> problems)
    {
        if (IsPermalink(url, story)) return;
        var shape = story ? "/issues/<issue-slug>/<story-slug>/" : "/issues/<issue-slug>/";
        problems.Add(new LockProblem(at.Line, at.Column,
            $"the {what} {Shown(url)} is not a URL this site makes ({shape}, slugs of lowercase letters, digits and single hyphens)", fix));
    }

    /// <summary>False, with a problem, when <paramref name="value"/> was seen before.</summary>
    private static bool Unique(Dictionary<string, int> seen, string value, string what, int line, int column, List<LockProblem> problems)
    {
        if (seen.TryAdd(value, line)) return true;
        problems.Add(new LockProblem(line, column, $"this entry repeats the {what} {Shown(value)} of the entry at line {seen[value]}", DuplicateFix));
        return false;
    }

    /// <summary>A value in quotes, anything but printable ASCII escaped (a tab, a no-break space, a bidi control show as <c>\u…</c>).</summary>
    private static string Shown(string value) => "\"" + JsonEncodedText.Encode(value, JavaScriptEncoder.Default) + "\"";

    [GeneratedRegex(@"^/issues/(?<issue>[a-z0-9]+(?:-[a-z0-9]+)*)/\z", RegexOptions.CultureInvariant)]
    private static partial Regex IssueUrl();

    [GeneratedRegex(@"^/issues/(?<issue>[a-z0-9]+(?:-[a-z0-9]+)*)/(?<story>[a-z0-9]+(?:-[a-z0-9]+)*)/\z", RegexOptions.CultureInvariant)]
    private static partial Regex StoryUrl();
}
