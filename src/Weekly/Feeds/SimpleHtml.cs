using System.Buffers;
using System.Text;

namespace Weekly.Feeds;

/// <summary>
/// The parse-free path of <see cref="HtmlUrlRewriter"/>: rewrites the URL attributes of a fragment in one
/// pass over its text and writes it the way AngleSharp's serializer would write the parsed tree, so both
/// paths give the same bytes. It accepts only a small, plain subset of HTML on which the HTML5 tree builder
/// (WHATWG HTML §13.2.6.4.7, "in body") does nothing but push and pop elements in source order, and returns
/// null (the caller then parses) at the first thing outside it:
/// <list type="bullet">
/// <item>tags: lowercase names from a fixed list of flow, phrasing and list elements (no tables, forms,
/// scripts, raw text, foreign content); no comments or doctypes; void elements (<c>br</c>, <c>hr</c>,
/// <c>img</c>, <c>wbr</c>) without a closing slash; every other element closed by its own end tag, properly
/// nested, none left open;</item>
/// <item>no start tag that would make the tree builder close or reopen an element by itself: a block
/// while a <c>p</c> is open, a heading inside a heading, <c>li</c> / <c>dd</c> / <c>dt</c> inside one
/// of their kind, a formatting element (<c>a</c>, <c>b</c>, ...) inside one of the same name;</item>
/// <item>attributes: lowercase names, each once, written <c>name="value"</c> after a single space;</item>
/// <item>character references: only <c>&amp;amp; &amp;lt; &amp;gt; &amp;quot; &amp;#39;</c> (what the
/// theme's escaping writes);</item>
/// <item>characters: no CR, NUL or other C0/C1 controls besides tab and LF, no noncharacters, no U+FEFF, no unpaired surrogates.</item>
/// </list>
/// Output escaping is the serializer's (HTML §13.3 as AngleSharp 1.x implements it): in text
/// <c>&amp; &lt; &gt;</c> and U+00A0; in attribute values also <c>"</c>. Tests compare both paths on
/// many fragments (FeedUrlTests).
/// </summary>
internal static class SimpleHtml
{
    [Flags]
    private enum Kind
    {
        None = 0,
        /// <summary>No end tag, never on the stack.</summary>
        Void = 1,
        /// <summary>Its start tag closes an open <c>p</c> ("close a p element").</summary>
        ClosesP = 2,
        /// <summary>h1–h6.</summary>
        Heading = 4,
        /// <summary>The "special" category (§13.2.4.3), which stops the li/dd/dt walk unless address, div or p.</summary>
        Special = 8,
        /// <summary>Goes on the list of active formatting elements.</summary>
        Formatting = 16,
    }

    private readonly record struct Element(string Name, Kind Kind);

    private static readonly Dictionary<string, Element> Elements = BuildElements();

    private static readonly Dictionary<string, Element>.AlternateLookup<ReadOnlySpan<char>> ElementsBySpan =
        Elements.GetAlternateLookup<ReadOnlySpan<char>>();

    // Characters the subset refuses anywhere: controls other than tab and LF (CR is rewritten by the
    // parser's input stream), C1 controls, noncharacters, and U+FEFF (a leading one may be taken for a byte order mark).
    private static readonly SearchValues<char> Refused = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\r\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F"
        + "\uFDD0\uFDD1\uFDD2\uFDD3\uFDD4\uFDD5\uFDD6\uFDD7\uFDD8\uFDD9\uFDDA\uFDDB\uFDDC\uFDDD\uFDDE\uFDDF"
        + "\uFDE0\uFDE1\uFDE2\uFDE3\uFDE4\uFDE5\uFDE6\uFDE7\uFDE8\uFDE9\uFDEA\uFDEB\uFDEC\uFDED\uFDEE\uFDEF\uFEFF\uFFFE\uFFFF");

    // In text: markup starts, and characters the serializer writes as references.
    private static readonly SearchValues<char> TextSpecial = SearchValues.Create("<&>\u00A0");

    // In a double-quoted attribute value: its end, references, and characters the serializer escapes.
    private static readonly SearchValues<char> AttributeSpecial = SearchValues.Create("\"&<>\u00A0");

    /// <summary>
    /// Rewrites <paramref name="html"/> without parsing it, or returns null when it is outside the subset
    /// described on the class (the caller must then parse).
    /// </summary>
    /// <param name="html">The fragment.</param>
    /// <param name="resolve">Makes one URL absolute (an <c>href</c>, <c>src</c>, <c>poster</c> or <c>cite</c> value, character references decoded).</param>
    /// <param name="resolveSrcset">Makes the URLs of one <c>srcset</c> value absolute.</param>
    /// <returns>The serialized fragment, or null.</returns>
    public static string? TryMakeAbsolute(string html, Func<string, string> resolve, Func<string, string> resolveSrcset)
    {
        var span = html.AsSpan();
        if (span.ContainsAny(Refused) || !SurrogatesPaired(span)) return null;
        var output = new StringBuilder(html.Length + 256);
        var stack = new List<Element>(16);
        var names = new List<string>(4);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                if (!Tag(html, ref i, output, stack, names, resolve, resolveSrcset)) return null;
            }
            else if (c == '&')
            {
                if (Reference(span[i..]) is not ({ } decoded, var length)) return null;
                AppendEscaped(output, decoded, inAttribute: false);
                i += length;
            }
            else
            {
                var run = span[i..].IndexOfAny(TextSpecial);
                if (run == 0)
                {
                    AppendEscaped(output, c, inAttribute: false);
                    i++;
                }
                else
                {
                    var end = run < 0 ? html.Length : i + run;
                    output.Append(html, i, end - i);
                    i = end;
                }
            }
        }
        return stack.Count == 0 ? output.ToString() : null;
    }

    // One tag at html[i] == '<'; advances i past its '>'.
    private static bool Tag(string html, ref int i, StringBuilder output, List<Element> stack, List<string> names,
        Func<string, string> resolve, Func<string, string> resolveSrcset)
    {
        var span = html.AsSpan();
        var end = i + 1 < html.Length && html[i + 1] == '/';
        var nameStart = end ? i + 2 : i + 1;
        var nameEnd = NameEnd(span, nameStart, allowHyphen: false);
        if (nameEnd == nameStart || !ElementsBySpan.TryGetValue(span[nameStart..nameEnd], out var element)) return false;
        if (end)
        {
            if (nameEnd >= html.Length || html[nameEnd] != '>') return false;
            if (stack.Count == 0 || !ReferenceEquals(stack[^1].Name, element.Name)) return false;
            stack.RemoveAt(stack.Count - 1);
            output.Append("</").Append(element.Name).Append('>');
            i = nameEnd + 1;
            return true;
        }
        if (!MayOpen(element, stack)) return false;
        output.Append('<').Append(element.Name);
        names.Clear();
        var p = nameEnd;
        while (true)
        {
            if (p >= html.Length) return false;
            if (html[p] == '>') break;
            if (html[p] != ' ') return false;
            var attributeStart = p + 1;
            var attributeEnd = NameEnd(span, attributeStart, allowHyphen: true);
            if (attributeEnd == attributeStart || attributeEnd + 1 >= html.Length || html[attributeEnd] != '=' || html[attributeEnd + 1] != '"') return false;
            var name = html[attributeStart..attributeEnd];
            if (names.Contains(name)) return false;
            names.Add(name);
            if (AttributeValue(span, attributeEnd + 2) is not ({ } value, var next)) return false;
            value = name switch
            {
                "href" or "src" or "poster" or "cite" => resolve(value),
                "srcset" => resolveSrcset(value),
                _ => value,
            };
            output.Append(' ').Append(name).Append("=\"");
            AppendEscaped(output, value, inAttribute: true);
            output.Append('"');
            p = next;
        }
        output.Append('>');
        if ((element.Kind & Kind.Void) == 0) stack.Add(element);
        i = p + 1;
        return true;
    }

    // True when the tree builder would simply insert this start tag (push it, or for a void element push
    // and pop) without closing anything first; false when in doubt.
    private static bool MayOpen(Element element, List<Element> stack)
    {
        var kind = element.Kind;
        foreach (var open in stack)
        {
            if ((kind & Kind.ClosesP) != 0 && open.Name == "p") return false;
            if ((kind & Kind.Heading) != 0 && (open.Kind & Kind.Heading) != 0) return false;
            if ((kind & Kind.Formatting) != 0 && ReferenceEquals(open.Name, element.Name)) return false;
        }
        if (element.Name is "li" or "dd" or "dt")
        {
            // "in body": walk down from the current node; an li (dd, dt) found before a special element other
            // than address, div or p would be closed.
            for (var k = stack.Count - 1; k >= 0; k--)
            {
                var open = stack[k];
                if (element.Name == "li" ? open.Name == "li" : open.Name is "dd" or "dt") return false;
                if ((open.Kind & Kind.Special) != 0 && open.Name is not ("address" or "div" or "p")) break;
            }
        }
        return true;
    }

    // A double-quoted value starting at span[start]; returns it decoded and the index after the closing quote.
    private static (string? Value, int Next) AttributeValue(ReadOnlySpan<char> span, int start)
    {
        var rest = span[start..];
        var quote = rest.IndexOf('"');
        if (quote < 0) return (null, 0);
        var raw = rest[..quote];
        if (!raw.Contains('&')) return (raw.ToString(), start + quote + 1);
        var decoded = new StringBuilder(raw.Length);
        var k = 0;
        while (k < raw.Length)
        {
            if (raw[k] != '&')
            {
                decoded.Append(raw[k++]);
                continue;
            }
            if (Reference(raw[k..]) is not ({ } c, var length)) return (null, 0);
            decoded.Append(c);
            k += length;
        }
        return (decoded.ToString(), start + quote + 1);
    }

    // One of the five references the theme writes, at span[0] == '&'; anything else is refused.
    private static (char? Char, int Length) Reference(ReadOnlySpan<char> span) =>
        span.StartsWith("&amp;") ? ('&', 5)
        : span.StartsWith("&lt;") ? ('<', 4)
        : span.StartsWith("&gt;") ? ('>', 4)
        : span.StartsWith("&quot;") ? ('"', 6)
        : span.StartsWith("&#39;") ? ('\'', 5)
        : (null, 0);

    // End of a lowercase ASCII name ([a-z][a-z0-9]*, hyphens allowed after the first letter when asked).
    private static int NameEnd(ReadOnlySpan<char> span, int start, bool allowHyphen)
    {
        if (start >= span.Length || span[start] is < 'a' or > 'z') return start;
        var k = start + 1;
        while (k < span.Length && (span[k] is >= 'a' and <= 'z' or >= '0' and <= '9' || (allowHyphen && span[k] == '-'))) k++;
        return k;
    }

    private static void AppendEscaped(StringBuilder output, string value, bool inAttribute)
    {
        var span = value.AsSpan();
        var special = inAttribute ? AttributeSpecial : TextSpecial;
        while (span.Length > 0)
        {
            var k = span.IndexOfAny(special);
            if (k < 0)
            {
                output.Append(span);
                return;
            }
            output.Append(span[..k]);
            AppendEscaped(output, span[k], inAttribute);
            span = span[(k + 1)..];
        }
    }

    private static void AppendEscaped(StringBuilder output, char c, bool inAttribute)
    {
        switch (c)
        {
            case '&': output.Append("&amp;"); break;
            case '<': output.Append("&lt;"); break;
            case '>': output.Append("&gt;"); break;
            case '\u00A0': output.Append("&nbsp;"); break;
            case '"' when inAttribute: output.Append("&quot;"); break;
            default: output.Append(c); break;
        }
    }

    private static bool SurrogatesPaired(ReadOnlySpan<char> span)
    {
        while (true)
        {
            var k = span.IndexOfAnyInRange('\uD800', '\uDFFF');
            if (k < 0) return true;
            if (!char.IsHighSurrogate(span[k]) || k + 1 >= span.Length || !char.IsLowSurrogate(span[k + 1])) return false;
            span = span[(k + 2)..];
        }
    }

    private static Dictionary<string, Element> BuildElements()
    {
        var elements = new Dictionary<string, Element>(StringComparer.Ordinal);
        void Add(Kind kind, params string[] names)
        {
            foreach (var name in names) elements.Add(name, new Element(name, kind));
        }
        Add(Kind.Void, "br", "img", "wbr");
        Add(Kind.Void | Kind.ClosesP, "hr");
        Add(Kind.ClosesP | Kind.Special,
            "address", "article", "aside", "blockquote", "div", "dl", "figcaption", "figure", "footer", "header",
            "main", "nav", "ol", "p", "section", "ul", "li", "dd", "dt");
        Add(Kind.ClosesP | Kind.Special | Kind.Heading, "h1", "h2", "h3", "h4", "h5", "h6");
        Add(Kind.Formatting, "a", "b", "code", "em", "i", "s", "small", "strong", "u");
        Add(Kind.None, "abbr", "bdi", "cite", "data", "del", "dfn", "ins", "kbd", "mark", "q", "samp", "span", "sub", "sup", "time", "var");
        return elements;
    }
}
