using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Weekly.Core;
using Weekly.Diagnostics;

namespace Weekly.Modules;

/// <summary>
/// Renders each document's content from Markdown (CommonMark plus pipe tables, emphasis extras, auto
/// links and heading ids) to HTML with Markdig, raw HTML disabled (<c>DisableHtml()</c>: HTML in the
/// source is shown as text). Links and images whose URL uses a scheme other than http, https or mailto
/// (e.g. <c>javascript:</c>, <c>data:</c>), in any form Markdig makes them (see <see cref="NeutraliseUnsafeLinks"/>),
/// are replaced by <c>#</c> and reported as warning WK0713; a protocol-relative URL becomes <c>https:</c>.
/// Markdown nested deeper than Markdig allows is error WK0403, not a crash.
/// The result is markup our code made, which the page layout writes as it is. Run <see cref="ExtractFrontMatter"/> first.
/// </summary>
public sealed class RenderMarkdown : IModule
{
    /// <summary>The Markdig pipeline used (thread-safe, reusable).</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseAutoIdentifiers()
        .DisableHtml()
        .Build();

    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) =>
        inputs.Select(d => d.WithContent(DocumentContent.FromText(ToHtml(d.Content.ToText(context.Diagnostics), d.Source, context.Diagnostics, d.GetOrDefault(Keys.BodyLine, 1))))).ToList();

    /// <summary>Renders Markdown to HTML as described on <see cref="RenderMarkdown"/>.</summary>
    /// <param name="markdown">The Markdown text (without front matter).</param>
    /// <param name="source">File the text comes from, for diagnostics.</param>
    /// <param name="diagnostics">Receives WK0713 warnings.</param>
    /// <param name="firstLine">1-based line of <paramref name="source"/> on which <paramref name="markdown"/> starts.</param>
    public static string ToHtml(string markdown, string? source, DiagnosticBag diagnostics, int firstLine = 1)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException ex)
        {
            diagnostics.Report(Codes.MarkdownTooDeep, source, firstLine, 1, "render", ex.Message);
            return "";
        }
        NeutraliseUnsafeLinks(document, source, diagnostics, firstLine);
        return document.ToHtml(Pipeline).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>
    /// Replaces the URL of every link Markdig made (inline links and images, reference links and images, which
    /// carry their definition's URL, <c>www.</c>/<c>https://</c> auto links, and <c>&lt;scheme:...&gt;</c>
    /// autolinks) that is not safe (<see cref="UrlSafety"/>) by <c>#</c>, with warning WK0713 at the link.
    /// A protocol-relative URL (<c>//host/x</c>) is an external link: it is written <c>https://host/x</c>.
    /// </summary>
    private static void NeutraliseUnsafeLinks(MarkdownDocument document, string? source, DiagnosticBag diagnostics, int firstLine)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
            if (url is null) continue;
            if (UrlSafety.IsProtocolRelative(url))
            {
                link.GetDynamicUrl = null;
                link.Url = UrlSafety.WithHttps(url);
            }
            else if (!UrlSafety.IsSafe(url))
            {
                diagnostics.Report(Codes.LinkScheme, source, link.Line + firstLine, link.Column + 1, url);
                link.GetDynamicUrl = null;
                link.Url = "#";
            }
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (autolink.IsEmail || UrlSafety.IsSafe(autolink.Url)) continue;
            diagnostics.Report(Codes.LinkScheme, source, autolink.Line + firstLine, autolink.Column + 1, autolink.Url);
            var replacement = new LinkInline("#", "") { Line = autolink.Line, Column = autolink.Column, Span = autolink.Span };
            replacement.AppendChild(new LiteralInline(autolink.Url));
            autolink.ReplaceBy(replacement);
        }
    }
}
