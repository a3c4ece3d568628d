using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Urls;

namespace Weekly.Modules;

/// <summary>
/// Gives every issue document its issue's slug, and every page document its slug (<see cref="Keys.Slug"/>):
/// with <see cref="SetStorySlugs"/> (each issue on its own, so cached with the parse), the only place slugs are
/// computed. Rules (stable across typo fixes, DESIGN.md §2): an issue's slug is its front matter <c>slug</c>,
/// else its seed file name without extension (<c>2020-01-06-two-sessions.txt</c> → <c>2020-01-06-two-sessions</c>);
/// a page's is its front matter <c>slug</c>, else its file name (<c>input/pages/about.md</c> → <c>about</c>, at
/// <c>/about/</c>). Collisions get <c>-2</c>, <c>-3</c> in source order with warning WK0401; slugs are compared
/// ignoring case. A pinned slug is slugified like any text (so <c>../../etc</c> gives <c>etc</c>, a 270-byte one is
/// cut to 80 characters); a Windows device name (<c>con</c>) or a slug the site's own URLs use gets a suffix
/// (<c>con-issue</c>, <c>issues-page</c>); when that changes a pinned slug, warning WK0402. Outputs are in source order.
/// </summary>
public sealed class SetSlugs : IModule
{
    /// <summary>Issue slugs the site's URLs use: <c>/issues/page/2/</c> is the archive's second page.</summary>
    private static readonly string[] ReservedIssueSlugs = ["page"];

    /// <summary>Page slugs the site's URLs use at the root.</summary>
    private static readonly string[] ReservedPageSlugs = ["issues", "regions", "topics", "assets", "page"];

    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var outputs = new List<Document>(inputs.Count);
        foreach (var doc in inputs.OrderBy(d => d.Source, StringComparer.Ordinal))
        {
            if (doc.Has(Keys.Issue))
            {
                var issue = doc.Get(Keys.Issue);
                var slug = Slug("Issue", issue.PinnedSlug, Path.GetFileNameWithoutExtension(issue.SourcePath), ReservedIssueSlugs, "-issue", issue.SourcePath, taken, context.Diagnostics);
                outputs.Add(doc.With(Keys.Issue, issue with { Slug = slug }));
            }
            else
            {
                var pinned = doc.GetOrDefault(Keys.FrontMatter, new Dictionary<string, object?>()).GetValueOrDefault("slug") as string;
                var slug = Slug("Page", pinned, Path.GetFileNameWithoutExtension(doc.Source ?? "page"), ReservedPageSlugs, "-page", doc.Source, taken, context.Diagnostics);
                outputs.Add(doc.With(Keys.Slug, slug));
            }
        }
        return outputs;
    }

    private static string Slug(string what, string? pinned, string fileName, string[] reserved, string suffix, string? file, HashSet<string> taken, DiagnosticBag diagnostics)
    {
        var wanted = Slugs.From(pinned ?? fileName);
        if (reserved.Contains(wanted, StringComparer.Ordinal) || Slugs.IsDeviceName(wanted)) wanted += suffix;
        WarnIfChanged(pinned, wanted, file, 1, diagnostics);
        var slug = Slugs.Unique(wanted, taken);
        if (slug != wanted) diagnostics.Report(Codes.SlugTaken, file, 1, 1, what, wanted, slug);
        return slug;
    }

    /// <summary>Warns (WK0402) when a slug pinned in front matter could not be used as written.</summary>
    internal static void WarnIfChanged(string? pinned, string slug, string? file, int line, DiagnosticBag diagnostics)
    {
        if (pinned is null || pinned == slug) return;
        var shown = pinned.Length <= 80 ? pinned : pinned[..80] + "…";
        diagnostics.Report(Codes.UnsafeSlug, file, line, 1, shown, slug);
    }
}
