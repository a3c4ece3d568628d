using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Domain;

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
        inputs.Select(d =>
        {
            var frontMatter = d.GetOrDefault(Keys.FrontMatter, new Dictionary<string, object?>(StringComparer.Ordinal));
            var hasTitle = frontMatter.GetValueOrDefault("title") is string { Length: > 0 };
            var links = new List<PageLink>();
            var html = ToHtml(d.Content.ToText(context.Diagnostics), d.Source, context.Diagnostics, d.GetOrDefault(Keys.BodyLine, 1), hasTitle, out var bodyTitle, links);
            var rendered = d.WithContent(DocumentContent.FromText(html)).With(Keys.PageLinks, links);
            return bodyTitle is null ? rendered : rendered.With(Keys.FrontMatter, new Dictionary<string, object?>(frontMatter, StringComparer.Ordinal) { ["title"] = bodyTitle });
        }).ToList();

    /// <summary>Renders Markdown to HTML as described on <see cref="RenderMarkdown"/>.</summary>
    /// <param name="markdown">The Markdown text (without front matter).</param>
    /// <param name="source">File the text comes from, for diagnostics.</param>
    /// <param name="diagnostics">Receives WK0713 warnings.</param>
    /// <param name="firstLine">1-based line of <paramref name="source"/> on which <paramref name="markdown"/> starts.</param>
    public static string ToHtml(string markdown, string? source, DiagnosticBag diagnostics, int firstLine = 1) =>
        ToHtml(markdown, source, diagnostics, firstLine, hasTitle: true, out _);

    /// <summary>
    /// As <see cref="ToHtml(string, string?, DiagnosticBag, int)"/>, keeping the page to one <c>h1</c>, the layout's, as Hugo's
    /// themes do: when the page has no title and its body starts with an <c>h1</c>, that heading is its title
    /// (<paramref name="bodyTitle"/>, plain text) and is left out of the body; otherwise, when the body has an <c>h1</c>, every
    /// heading of the body goes down one level (<c>#</c> is <c>h2</c>, …, <c>######</c> stays <c>h6</c>).
    /// Links and images into the site (no scheme, not only a fragment) go to <paramref name="internalLinks"/>, when given.
    /// </summary>
    public static string ToHtml(string markdown, string? source, DiagnosticBag diagnostics, int firstLine, bool hasTitle, out string? bodyTitle, List<PageLink>? internalLinks = null)
    {
        bodyTitle = null;
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
        if (internalLinks is not null)
        {
            foreach (var link in document.Descendants<LinkInline>())
            {
                var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
                if (url is { Length: > 0 } && url[0] != '#' && !HasScheme(url)) internalLinks.Add(new PageLink(url, link.Line + firstLine, link.Column + 1));
            }
        }
        bodyTitle = KeepOneH1(document, hasTitle);
        return document.ToHtml(Pipeline).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>True when <paramref name="url"/> starts with a scheme (<c>https:</c>, <c>mailto:</c>), RFC 3986 §3.1.</summary>
    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && char.IsAsciiLetter(url[0]) && url.AsSpan(0, colon).IndexOfAnyExcept(SchemeCharacters) < 0;
    }

    private static readonly System.Buffers.SearchValues<char> SchemeCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-");

    /// <summary>Takes a leading <c>h1</c> as the title, or moves headings down a level (see <see cref="ToHtml(string, string?, DiagnosticBag, int, bool, out string?, List{PageLink}?)"/>).</summary>
    private static string? KeepOneH1(MarkdownDocument document, bool hasTitle)
    {
        if (!hasTitle && document.Count > 0 && document[0] is HeadingBlock { Level: 1 } first)
        {
            var text = PlainText(first).Trim();
            if (text.Length > 0)
            {
                document.RemoveAt(0);
                return text;
            }
        }
        var headings = document.Descendants<HeadingBlock>().ToList();
        if (headings.Any(h => h.Level == 1))
        {
            foreach (var heading in headings) heading.Level = Math.Min(heading.Level + 1, 6);
        }
        return null;
    }

    private static string PlainText(HeadingBlock heading) =>
        heading.Inline is null ? "" : string.Concat(heading.Inline.Descendants<Inline>().Select(i => i switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            LineBreakInline => " ",
            _ => "",
        }));

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
