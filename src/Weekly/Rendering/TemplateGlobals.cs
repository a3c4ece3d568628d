using Weekly.Rendering.Markup;
using Weekly.Rendering.ViewModels;

namespace Weekly.Rendering;

/// <summary>The global variables every layout and partial can read; all are always defined (null when unused).</summary>
public static class TemplateGlobals
{
    /// <summary>
    /// Builds the globals: <c>site</c>, <c>page</c>, <c>issue</c>, <c>story</c>, <c>term</c>, <c>terms</c>
    /// (index lists), <c>issues</c> (issue lists), <c>content</c> (trusted body HTML), <c>chart</c> (the region
    /// index's chart), <c>related</c> (a story page's "more from / more on" lists) and <c>map</c> (a map of China).
    /// </summary>
    /// <param name="site">The <c>site</c> object.</param>
    /// <param name="page">The <c>page</c> object, normally a <see cref="PageView"/> (the theme's head partial reads its members).</param>
    /// <param name="issue">The <c>issue</c> object, or null.</param>
    /// <param name="story">The <c>story</c> object, or null.</param>
    /// <param name="term">The <c>term</c> object, or null.</param>
    /// <param name="terms">The <c>terms</c> list of an index page, or null.</param>
    /// <param name="issues">The <c>issues</c> list of the home page or archive, or null.</param>
    /// <param name="content">The <c>content</c> body, or null.</param>
    /// <param name="chart">The <c>chart</c> of an index page, or null.</param>
    /// <param name="related">The <c>related</c> lists of a story page, or null.</param>
    /// <param name="map">The <c>map</c> of the region index, an issue or a region page, or null.</param>
    public static Dictionary<string, object?> Create(SiteView site, object page, IssueView? issue = null, StoryView? story = null,
        TermView? term = null, IReadOnlyList<TermSummaryView>? terms = null, IReadOnlyList<IssueView>? issues = null, TrustedHtml? content = null,
        ChartView? chart = null, IReadOnlyList<RelatedView>? related = null, MapView? map = null) =>
        new(StringComparer.Ordinal)
        {
            ["site"] = site,
            ["page"] = page,
            ["issue"] = issue,
            ["story"] = story,
            ["term"] = term,
            ["terms"] = terms,
            ["issues"] = issues,
            ["content"] = content,
            ["chart"] = chart,
            ["related"] = related,
            ["map"] = map,
        };
}
