using System.Collections.Concurrent;
using Weekly.Domain;
using Weekly.Urls;

namespace Weekly.Rendering.ViewModels;

/// <summary>A story page's "More from &lt;region&gt;" and "More on &lt;topic&gt;" lists (the <c>related</c> object).</summary>
public sealed class RelatedViews(TermLookup terms)
{
    /// <summary>Other stories listed under "More from …" and "More on …" on a story page.</summary>
    public const int Count = 5;

    /// <summary>
    /// Each term's list for the stories outside its first <see cref="Count"/>: the same for all of them
    /// (the term's newest stories), so one object, which the theme renders once (<c>include_cached</c>).
    /// </summary>
    private readonly ConcurrentDictionary<Term, RelatedView?> _shared = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// "More from &lt;region&gt;" (the story's first place's most specific term: the city, else the province) and
    /// "More on &lt;topic&gt;" (its first topic): up to <see cref="Count"/> other stories of the term, newest first.
    /// A term with no other story gives no list.
    /// </summary>
    public IReadOnlyList<RelatedView> For(StoryEntry entry)
    {
        var result = new List<RelatedView>(2);
        if (terms.FirstRegion(entry.Story) is { } region && List(region, "More from ", entry) is { } fromRegion) result.Add(fromRegion);
        if (terms.FirstTopic(entry.Story) is { } topic && List(topic, "More on ", entry) is { } onTopic) result.Add(onTopic);
        return result;
    }

    /// <summary>Up to <see cref="Count"/> stories of <paramref name="term"/> other than <paramref name="entry"/>'s, newest first, or null when there are none.</summary>
    private RelatedView? List(Term term, string heading, StoryEntry entry)
    {
        bool IsEntry(StoryEntry s) => s.Issue.Slug == entry.Issue.Slug && s.Story.Slug == entry.Story.Slug;
        var top = term.Stories.Take(Count);
        return top.Any(IsEntry) ? Make(term.Stories.Where(s => !IsEntry(s))) : _shared.GetOrAdd(term, _ => Make(top));

        RelatedView? Make(IEnumerable<StoryEntry> stories)
        {
            var others = stories.Take(Count).Select(s => new LinkView(s.Story.Headline, Permalinks.Story(s.Issue, s.Story))).ToList();
            return others.Count == 0 ? null : new RelatedView(heading + term.Name, new LinkView(term.Name, Permalinks.Term(term)), others);
        }
    }
}
