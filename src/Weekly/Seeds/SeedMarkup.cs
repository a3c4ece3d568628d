using System.Net;
using System.Text.RegularExpressions;
using Weekly.Core;
using Weekly.Diagnostics;

namespace Weekly.Seeds;

/// <summary>
/// Markdown and HTML left in a seed pasted from a CMS or WeChat export. Seeds are plain text, so the markup is removed from
/// every body line (front matter is YAML and left alone): ATX heading marks (<c>### </c>), emphasis (<c>**bold**</c>,
/// <c>*italic*</c>, <c>__bold__</c>), quote marks (<c>&gt; </c>; a lone <c>&gt;</c> leaves a blank line), links and images
/// (<c>[text](url)</c> keeps its text), HTML tags (<c>&lt;strong&gt;</c>, <c>&lt;span …&gt;</c>; <c>&lt;br&gt;</c>,
/// <c>&lt;p&gt;</c> and <c>&lt;div&gt;</c> inside a line end a paragraph, <see cref="ParagraphBreak"/>) and character
/// references (<c>&amp;amp;</c>, <c>&amp;nbsp;</c>, <c>&amp;#39;</c>, decoded by <see cref="WebUtility.HtmlDecode(string)"/>).
/// Rules (<c>---</c>, <c>* * *</c>) are left for <see cref="SeedStructure"/> to drop, but counted here. One warning per seed
/// (WK0216) names the first place. Our own code, not Markdig: seeds are plain text, and a Markdown parser would read list
/// numbers (<c>1. </c>), lone <c>*</c>, <c>_</c>, backslashes and <c>&lt;…&gt;</c> in ordinary text as markup too.
/// </summary>
internal static partial class SeedMarkup
{
    /// <summary>Where a <c>&lt;br&gt;</c> or <c>&lt;p&gt;</c> inside a line ended a paragraph (U+2029, the paragraph separator; <see cref="SplitParagraphs"/>).</summary>
    public const char ParagraphBreak = '\u2029';

    /// <summary>
    /// Removes the markup from <c>lines[bodyStart..]</c> in place (line numbers unchanged) and reports WK0216 once, at the
    /// first line and column that held markup (a rule line counts), quoting that line.
    /// </summary>
    public static void Clean(string[] lines, int bodyStart, string path, DiagnosticBag diagnostics)
    {
        string? quoted = null;
        int line = 0, column = 0;
        for (var i = bodyStart; i < lines.Length; i++)
        {
            var original = lines[i];
            var rule = IsRule(original);
            var cleaned = rule ? original : CleanLine(original);
            if (quoted is null && (rule || !ReferenceEquals(cleaned, original)))
            {
                (quoted, line, column) = (original.Trim(), i + 1, FirstDifference(original, cleaned) + 1);
            }

            lines[i] = cleaned;
        }

        if (quoted is not null) diagnostics.Report(Codes.MarkupRemoved, path, line, column, SeedStructure.Clip(quoted));
    }

    /// <summary>True for a Markdown thematic break alone on its line: three or more <c>-</c>, <c>*</c> or <c>_</c>, spaces between allowed.</summary>
    public static bool IsRule(string line) => Rule().IsMatch(line);

    /// <summary>
    /// The items with each <see cref="ParagraphBreak"/> inside one splitting it into paragraphs on the same line, the first
    /// keeping the blank lines before it, the others with none (so no gap they open reads as a commentary's).
    /// </summary>
    public static List<SeedItem> SplitParagraphs(List<SeedItem> items)
    {
        if (!items.Exists(i => i.Text.Contains(ParagraphBreak, StringComparison.Ordinal))) return items;
        var split = new List<SeedItem>(items.Count + 4);
        foreach (var item in items)
        {
            var parts = item.Text.Split(ParagraphBreak, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length <= 1)
            {
                split.Add(parts.Length == 1 && parts[0].Length != item.Text.Length ? new SeedItem(parts[0], item.Line, item.BlanksBefore) : item);
                continue;
            }

            for (var p = 0; p < parts.Length; p++) split.Add(new SeedItem(parts[p], item.Line, p == 0 ? item.BlanksBefore : 0));
        }

        return split;
    }

    /// <summary>The line without its markup; the same string instance when it holds none.</summary>
    internal static string CleanLine(string line)
    {
        var text = line;
        text = Quote().Replace(text, "");
        text = Heading().Replace(text, "");
        text = ClosingHashes().Replace(text, "");
        text = BreakTag().Replace(text, ParagraphBreak.ToString());
        text = Tag().Replace(text, "");
        text = Link().Replace(text, "${text}");
        for (var pass = 0; pass < 3; pass++)
        {
            var next = Emphasis().Replace(text, "${text}");
            if (string.Equals(next, text, StringComparison.Ordinal)) break;
            text = next;
        }

        if (text.Contains('&', StringComparison.Ordinal)) text = WebUtility.HtmlDecode(text);
        if (string.Equals(text, line, StringComparison.Ordinal)) return line;
        // Decoded &nbsp; and friends are the characters SeedText cleans: spaces, or nothing.
        text = SeedText.Clean(text.Replace('\n', ' ').Replace('\r', ' '));
        return Breaks().Replace(text, ParagraphBreak.ToString()).Trim(' ', ParagraphBreak);
    }

    private static int FirstDifference(string a, string b)
    {
        if (ReferenceEquals(a, b)) return a.Length - a.TrimStart().Length;
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            if (a[i] != b[i]) return i;
        }

        return n;
    }

    [GeneratedRegex(@"^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rule();

    /// <summary>Block-quote marks opening a line: <c>&gt; </c>, <c>&gt; &gt; </c>, a lone <c>&gt;</c>.</summary>
    [GeneratedRegex(@"^\s*(?:>[ \t]?)+", RegexOptions.CultureInvariant)]
    private static partial Regex Quote();

    /// <summary>An ATX heading's opening hashes and the space after them.</summary>
    [GeneratedRegex(@"^\s*#{1,6}[ \t]+", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    /// <summary>An ATX heading's optional closing hashes (<c>## Title ##</c>), after a space.</summary>
    [GeneratedRegex(@"(?<=\S)[ \t]+#{1,6}[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingHashes();

    /// <summary>A tag's attributes, each with a value (<c> class="x"</c>, <c> href=url</c>), and its end (<c>&gt;</c>, <c>/&gt;</c>): so <c>a &lt;b and c &gt; d</c> is text.</summary>
    private const string Attributes = @"(?:\s+[\w:-]+\s*=\s*(?:""[^""]*""|'[^']*'|[^\s""'<>=`]+))*\s*/?>";

    /// <summary>HTML tags that break a paragraph: <c>&lt;br&gt;</c>, <c>&lt;p&gt;</c>, <c>&lt;/p&gt;</c>, <c>&lt;div&gt;</c>, <c>&lt;li&gt;</c>, <c>&lt;hr&gt;</c>.</summary>
    [GeneratedRegex(@"</?(?:br|p|div|li|hr|h[1-6]|section|blockquote)\b" + Attributes, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BreakTag();

    /// <summary>Other HTML tags (opening, closing or empty) of the elements rich-text editors write; other <c>&lt;…&gt;</c> is text.</summary>
    [GeneratedRegex(
        @"</?(?:a|abbr|b|big|center|code|del|em|font|i|img|ins|mark|ol|pre|s|small|span|strike|strong|sub|sup|table|tbody|td|th|thead|tr|u|ul)\b" + Attributes,
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    /// <summary>A Markdown link or image, <c>[text](url)</c> or <c>![alt](url "title")</c>: the text in group <c>text</c>.</summary>
    [GeneratedRegex(@"!?\[(?<text>[^\[\]]+)\]\([^()\s]+(?:\s+""[^""]*"")?\)", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    /// <summary>Emphasis: <c>*x*</c>, <c>**x**</c>, <c>***x***</c>, <c>__x__</c>, not inside a word nor around spaces (<c>5 * 3</c>, <c>*ST</c>).</summary>
    [GeneratedRegex(@"(?<![\w*])(?<mark>\*{1,3}|_{2,3})(?![\s*_])(?<text>.+?)(?<![\s*_])\k<mark>(?![\w*])", RegexOptions.CultureInvariant)]
    private static partial Regex Emphasis();

    /// <summary>Paragraph breaks with the spaces around them (and empty paragraphs between them).</summary>
    [GeneratedRegex(@"[ ]*\u2029[\u2029 ]*", RegexOptions.CultureInvariant)]
    private static partial Regex Breaks();
}
