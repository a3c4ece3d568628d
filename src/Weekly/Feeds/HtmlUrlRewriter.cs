using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Weekly.Domain;

namespace Weekly.Feeds;

/// <summary>
/// Makes every URL in an HTML fragment absolute, so feed readers (which show content away from the
/// site) can follow links and load images. Works on a parsed tree (AngleSharp's HTML5 parser), not on
/// strings, except that plain fragments are rewritten in one pass that gives the same bytes
/// (<see cref="SimpleHtml"/>). Rewrites <c>href</c>, <c>src</c>, <c>srcset</c>, <c>poster</c> and <c>cite</c>:
/// <list type="bullet">
/// <item>site-relative (<c>/issues/x/</c>): against the base URL with exactly one '/' between them (<see cref="SiteSettings.AbsoluteUrl"/>);</item>
/// <item>protocol-relative (<c>//host/x</c>), document-relative (<c>img/a.png</c>, <c>../x/</c>) and fragments (<c>#s</c>): against the item's page URL (RFC 3986 §5);</item>
/// <item>anything with a scheme (<c>https:</c>, <c>mailto:</c>) and values that are not valid URLs: unchanged.</item>
/// </list>
/// Not thread-safe: use one instance per thread.
/// </summary>
public sealed partial class HtmlUrlRewriter
{
    private static readonly string[] UrlAttributes = ["href", "src", "poster", "cite"];
    private readonly HtmlParser _parser = new();
    private readonly SiteSettings _settings;

    /// <summary>Creates a rewriter for one site.</summary>
    /// <param name="settings">Gives the base URL for site-relative URLs.</param>
    public HtmlUrlRewriter(SiteSettings settings) => _settings = settings;

    /// <summary>Returns <paramref name="html"/> re-serialized with every URL attribute absolute.</summary>
    /// <param name="html">An HTML fragment (body content), trusted markup from the theme.</param>
    /// <param name="pageUrl">Absolute URL of the page the fragment belongs to (the item's link).</param>
    /// <returns>
    /// The fragment as AngleSharp serializes its parsed tree. Plain fragments (the theme's; see
    /// <see cref="SimpleHtml"/>) are rewritten in one pass without building the tree, with the same result.
    /// </returns>
    public string MakeAbsolute(string html, string pageUrl)
    {
        if (html.Length == 0) return html;
        Uri? page = null;
        Uri Page() => page ??= new Uri(pageUrl, UriKind.Absolute);
        return SimpleHtml.TryMakeAbsolute(html, value => Resolve(value, Page), value => ResolveSrcset(value, Page))
            ?? MakeAbsoluteByParsing(html, pageUrl);
    }

    /// <summary><see cref="MakeAbsolute"/> always through AngleSharp's parser and serializer (what the one-pass path must match).</summary>
    internal string MakeAbsoluteByParsing(string html, string pageUrl)
    {
        if (html.Length == 0) return html;
        var document = _parser.ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        var body = document.Body!;
        body.InnerHtml = html;
        var page = new Uri(pageUrl, UriKind.Absolute);
        Uri Page() => page;
        foreach (var element in body.QuerySelectorAll("*"))
        {
            foreach (var name in UrlAttributes)
            {
                if (element.GetAttribute(name) is { } value) element.SetAttribute(name, Resolve(value, Page));
            }
            if (element.GetAttribute("srcset") is { } srcset) element.SetAttribute("srcset", ResolveSrcset(srcset, Page));
        }
        return body.InnerHtml;
    }

    /// <summary>Resolves one URL as described on the class.</summary>
    /// <param name="value">Attribute value (surrounding ASCII whitespace is ignored, as HTML does).</param>
    /// <param name="page">The page's absolute URL.</param>
    public string Resolve(string value, Uri page) => Resolve(value, () => page);

    // The page URL is only needed for URLs that are neither absolute nor site-relative, so it is made on demand.
    private string Resolve(string value, Func<Uri> page)
    {
        var url = value.Trim(' ', '\t', '\n', '\r', '\f');
        if (url.Length == 0 || SchemePattern().IsMatch(url)) return value;
        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)) return _settings.AbsoluteUrl(url);
        return Uri.TryCreate(page(), url, out var absolute) ? absolute.AbsoluteUri : value;
    }

    // srcset: comma-separated candidates "url [descriptor]" (HTML §4.8.4.3); only the URL is rewritten.
    private string ResolveSrcset(string srcset, Func<Uri> page) =>
        string.Join(", ", srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(candidate =>
        {
            var space = candidate.IndexOfAny([' ', '\t', '\n', '\r', '\f']);
            return space < 0 ? Resolve(candidate, page) : Resolve(candidate[..space], page) + candidate[space..];
        }));

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex SchemePattern();
}
