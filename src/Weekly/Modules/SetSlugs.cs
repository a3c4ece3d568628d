using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Publishing;
using Weekly.Urls;

namespace Weekly.Modules;

/// <summary>
/// Gives every issue document its issue's slug, and every page document its slug (<see cref="Keys.Slug"/>):
/// with <see cref="SetStorySlugs"/> (each issue on its own, so cached with the parse), the only place slugs are
/// computed. Rules (stable across typo fixes, DESIGN.md §2): an issue's slug is its front matter <c>slug</c>,
/// else its seed file name without extension (<c>2020-01-06-two-sessions.txt</c> → <c>2020-01-06-two-sessions</c>);
/// a page's is its front matter <c>slug</c>, else its file name (<c>input/pages/about.md</c> → <c>about</c>, at
/// <c>/about/</c>). Collisions get <c>-2</c>, <c>-3</c> with warning WK0401, slugs compared ignoring case: an issue
/// whose seed <c>permalinks.lock</c> records at the URL the slug gives keeps it (a newer seed whose name slugs the same
/// gets the suffix, never a published URL), others in source order; the same for the stories of each issue
/// (<see cref="SetStorySlugs.MakeUnique"/>). A pinned slug is slugified like any text (so <c>../../etc</c> gives <c>etc</c>, a 270-byte one is
/// cut to 80 characters); a Windows device name (<c>con</c>) or a slug the site's own URLs use gets a suffix
/// (<c>con-issue</c>, <c>issues-page</c>); when that changes a pinned slug, warning WK0402. Two seeds (or pages) whose paths differ
/// only in letter case are error WK0421, naming both, instead of WK0401. Outputs are in source order.
/// </summary>
public sealed class SetSlugs : IModule
{
    /// <summary>Issue slugs the site's URLs use: <c>/issues/page/2/</c> is the archive's second page.</summary>
    private static readonly string[] ReservedIssueSlugs = ["page"];

    /// <summary>Page slugs the site's URLs use at the root.</summary>
    private static readonly string[] ReservedPageSlugs = ["issues", "regions", "topics", "assets", "search", "page"];

    /// <summary>What each root URL a page might be named after is (WK0718 says why the page moved, or is not what its name suggests).</summary>
    private static readonly Dictionary<string, string> BuiltIn = new(StringComparer.Ordinal)
    {
        ["issues"] = "/issues/ is the site's archive",
        ["regions"] = "/regions/ is the site's region index",
        ["topics"] = "/topics/ is the site's topic index",
        ["assets"] = "/assets/ holds the theme's styles and scripts",
        ["search"] = "/search/ is the site's search page",
        ["page"] = "/page/ is kept for paginated lists",
        ["index"] = "a page is never the home page (/ shows the latest issue), so index.md is a page like any other",
        ["404"] = "the not-found page is /404.html, made by the theme's 404 layout, so 404.md is a page like any other",
    };

    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var recorded = new Dictionary<string, LockedIssue>(StringComparer.Ordinal);
        foreach (var entry in context.GetOrDefault(Keys.PermalinkLock, PermalinkLock.Empty).Issues.Where(e => !e.Removed)) recorded.TryAdd(entry.Source, entry);
        var wanted = inputs.Select(doc => doc.Has(Keys.Issue)
            ? Wanted(doc.Get(Keys.Issue).PinnedSlug, Path.GetFileNameWithoutExtension(doc.Get(Keys.Issue).SourcePath), ReservedIssueSlugs, "-issue")
            : Wanted(PinnedPageSlug(doc), Path.GetFileNameWithoutExtension(doc.Source ?? "page"), ReservedPageSlugs, "-page")).ToList();
        // An issue published at the URL its slug gives claims that slug first.
        var claims = inputs.Select((doc, i) => doc.Has(Keys.Issue) && recorded.TryGetValue(doc.Get(Keys.Issue).SourcePath, out var entry)
            && string.Equals(entry.Url, $"/issues/{wanted[i]}/", StringComparison.OrdinalIgnoreCase)).ToList();
        var clashes = CaseClashes(inputs, context.Diagnostics);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var slugs = new string[inputs.Count];
        foreach (var i in Enumerable.Range(0, inputs.Count).OrderBy(i => claims[i] ? 0 : 1).ThenBy(i => inputs[i].Source, StringComparer.Ordinal))
        {
            var doc = inputs[i];
            var (pinned, file) = doc.Has(Keys.Issue) ? (doc.Get(Keys.Issue).PinnedSlug, doc.Get(Keys.Issue).SourcePath) : (PinnedPageSlug(doc), doc.Source);
            WarnIfChanged(pinned, wanted[i], file, 1, context.Diagnostics);
            slugs[i] = Slugs.Unique(wanted[i], taken);
            if (!doc.Has(Keys.Issue) && BuiltIn.TryGetValue(Slugs.From(pinned ?? Path.GetFileNameWithoutExtension(file ?? "")), out var why))
            {
                context.Diagnostics.Report(Codes.ReservedPageName, file, 1, 1, Path.GetFileName(file), Permalinks.Page(slugs[i]), why);
            }
            if (slugs[i] != wanted[i] && !clashes.Contains(file ?? "")) context.Diagnostics.Report(Codes.SlugTaken, file, 1, 1, doc.Has(Keys.Issue) ? "Issue" : "Page", wanted[i], slugs[i]);
        }
        var outputs = new List<Document>(inputs.Count);
        foreach (var i in Enumerable.Range(0, inputs.Count).OrderBy(i => inputs[i].Source, StringComparer.Ordinal))
        {
            var doc = inputs[i];
            if (!doc.Has(Keys.Issue))
            {
                outputs.Add(doc.With(Keys.Slug, slugs[i]));
                continue;
            }
            var issue = doc.Get(Keys.Issue);
            issue = SetStorySlugs.MakeUnique(issue with { Slug = slugs[i] }, recorded.GetValueOrDefault(issue.SourcePath), context.Diagnostics);
            outputs.Add(doc.With(Keys.Issue, issue));
        }
        return outputs;
    }

    /// <summary>
    /// Reports (WK0421) each seed or page whose path differs from another's only in letter case (<c>seeds/a-Second.txt</c>,
    /// <c>seeds/a-second.txt</c>): macOS and Windows cannot check both out, and their slugs are one. Returns the later paths of each pair.
    /// </summary>
    private static HashSet<string> CaseClashes(IReadOnlyList<Document> inputs, DiagnosticBag diagnostics)
    {
        var clashes = new HashSet<string>(StringComparer.Ordinal);
        var first = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in inputs.Select(d => d.Has(Keys.Issue) ? d.Get(Keys.Issue).SourcePath : d.Source ?? "").Order(StringComparer.Ordinal))
        {
            if (first.TryAdd(path, path) || first[path] == path) continue;
            diagnostics.Report(Codes.SourceCaseClash, path, 0, 0, first[path], path);
            clashes.Add(path);
        }
        return clashes;
    }

    private static string? PinnedPageSlug(Document doc) =>
        doc.GetOrDefault(Keys.FrontMatter, new Dictionary<string, object?>()).GetValueOrDefault("slug") as string;

    private static string Wanted(string? pinned, string fileName, string[] reserved, string suffix)
    {
        var wanted = Slugs.From(pinned ?? fileName);
        return reserved.Contains(wanted, StringComparer.Ordinal) || Slugs.IsDeviceName(wanted) ? wanted + suffix : wanted;
    }

    /// <summary>Warns (WK0402) when a slug pinned in front matter could not be used as written.</summary>
    internal static void WarnIfChanged(string? pinned, string slug, string? file, int line, DiagnosticBag diagnostics)
    {
        if (pinned is null || pinned == slug) return;
        var shown = pinned.Length <= 80 ? pinned : pinned[..80] + "…";
        diagnostics.Report(Codes.UnsafeSlug, file, line, 1, shown, slug);
    }
}
