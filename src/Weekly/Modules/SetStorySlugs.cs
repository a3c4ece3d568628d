using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Domain;
using Weekly.Publishing;
using Weekly.Urls;

namespace Weekly.Modules;

/// <summary>
/// Gives every story of each issue document (<see cref="Keys.Issue"/>) the slug it wants, by the rules of
/// <see cref="SetSlugs"/>: its override's <c>slug</c>, else its headline slugified to at most
/// <see cref="StorySlugLength"/> characters; a slug the site's URLs or the theme's ids use gets <c>story-</c> in front
/// (<see cref="StorySlugRules"/>), pinned slugs made safe (WK0402). Looks at one issue at a time, so
/// <c>CacheDocuments</c> keeps its result with the parse. The slugs are made unique within their issue afterwards, by
/// <see cref="SetSlugs"/> (<see cref="MakeUnique"/>), which reads <c>permalinks.lock</c>. Documents without an issue pass through.
/// </summary>
public sealed class SetStorySlugs : IModule
{
    /// <summary>Longest story slug taken from a headline, in characters.</summary>
    public const int StorySlugLength = 60;

    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) =>
        ParallelMap.Ordered(inputs, d => d.Has(Keys.Issue) ? d.With(Keys.Issue, SlugStories(d.Get(Keys.Issue), context.Diagnostics)) : d);

    private static Issue SlugStories(Issue issue, DiagnosticBag diagnostics) => issue with
    {
        Sections = issue.Sections.Select(section => section with
        {
            Stories = section.Stories.Select(story =>
            {
                var wanted = story.Override?.Slug is { } pinned ? Slugs.From(pinned) : Slugs.From(story.Headline, StorySlugLength, "story");
                wanted = StorySlugRules.Avoid(wanted);
                if (Slugs.IsDeviceName(wanted)) wanted += "-story";
                SetSlugs.WarnIfChanged(story.Override?.Slug, wanted, issue.SourcePath, story.Override?.Line ?? story.Line, diagnostics);
                return story with { Slug = wanted };
            }).ToList(),
        }).ToList(),
    };

    /// <summary>
    /// Makes the story slugs of <paramref name="issue"/> unique within it (ignoring case), <c>-2</c>, <c>-3</c>… with warning
    /// WK0401, a reserved one made safe (<c>section-2</c> → <c>story-section-2</c>). A story the lock recorded under the slug it wants, with the same first paragraph (<see cref="StoryFingerprint"/>),
    /// keeps that slug: a new story whose headline slugs the same gets the suffix, not the published one. Others in issue order.
    /// </summary>
    /// <param name="issue">The issue, its stories holding the slugs they want.</param>
    /// <param name="recorded">The lock's entry for the issue's seed, or null.</param>
    /// <param name="diagnostics">Receives WK0401.</param>
    internal static Issue MakeUnique(Issue issue, LockedIssue? recorded, DiagnosticBag diagnostics)
    {
        var stories = issue.Stories.ToList();
        var published = (recorded?.Stories ?? []).Where(s => !s.Removed).Select(s => (s.Slug, s.Text)).ToHashSet();
        var first = stories.Select(s => published.Count > 0 && published.Contains((s.Slug, StoryFingerprint.Of(s)))).ToList();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var slugs = new string[stories.Count];
        foreach (var i in Enumerable.Range(0, stories.Count).OrderBy(i => first[i] ? 0 : 1).ThenBy(i => i))
        {
            var wanted = stories[i].Slug;
            slugs[i] = Slugs.Unique(wanted, taken, StorySlugRules.Avoid);
            if (slugs[i] != wanted) diagnostics.Report(Codes.SlugTaken, issue.SourcePath, stories[i].Line, 1, "Story", wanted, slugs[i]);
        }
        if (slugs.SequenceEqual(stories.Select(s => s.Slug), StringComparer.Ordinal)) return issue;
        var next = 0;
        return issue with
        {
            Sections = issue.Sections.Select(section => section with { Stories = section.Stories.Select(s => s with { Slug = slugs[next++] }).ToList() }).ToList(),
        };
    }
}
