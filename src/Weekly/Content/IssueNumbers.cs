using Weekly.Domain;

namespace Weekly.Content;

/// <summary>
/// Issue numbering, as the build and <c>weekly new</c> apply it: an issue numbered in front matter keeps its
/// number; an unnumbered one is one more than the issue before it by date (the oldest, 1).
/// </summary>
public static class IssueNumbers
{
    /// <summary>
    /// Fills in missing numbers of <paramref name="newestFirst"/> (in <see cref="IssueOrder.NewestFirst"/> order), which keeps its
    /// order: an issue's own number, else one more than the last published issue before it; a draft, one more than the last
    /// issue before it, draft or not. Drafts never move the published issues' count on, so the issues after a draft have the
    /// same numbers in a preview or <c>--drafts</c> build as on the live site.
    /// </summary>
    public static IReadOnlyList<Issue> Assign(IReadOnlyList<Issue> newestFirst)
    {
        var result = new Issue[newestFirst.Count];
        var (lastPublished, last) = (0, 0);
        for (var i = newestFirst.Count - 1; i >= 0; i--)
        {
            var issue = newestFirst[i];
            var number = issue.Number ?? (issue.Draft ? last : lastPublished) + 1;
            last = number;
            if (!issue.Draft) lastPublished = number;
            result[i] = issue.Number is null ? issue with { Number = number } : issue;
        }
        return result;
    }

    /// <summary>
    /// The number <paramref name="added"/> takes among <paramref name="others"/> (any order, publication instants set or not)
    /// by <see cref="Assign"/>'s rule in <see cref="IssueOrder.NewestFirst"/> order: its own when it has one, else one more
    /// than the issue before it (<c>weekly new</c> writes it, so the new seed gets the number the build would give it).
    /// </summary>
    public static int NumberFor(Issue added, IEnumerable<Issue> others)
    {
        var draft = added with { Draft = true }; // weekly new writes a draft: it counts the drafts before it
        var all = others.Append(draft).Order(IssueOrder.NewestFirst).ToList();
        var at = all.FindIndex(i => ReferenceEquals(i, draft));
        return Assign(all)[at].Number!.Value;
    }
}
