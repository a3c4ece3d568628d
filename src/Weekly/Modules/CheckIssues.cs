using System.Globalization;
using System.Text.RegularExpressions;
using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Domain;
using Weekly.Editing;
using Weekly.Publishing;
using Weekly.Text;

namespace Weekly.Modules;

/// <summary>
/// Editorial checks across the site's issues, all warnings: they never change the output, and the module makes
/// no documents. Runs in its own pipeline (Checks), so <c>weekly preview</c> serves an edit before they are done:
/// <list type="bullet">
/// <item><c>WK0901</c> a headline longer than <see cref="MaxHeadlineLength"/> characters (Unicode scalar values).</item>
/// <item><c>WK0902</c> the same story twice: an equal headline, or an equal first body paragraph of at
/// least <see cref="MinRepeatedParagraph"/> characters (compared ignoring runs of white space; case counts,
/// since headlines differing only in case are told apart by their slugs), in one issue or across issues;
/// reported on the later one.</item>
/// <item><c>WK0904</c> an issue more than <see cref="MaxNeighbourGapDays"/> days from both its older and newer neighbours.</item>
/// <item><c>WK0905</c> two issues with the same number; <c>WK0906</c> with the same date; <c>WK0907</c> a newer
/// issue with a lower number than the issue before it.</item>
/// <item><c>WK0908</c> text still holding the archetype's placeholder text (<c>theme/archetypes/issue.txt</c>).</item>
/// </list>
/// </summary>
/// <param name="site">The content stage's model.</param>
/// <param name="archetype">The site's archetype, whose sample lines WK0908 looks for; null when the site has none.</param>
public sealed class CheckIssues(SiteModel site, Archetype? archetype) : IModule
{
    /// <summary>Longest headline without a warning, in characters.</summary>
    public const int MaxHeadlineLength = 200;

    /// <summary>Shortest first paragraph that counts as "the same story" when repeated.</summary>
    public const int MinRepeatedParagraph = 80;

    /// <summary>Largest gap, in days, to the nearest neighbouring issue without a warning.</summary>
    public const int MaxNeighbourGapDays = 60;

    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var newestFirst = site.Issues;
        var oldestFirst = Enumerable.Reverse(newestFirst).Where(i => i.Date != DateOnly.MinValue).ToList();
        var bag = context.Diagnostics;
        CheckStories(Enumerable.Reverse(newestFirst), bag);
        CheckPlaceholders(newestFirst, archetype?.SampleLines.Select(l => new ArchetypeLine(Archetype.Pieces(l))).ToList() ?? [], bag);
        CheckGaps(oldestFirst, bag);
        CheckShared(oldestFirst, i => i.Number, Codes.SameNumber, i => i.NumberLine, bag);
        CheckShared(oldestFirst, i => i.Date, Codes.SameDate, i => i.DateLine, bag);
        CheckNumberOrder(oldestFirst, bag);
        return [];
    }

    /// <summary>
    /// One sample line of the archetype (<see cref="Archetype.SampleLines"/>), split at its placeholders into literal pieces
    /// (filled in by <c>weekly new</c>, so they match whatever they were filled with); it matches as <c>^p0.+?p1…$</c> does. The first and
    /// last pieces are compared first, so that the regex (interpreted in a native build) runs only on the few paragraphs
    /// that start and end as the line does, not on every paragraph of every issue.
    /// </summary>
    private sealed class ArchetypeLine(string[] pieces)
    {
        private readonly Regex _regex = new("^" + string.Join(".+?", pieces.Select(Regex.Escape)) + "$", RegexOptions.CultureInvariant);

        public bool Matches(string text) =>
            text.StartsWith(pieces[0], StringComparison.Ordinal) && text.EndsWith(pieces[^1], StringComparison.Ordinal) && _regex.IsMatch(text);
    }

    private static void CheckPlaceholders(IEnumerable<Issue> issues, List<ArchetypeLine> placeholders, DiagnosticBag bag)
    {
        if (placeholders.Count == 0) return;
        foreach (var issue in issues)
        {
            var texts = issue.Intro.Select(p => (p.Text, p.Line))
                .Concat(issue.Sections.SelectMany(section =>
                    section.Stories.SelectMany(story => story.Paragraphs.Select(p => (p.Text, p.Line)).Prepend((story.Headline, story.Line)))
                        .Concat(section.Commentary.Select(p => (p.Text, p.Line)))
                        .Prepend(($"{section.Name}: {section.Title}", section.Line))));
            foreach (var (text, line) in texts.Where(t => placeholders.Exists(p => p.Matches(t.Item1.Trim()))))
            {
                bag.Report(Codes.Placeholder, issue.SourcePath, line, 1, text);
            }
        }
    }

    private static void CheckStories(IEnumerable<Issue> oldestFirst, DiagnosticBag bag)
    {
        var headlines = new Dictionary<string, (Issue Issue, Story Story)>(StringComparer.Ordinal);
        var bodies = new Dictionary<string, (Issue Issue, Story Story)>(StringComparer.Ordinal);
        foreach (var issue in oldestFirst)
        {
            foreach (var story in issue.Stories)
            {
                var length = story.Headline.EnumerateRunes().Count();
                if (length > MaxHeadlineLength)
                {
                    bag.Report(Codes.LongHeadline, issue.SourcePath, story.Line, 1, length, MaxHeadlineLength);
                }
                if (!headlines.TryAdd(Whitespace.Collapse(story.Headline), (issue, story)))
                {
                    var first = headlines[Whitespace.Collapse(story.Headline)];
                    bag.Report(Codes.RepeatedStory, issue.SourcePath, story.Line, 1, "headline", Where(first));
                    continue;
                }
                // The same collapsed text as StoryFingerprint hashes (the lock's key for a story's body): its fingerprint is the key here too.
                if (story.Paragraphs.Count > 0 && Whitespace.Collapse(story.Paragraphs[0].Text).Length >= MinRepeatedParagraph
                    && StoryFingerprint.Of(story) is var body && !bodies.TryAdd(body, (issue, story)))
                {
                    bag.Report(Codes.RepeatedStory, issue.SourcePath, story.Line, 1, "first paragraph", Where(bodies[body]));
                }
            }
        }
    }

    private static void CheckGaps(List<Issue> oldestFirst, DiagnosticBag bag)
    {
        if (oldestFirst.Count < 2) return;
        for (var i = 0; i < oldestFirst.Count; i++)
        {
            var issue = oldestFirst[i];
            var before = i > 0 ? issue.Date.DayNumber - oldestFirst[i - 1].Date.DayNumber : int.MaxValue;
            var after = i + 1 < oldestFirst.Count ? oldestFirst[i + 1].Date.DayNumber - issue.Date.DayNumber : int.MaxValue;
            var nearest = Math.Min(before, after);
            if (nearest <= MaxNeighbourGapDays) continue;
            bag.Report(Codes.FarDate, issue.SourcePath, Math.Max(issue.DateLine, 1), 1, issue.Date, nearest, MaxNeighbourGapDays);
        }
    }

    private static void CheckShared<T>(List<Issue> oldestFirst, Func<Issue, T?> key, DiagnosticCode code, Func<Issue, int> line, DiagnosticBag bag)
    {
        foreach (var group in oldestFirst.Where(i => key(i) is not null).GroupBy(i => key(i)!).Where(g => g.Count() > 1))
        {
            foreach (var issue in group)
            {
                var others = string.Join(", ", group.Where(o => !ReferenceEquals(o, issue)).Select(o => o.SourcePath));
                bag.Report(code, issue.SourcePath, Math.Max(line(issue), 1), 1, key(issue), others);
            }
        }
    }

    private static void CheckNumberOrder(List<Issue> oldestFirst, DiagnosticBag bag)
    {
        for (var i = 1; i < oldestFirst.Count; i++)
        {
            var (older, newer) = (oldestFirst[i - 1], oldestFirst[i]);
            if (older.Date == newer.Date || newer.Number is not { } n || older.Number is not { } o || n >= o) continue;
            bag.Report(Codes.NumberOrder, newer.SourcePath, Math.Max(newer.NumberLine, 1), 1, n, o, older.SourcePath);
        }
    }

    private static string Where((Issue Issue, Story Story) at) =>
        string.Create(CultureInfo.InvariantCulture, $"{at.Issue.SourcePath}:{at.Story.Line}");
}
