using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Domain;
using Weekly.Urls;

namespace Weekly.Modules;

/// <summary>
/// Gives every story of each issue document (<see cref="Keys.Issue"/>) its slug, by the rules of
/// <see cref="SetSlugs"/>: its override's <c>slug</c>, else its headline slugified to at most
/// <see cref="StorySlugLength"/> characters; unique within its issue (WK0401), pinned
/// slugs made safe (WK0402). Looks at one issue at a time, so <c>CacheDocuments</c> keeps its result
/// with the parse. Documents without an issue pass through.
/// </summary>
public sealed class SetStorySlugs : IModule
{
    /// <summary>Longest story slug taken from a headline, in characters.</summary>
    public const int StorySlugLength = 60;

    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) =>
        ParallelMap.Ordered(inputs, d => d.Has(Keys.Issue) ? d.With(Keys.Issue, SlugStories(d.Get(Keys.Issue), context.Diagnostics)) : d);

    private static Issue SlugStories(Issue issue, DiagnosticBag diagnostics)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var sections = issue.Sections.Select(section => section with
        {
            Stories = section.Stories.Select(story =>
            {
                var wanted = story.Override?.Slug is { } pinned ? Slugs.From(pinned) : Slugs.From(story.Headline, StorySlugLength, "story");
                if (wanted is "page" or "feed-xml") wanted = "story-" + wanted;
                else if (Slugs.IsDeviceName(wanted)) wanted += "-story";
                SetSlugs.WarnIfChanged(story.Override?.Slug, wanted, issue.SourcePath, story.Override?.Line ?? story.Line, diagnostics);
                var slug = Slugs.Unique(wanted, taken);
                if (slug != wanted)
                {
                    diagnostics.Report(Codes.SlugTaken, issue.SourcePath, story.Line, 1, "Story", wanted, slug);
                }
                return story with { Slug = slug };
            }).ToList(),
        }).ToList();
        return issue with { Sections = sections };
    }
}
