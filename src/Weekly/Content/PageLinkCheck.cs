using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Domain;
using Weekly.Urls;

namespace Weekly.Content;

/// <summary>
/// Warns (WK0714, at the link) about each link or image of a Markdown page that points into the site at no file the
/// build wrote: <c>/nope/</c>, <c>pic.png</c> beside <c>/about/</c>. A URL is resolved against the page's URL (<c>/&lt;slug&gt;/</c>),
/// its query and fragment dropped; <c>/x/</c> needs <c>x/index.html</c>, <c>/x</c> the file <c>x</c> or <c>x/index.html</c>
/// (a host serves either). Run after the render stage, with every destination written.
/// </summary>
public static class PageLinkCheck
{
    /// <summary>Reports the broken links of <paramref name="pages"/> given the files written (<paramref name="destinations"/>, relative paths).</summary>
    public static void Report(IEnumerable<Page> pages, IReadOnlyCollection<string> destinations, DiagnosticBag diagnostics)
    {
        var written = destinations as IReadOnlySet<string> ?? destinations.ToHashSet(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var pageUrl = new Uri("https://site.invalid" + Permalinks.Page(page.Slug));
            foreach (var link in page.Links)
            {
                if (!Uri.TryCreate(pageUrl, link.Url, out var target) || target.Host != pageUrl.Host) continue;
                var path = Uri.UnescapeDataString(target.AbsolutePath);
                var file = path.TrimStart('/');
                var found = path.EndsWith('/') ? written.Contains(file + "index.html") : written.Contains(file) || written.Contains(file + "/index.html");
                if (!found) diagnostics.Report(Codes.BrokenPageLink, page.SourcePath, link.Line, link.Column, link.Url, path);
            }
        }
    }
}
