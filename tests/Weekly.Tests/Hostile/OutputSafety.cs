using System.Text.Json;
using System.Xml;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Weekly.Tests.Hostile;

/// <summary>
/// Parses built files the way a browser or a feed reader would and lists every place where seed text
/// could have become markup: an element the theme never writes (<c>img</c>, <c>iframe</c>, ...), a
/// <c>script</c> that is not our JSON-LD, an event-handler attribute, a comment, a URL whose scheme is
/// not http(s), mailto, a tag URI or site-relative. Only a Markdown page's body (<c>.prose</c>) may hold an image; the
/// theme's own charts and maps (SVG), search form and search script are allowed where the theme puts them. HTML is parsed with AngleSharp, XML with
/// <see cref="XmlReader"/> (HTML inside feed items is parsed again), JSON with System.Text.Json.
/// </summary>
public static class OutputSafety
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> ForbiddenElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "img", "iframe", "object", "embed", "svg", "math", "form", "input", "button", "base", "style", "frame", "frameset", "video", "audio", "source", "template",
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase) { "href", "src", "action", "formaction", "srcset", "poster", "xlink:href" };

    /// <summary>Checks one output file by its extension; returns what is wrong, one line each.</summary>
    public static List<string> Check(string destination, string text)
    {
        var problems = new List<string>();
        if (destination.EndsWith(".html", StringComparison.Ordinal)) CheckHtml(destination, Parser.ParseDocument(text), problems);
        else if (destination.EndsWith(".xml", StringComparison.Ordinal)) CheckXml(destination, text, problems);
        else if (destination.EndsWith(".json", StringComparison.Ordinal)) CheckJson(destination, text, problems);
        return problems;
    }

    /// <summary>Checks an HTML document or fragment.</summary>
    public static void CheckHtml(string where, IDocument doc, List<string> problems)
    {
        foreach (var element in doc.All)
        {
            var name = element.LocalName;
            // Markdown pages may hold images (their URLs are checked below); seed text never makes elements.
            var markdownImage = name == "img" && element.Closest(".prose") is not null;
            if (ForbiddenElements.Contains(name) && !markdownImage && !IsThemeElement(where, element)) problems.Add($"{where}: <{name}> element: {Clip(element.OuterHtml)}");
            if (element.Closest("svg.chart") is not null && name is not ("svg" or "title" or "desc" or "g" or "rect" or "text" or "line"))
                problems.Add($"{where}: <{name}> inside a chart: {Clip(element.OuterHtml)}");
            if (element.Closest("svg.map") is not null && name is not ("svg" or "title" or "desc" or "a" or "g" or "path" or "use"))
                problems.Add($"{where}: <{name}> inside a map: {Clip(element.OuterHtml)}");
            if (name == "script")
            {
                if (IsSearchScript(where, element)) continue;
                if (element.GetAttribute("type") != "application/ld+json") problems.Add($"{where}: script that is not JSON-LD: {Clip(element.OuterHtml)}");
                else if (element.TextContent.Contains('<')) problems.Add($"{where}: '<' inside JSON-LD");
                else
                {
                    try { JsonDocument.Parse(element.TextContent).Dispose(); }
                    catch (JsonException e) { problems.Add($"{where}: JSON-LD does not parse: {e.Message}"); }
                }
            }
            if (name == "meta" && element.HasAttribute("http-equiv")) problems.Add($"{where}: meta http-equiv: {Clip(element.OuterHtml)}");
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) problems.Add($"{where}: event handler attribute {attribute.Name} on <{name}>");
                if (attribute.Name is "srcdoc" or "style") problems.Add($"{where}: {attribute.Name} attribute on <{name}>");
                if (UrlAttributes.Contains(attribute.Name) && !IsSafeUrl(attribute.Value)) problems.Add($"{where}: unsafe URL {attribute.Name}=\"{attribute.Value}\" on <{name}>");
            }
        }
        foreach (var comment in Descendants(doc).Where(n => n.NodeType == NodeType.Comment))
        {
            problems.Add($"{where}: comment node <!--{Clip(comment.TextContent)}-->");
        }
    }

    /// <summary>Checks an RSS, Atom or sitemap file; HTML carried in items is checked as HTML.</summary>
    public static void CheckXml(string where, string text, List<string> problems)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            var positioned = false;
            while (positioned || reader.Read())
            {
                positioned = false;
                if (reader.NodeType is XmlNodeType.ProcessingInstruction or XmlNodeType.Comment or XmlNodeType.DocumentType)
                    problems.Add($"{where}: {reader.NodeType} node in XML");
                if (reader.NodeType != XmlNodeType.Element) continue;
                var name = reader.LocalName;
                if (ForbiddenElements.Contains(name) || name == "script") problems.Add($"{where}: <{name}> element in XML");
                var href = reader.GetAttribute("href");
                if (href is not null && !IsSafeUrl(href)) problems.Add($"{where}: unsafe href=\"{href}\" on <{name}>");
                var isHtml = name is "encoded" or "description" || (name is "content" or "summary" && reader.GetAttribute("type") == "html");
                if (reader.IsEmptyElement || !(isHtml || name is "link" or "loc" or "guid" or "id")) continue;
                var value = reader.ReadElementContentAsString();
                positioned = true; // the reader now stands on the node after the element
                if (isHtml) CheckHtml($"{where} <{name}>", Parser.ParseDocument("<body>" + value), problems);
                else if (!IsSafeUrl(value)) problems.Add($"{where}: unsafe URL in <{name}>: {value}");
            }
        }
        catch (XmlException e)
        {
            problems.Add($"{where}: not well-formed XML: {e.Message}");
        }
    }

    /// <summary>Checks a JSON Feed: <c>content_html</c> as HTML, every <c>*url</c> and <c>id</c> as a URL.</summary>
    public static void CheckJson(string where, string text, List<string> problems)
    {
        try
        {
            using var json = JsonDocument.Parse(text);
            Walk(json.RootElement, null);
        }
        catch (JsonException e)
        {
            problems.Add($"{where}: JSON does not parse: {e.Message}");
        }

        void Walk(JsonElement element, string? key)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject()) Walk(property.Value, property.Name);
                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray()) Walk(item, key);
                    break;
                case JsonValueKind.String:
                    var value = element.GetString()!;
                    if (key == "content_html") CheckHtml($"{where} content_html", Parser.ParseDocument("<body>" + value), problems);
                    else if ((key is "id" or "version" || key?.EndsWith("url", StringComparison.Ordinal) == true) && !IsSafeUrl(value))
                        problems.Add($"{where}: unsafe URL in \"{key}\": {value}");
                    break;
            }
        }
    }

    /// <summary>
    /// Elements the theme itself writes (issues #5, #17): a build-time chart (<c>figure.chart-figure &gt; svg.chart</c>)
    /// or map (<c>figure.map-figure &gt; svg.map</c>) anywhere, and the search form and its "Show more" button on the search page only.
    /// </summary>
    private static bool IsThemeElement(string where, IElement element) => element.LocalName switch
    {
        "svg" => (element.ClassList.Contains("chart") && element.ParentElement?.ClassList.Contains("chart-figure") == true)
            || (element.ClassList.Contains("map") && element.ParentElement?.ClassList.Contains("map-figure") == true),
        "form" => IsSearchPage(where) && element.ClassList.Contains("search-form"),
        "input" or "button" => IsSearchPage(where) && (element.Closest("form.search-form") ?? element.Closest("#search-more")) is not null,
        _ => false,
    };

    /// <summary>The search page's one script: <c>&lt;script src="/assets/js/search.js" defer&gt;</c>, empty, on <c>search/index.html</c>.</summary>
    private static bool IsSearchScript(string where, IElement element) =>
        IsSearchPage(where) && element.GetAttribute("src") == "/assets/js/search.js" && element.TextContent.Length == 0 && element.Attributes.Length == 2;

    private static bool IsSearchPage(string where) => where == "search/index.html";

    /// <summary>True for site-relative and fragment URLs, http(s), mailto and tag URIs (RFC 4151, feed IDs).</summary>
    public static bool IsSafeUrl(string url)
    {
        var u = url.Trim();
        if (u.Length == 0) return false;
        if (u[0] == '#') return true;
        if (u[0] == '/') return !u.StartsWith("//", StringComparison.Ordinal);
        return u.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || u.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || u.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || u.StartsWith("tag:", StringComparison.Ordinal);
    }

    private static IEnumerable<INode> Descendants(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            yield return child;
            foreach (var d in Descendants(child)) yield return d;
        }
    }

    private static string Clip(string text) => text.Length <= 120 ? text : text[..120] + "…";
}
