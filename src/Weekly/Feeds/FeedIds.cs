using Weekly.Domain;

namespace Weekly.Feeds;

/// <summary>
/// Stable feed and item ids (RSS <c>guid isPermaLink="false"</c>, Atom <c>id</c>, JSON Feed <c>id</c>):
/// <c>tag:</c> URIs per RFC 4151, <c>tag:&lt;authority&gt;,&lt;date&gt;:&lt;specific&gt;</c>. The authority is
/// <see cref="SiteSettings.TagAuthority"/> (default: the base URL's host, so a scheme change keeps ids)
/// and the date <see cref="SiteSettings.FeedIdDate"/>. The specific part is the one an issue or story was first published
/// with (<see cref="Issue.FeedId"/>, <see cref="Story.FeedId"/>, kept by <c>permalinks.lock</c>, so a renamed seed or an
/// inserted story keeps every id), made the first time from slugs, which come from seed file names or front matter, never
/// from headlines or titles:
/// <list type="bullet">
/// <item>issue: <c>issues/&lt;issue-slug&gt;</c></item>
/// <item>story: <c>issues/&lt;issue-slug&gt;/&lt;ordinal&gt;</c>, the 1-based position of the story in its issue</item>
/// <item>site feed: <c>feed</c>; term feed: <c>regions/&lt;path&gt;</c> or <c>topics/&lt;slug&gt;</c></item>
/// </list>
/// Issue slugs are unique and story ordinals unique within an issue, so no two items share an id.
/// </summary>
public static class FeedIds
{
    /// <summary>The tagging entity <c>&lt;authority&gt;,&lt;date&gt;</c>, e.g. <c>example.org,2020</c> (the settings loader checked both, WK0803).</summary>
    public static string TaggingEntity(SiteSettings settings) => $"{settings.TagAuthority},{settings.FeedIdDate}";

    /// <summary>The site feeds' id: <c>tag:&lt;entity&gt;:feed</c>.</summary>
    public static string ForSite(SiteSettings settings) => $"tag:{TaggingEntity(settings)}:feed";

    /// <summary>A term feed's id: <c>tag:&lt;entity&gt;:regions/fujian/fuzhou</c> or <c>tag:&lt;entity&gt;:topics/finance</c>.</summary>
    public static string ForTerm(SiteSettings settings, Term term) =>
        $"tag:{TaggingEntity(settings)}:{(term.Kind == TaxonomyKind.Region ? "regions" : "topics")}/{EscapePath(term.Path)}";

    /// <summary>An issue item's id: <c>tag:&lt;entity&gt;:issues/&lt;issue-slug&gt;</c>.</summary>
    /// <exception cref="InvalidOperationException">The issue has no slug (a bug: <c>SetSlugs</c> has not run).</exception>
    public static string ForIssue(SiteSettings settings, Issue issue) =>
        $"tag:{TaggingEntity(settings)}:{issue.FeedId ?? "issues/" + SlugOf(issue)}";

    /// <summary>A story item's id: <c>tag:&lt;entity&gt;:issues/&lt;issue-slug&gt;/&lt;ordinal&gt;</c>.</summary>
    /// <exception cref="InvalidOperationException">The issue has no slug or the ordinal is below 1 (a bug upstream).</exception>
    public static string ForStory(SiteSettings settings, Issue issue, Story story) => ForStory(TaggingEntity(settings), issue, story);

    /// <summary>A story item's id, given the site's <see cref="TaggingEntity"/> (for callers that make many ids).</summary>
    /// <param name="taggingEntity">What <see cref="TaggingEntity"/> returns for the site's settings.</param>
    /// <param name="issue">The story's issue.</param>
    /// <param name="story">The story.</param>
    /// <exception cref="InvalidOperationException">The issue has no slug or the ordinal is below 1 (a bug upstream).</exception>
    public static string ForStory(string taggingEntity, Issue issue, Story story)
    {
        if (story.FeedId is { } kept) return $"tag:{taggingEntity}:{kept}";
        if (story.Ordinal < 1) throw new InvalidOperationException($"Story '{story.Headline}' has ordinal {story.Ordinal}; ordinals start at 1.");
        return $"tag:{taggingEntity}:issues/{SlugOf(issue)}/{story.Ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    private static string SlugOf(Issue issue) =>
        issue.Slug.Length > 0
            ? Uri.EscapeDataString(issue.Slug)
            : throw new InvalidOperationException($"Issue '{issue.SourcePath}' has no slug; SetSlugs must run before feeds are built.");

    private static string EscapePath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
