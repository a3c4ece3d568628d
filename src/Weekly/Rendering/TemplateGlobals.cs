using Weekly.Rendering.ViewModels;

namespace Weekly.Rendering;

/// <summary>The global variables every layout and partial can read; all are always defined (null when unused).</summary>
public static class TemplateGlobals
{
    /// <summary>
    /// Builds the globals: <c>site</c>, <c>page</c>, <c>issue</c>, <c>story</c>, <c>term</c>, <c>terms</c>
    /// (index lists), <c>issues</c> (issue lists) and <c>content</c> (trusted body HTML).
    /// </summary>
    public static Dictionary<string, object?> Create(SiteView site, PageView page, IssueView? issue = null, StoryView? story = null,
        TermView? term = null, IReadOnlyList<TermSummaryView>? terms = null, IReadOnlyList<IssueView>? issues = null, TrustedHtml? content = null) =>
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
        };
}
