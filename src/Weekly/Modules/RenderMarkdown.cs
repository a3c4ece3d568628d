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
/// (e.g. <c>javascript:</c>, <c>data:</c>) are replaced by <c>#</c> and reported as warning WK0713.
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
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && !IsSafeUrl(url))
            {
                diagnostics.Report(Codes.LinkScheme, source, link.Line + firstLine, link.Column + 1, url);
                link.Url = "#";
            }
        }
        return document.ToHtml(Pipeline).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static bool IsSafeUrl(string url)
    {
        var trimmed = url.Trim();
        var colon = trimmed.IndexOf(':');
        if (colon < 0) return true;
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon) return true; // a relative URL with ':' later in its path or query
        var scheme = trimmed[..colon];
        return scheme.Equals("http", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase);
    }
}
