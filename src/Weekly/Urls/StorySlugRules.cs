using System.Text.RegularExpressions;

namespace Weekly.Urls;

/// <summary>
/// Slugs a story may not have. A story's slug is both its page's folder (<c>/issues/&lt;issue&gt;/&lt;slug&gt;/</c>) and its anchor id
/// on the issue page (<c>#&lt;slug&gt;</c>), so it must not be a folder the site's URLs use (<c>page</c>, <c>feed-xml</c>) nor an id the
/// theme gives an element of the issue page (<c>theme/layouts/base.scriban</c>: <c>main</c>; <c>issue.scriban</c>:
/// <c>issue-map-heading</c>; <c>partials/issue-body.scriban</c>: <c>section-N</c>, <c>section-N-heading</c>, <c>section-N-commentary</c>;
/// <c>issue-toc.scriban</c>: <c>toc-&lt;issue&gt;</c>; <c>map.scriban</c>, <c>map-base.scriban</c>: <c>issue-map-title</c>, <c>issue-map-desc</c>,
/// <c>map-&lt;region code&gt;</c>), else a duplicate id would send <c>#main</c> or a map's <c>&lt;use href&gt;</c> to the story.
/// Such a slug gets the prefix <c>story-</c> (<c>main</c> → <c>story-main</c>), as reserved issue slugs get <c>-issue</c>.
/// The theme's other ids are reserved too, so a story stays safe if a layout moves; a test reads every template's ids and
/// fails when one is not covered here.
/// </summary>
public static partial class StorySlugRules
{
    /// <summary>True when <paramref name="slug"/> is a folder or an element id the site already uses beside a story.</summary>
    public static bool IsReserved(string slug) => ThemeIds().IsMatch(slug);

    /// <summary><paramref name="slug"/>, or <c>story-</c> + it when it is reserved.</summary>
    public static string Avoid(string slug) => IsReserved(slug) ? "story-" + slug : slug;

    // Literal ids of every layout and partial (base, issue, home, term, regions, topics, search), then the patterns of
    // ids made from data (section-N…, toc-<issue slug>, map-<code>, <map id>-title/-desc, related-<group> on story pages).
    [GeneratedRegex("""
        ^(?:page|feed-xml|main
        |search-(?:q|hint|filters|status|results|more)
        |(?:chart|cities|stories|index|map|issue-map|latest|recent)-heading
        |section-[0-9]+(?:-heading|-commentary)?
        |toc-.+|map-[0-9]+|[a-z-]*(?:map|chart)-(?:title|desc)|related-[0-9]+)$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex ThemeIds();
}
