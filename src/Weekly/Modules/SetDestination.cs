using Weekly.Core;
using Weekly.Domain;
using Weekly.Diagnostics;

namespace Weekly.Modules;

/// <summary>
/// Gives every issue its slug, and every issue document its <see cref="Keys.Permalink"/>
/// and destination: with <see cref="SetStorySlugs"/> (each issue on its own, so cached with the parse),
/// the only place slugs are computed. Rules (stable across typo fixes, DESIGN.md §2):
/// an issue's slug is its front matter <c>slug</c>, else its seed file name without extension
/// (<c>2020-01-06-two-sessions.txt</c> → <c>2020-01-06-two-sessions</c>); a story's slug is its
/// override's <c>slug</c>, else its headline slugified to at most 60 characters. Collisions get
/// <c>-2</c>, <c>-3</c> in seed order with warning WK0401. Slugs are compared ignoring case.
/// A pinned slug is slugified like any text (so <c>../../etc</c> gives <c>etc</c>, a 270-byte one is
/// cut to 80 characters) and a Windows device name (<c>con</c>, <c>nul</c>, <c>com1</c>) gets a suffix
/// (<c>con-issue</c>, <c>con-story</c>, <c>con-page</c>); when that changes a pinned slug, warning WK0402.
/// A hand-written page (a document with <see cref="Keys.FrontMatter"/>) gets <c>/&lt;slug&gt;/</c> from
/// its front matter <c>slug</c> or its file name (<c>input/pages/about.md</c> → <c>/about/</c>).
/// </summary>
public sealed class SetDestination : IModule
{
    /// <summary>Longest story slug taken from a headline, in characters.</summary>
    public const int StorySlugLength = 60;

    private static readonly string[] ReservedIssueSlugs = ["page"];

    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var outputs = new List<Document>(inputs.Count);
        foreach (var doc in inputs.OrderBy(d => d.Source, StringComparer.Ordinal))
        {
            if (!doc.Has(Keys.Issue))
            {
                outputs.Add(SetPage(doc, taken, context.Diagnostics));
                continue;
            }
            var issue = doc.Get(Keys.Issue);
            var wanted = issue.PinnedSlug is { } pinned
                ? Slugs.From(pinned)
                : Slugs.From(Path.GetFileNameWithoutExtension(issue.SourcePath));
            if (ReservedIssueSlugs.Contains(wanted, StringComparer.Ordinal) || Slugs.IsDeviceName(wanted)) wanted += "-issue";
            WarnIfChanged(issue.PinnedSlug, wanted, issue.SourcePath, 1, context.Diagnostics);
            var slug = Slugs.Unique(wanted, taken);
            if (slug != wanted)
            {
                context.Diagnostics.Report(Codes.SlugTaken, issue.SourcePath, 1, 1, "Issue", wanted, slug);
            }
            issue = issue with { Slug = slug };
            var permalink = Permalinks.Issue(issue);
            outputs.Add(doc.With(Keys.Issue, issue).With(Keys.Permalink, permalink).WithDestination(Permalinks.ToDestination(permalink)));
        }
        return outputs;
    }

    private static Document SetPage(Document doc, HashSet<string> taken, DiagnosticBag diagnostics)
    {
        var frontMatter = doc.GetOrDefault(Keys.FrontMatter, new Dictionary<string, object?>());
        var pinned = frontMatter.GetValueOrDefault("slug") as string;
        var wanted = Slugs.From(pinned ?? Path.GetFileNameWithoutExtension(doc.Source ?? "page"));
        if (wanted is "issues" or "regions" or "topics" or "assets" or "page" || Slugs.IsDeviceName(wanted)) wanted += "-page";
        WarnIfChanged(pinned, wanted, doc.Source, 1, diagnostics);
        var slug = Slugs.Unique(wanted, taken);
        if (slug != wanted)
        {
            diagnostics.Report(Codes.SlugTaken, doc.Source, 1, 1, "Page", wanted, slug);
        }
        var permalink = Permalinks.Page(slug);
        return doc.With(Keys.Permalink, permalink).WithDestination(Permalinks.ToDestination(permalink));
    }

    /// <summary>Warns (WK0402) when a slug pinned in front matter could not be used as written.</summary>
    internal static void WarnIfChanged(string? pinned, string slug, string? file, int line, DiagnosticBag diagnostics)
    {
        if (pinned is null || pinned == slug) return;
        var shown = pinned.Length <= 80 ? pinned : pinned[..80] + "…";
        diagnostics.Report(Codes.UnsafeSlug, file, line, 1, shown, slug);
    }
}
