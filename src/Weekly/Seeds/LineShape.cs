using System.Text.RegularExpressions;
using Weekly.Text;

namespace Weekly.Seeds;

/// <summary>
/// What a paragraph looks like, judged from its own text: the shape rules the structure parser
/// combines with layout (blank lines) and position. All checks look at a bounded prefix or suffix of
/// the text, so they cost O(1) per paragraph beyond reading it once.
/// </summary>
internal static partial class LineShape
{
    /// <summary>
    /// Longest line still taken for a headline: the real seed's longest is about 170 characters, later issues run to 300
    /// (the build's checks warn above 200, WK0901); longer text is a body paragraph even when it has no full stop.
    /// </summary>
    public const int MaxHeadlineLength = 500;

    /// <summary>Longest "name" part of a section heading (<c>Government Updates</c>).</summary>
    private const int MaxSectionNameLength = 40;

    // The patterns are source-generated ([GeneratedRegex]): compiled with the assembly, so a build's start-up
    // neither emits nor JIT-compiles them, and a native build runs them compiled too.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    /// <summary>If the paragraph is the footer, returns the previous issue's title after the colon (possibly empty); else null.</summary>
    public static string? FooterTitle(string text) => FooterTitle(text, out _);

    /// <summary>
    /// As <see cref="FooterTitle(string)"/>; <paramref name="loose"/> is true for a wording a body paragraph may also open
    /// with (<c>Last issue:</c>, <c>Previous issue:</c>, <c>Past issues:</c>, <c>Previous review:</c>), false for the
    /// unambiguous <c>Review of …</c> ones. The caller takes a loose one for the footer only by its title and position.
    /// </summary>
    public static string? FooterTitle(string text, out bool loose)
    {
        var match = Footer().Match(text);
        loose = match.Success && !match.Value.StartsWith("review", StringComparison.OrdinalIgnoreCase);
        return match.Success ? text[match.Length..].Trim() : null;
    }

    /// <summary>True for a story's attribution line (<see cref="Attribution"/>): a body paragraph, never a headline.</summary>
    public static bool IsAttribution(string text) => Attribution().IsMatch(text);

    /// <summary>
    /// True for a figure or table caption (<c>Figure 1 Top five provinces (Source: CCID)</c>, <c>Chart 2: …</c>, <c>Table 3 …</c>,
    /// <c>Image: …</c>): a paragraph of the story above, never a headline unless a body opening with a date follows it.
    /// </summary>
    public static bool IsCaption(string text) => Caption().IsMatch(text);

    /// <summary>The caption's label and number or colon (<see cref="IsCaption"/>); <c>Table tennis</c> is none.</summary>
    [GeneratedRegex(@"^[(（]?\s*(?:figures?|fig\.?|charts?|tables?|images?|pictures?|photos?|graphs?|diagrams?)\s*(?:\d{1,2}(?:[-.]\d{1,2})?\s*[:：.．]?\s|[:：])", Options)]
    private static partial Regex Caption();

    /// <summary>True when the paragraph opens with a commentary label such as <c>Editor's comment:</c> or <c>Comments:</c>.</summary>
    public static bool IsCommentaryLabel(string text) => CommentaryLabel().IsMatch(text);

    /// <summary>True for a label the intro closes with: <c>Highlights of this issue:</c>, <c>This week's highlights:</c>, <c>In this issue:</c>; never a section name.</summary>
    public static bool IsIntroLabel(string text) => IntroLabel().IsMatch(text);

    /// <summary>True for the "For more industry blockchain services" boilerplate.</summary>
    public static bool IsBoilerplate(string text) => Boilerplate().IsMatch(text);

    /// <summary>True when the paragraph holds only punctuation and spaces, like a stray <c>. .</c>.</summary>
    public static bool IsPunctuationOnly(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsPunctuation(c) && !char.IsWhiteSpace(c) && !char.IsSymbol(c)) return false;
        }

        return true;
    }

    /// <summary>
    /// True when the paragraph can be a headline (or a section heading): at most
    /// <see cref="MaxHeadlineLength"/> characters, no closing full stop (or semicolon, comma, colon),
    /// not opening like a story body ("On January 4, ..."), and one sentence only.
    /// </summary>
    public static bool IsHeadlineShaped(string text)
    {
        if (text.Length == 0 || text.Length > MaxHeadlineLength) return false;
        if (EndsSentence(text)) return false;
        if (BodyOpening().IsMatch(text)) return false;
        return !HasSentenceBreak(text);
    }

    /// <summary>Longest headline an editor closed like a sentence (<see cref="IsClosedHeadline"/>); a longer closed line is a body paragraph.</summary>
    private const int MaxClosedHeadlineLength = 250;

    /// <summary>Longest subject before a closed headline's colon, in characters.</summary>
    private const int MaxSubjectLength = 60;

    /// <summary>
    /// True for a headline an editor closed like a sentence: <c>Shanghai: Blockchain pilot launched.</c>,
    /// <c>Shanghai: What is next for blockchain…</c>; a subject of at most <see cref="MaxSubjectLength"/> characters starting
    /// with a capital, a colon, then one sentence of at most <see cref="MaxClosedHeadlineLength"/> characters in all, ending in a
    /// full stop, an ellipsis or a semicolon, its text after the colon starting with a capital, its subject no speaker
    /// (<c>Li Wei said:</c>) or label (<c>Note:</c>, <see cref="SpeakerOrLabel"/>). Such a line is a headline only when a body opening like one follows
    /// (<see cref="OpensLikeBody"/>), which the section reader checks: alone it reads as a one-sentence body paragraph.
    /// </summary>
    public static bool IsClosedHeadline(string text)
    {
        if (text.Length > MaxClosedHeadlineLength || !EndsSentence(text)) return false;
        var end = text.TrimEnd(ClosingMarks);
        if (end.Length == 0 || end[^1] is ',' or '，' or ':' or '：') return false;
        var colon = ColonIndex(text);
        if (colon <= 0 || colon > MaxSubjectLength || colon + 2 >= end.Length || !StartsUpperOrDigit(text)) return false;
        if (!StartsUpperOrDigit(text[(colon + 1)..]) || SpeakerOrLabel().IsMatch(text[..colon])) return false;
        if (BodyOpening().IsMatch(text) || IsAttribution(text) || IsCommentaryLabel(text)) return false;
        return !HasSentenceBreak(end[..^1]);
    }

    /// <summary>True when the paragraph opens like a story body with its date or time: "On January 4,", "On the 8th", "Recently,".</summary>
    public static bool OpensLikeBody(string text) => BodyOpening().IsMatch(text);

    /// <summary>Closing quotes and brackets (and spaces) that may follow a sentence's last mark, Latin and CJK alike.</summary>
    private static readonly char[] ClosingMarks = ['"', '\'', '”', '’', ')', '）', '」', '』', '》', ' '];

    /// <summary>True when the text ends with a full stop, semicolon, comma or colon, before any closing quotes or brackets.</summary>
    public static bool EndsSentence(string text)
    {
        var end = text.Length - 1;
        while (end >= 0 && ClosingMarks.Contains(text[end])) end--;
        return end >= 0 && text[end] is '.' or '。' or ';' or '；' or ',' or '，' or ':' or '：' or '…';
    }

    /// <summary>True when a sentence ends inside the text: a full stop followed by a space and a capital, not after an abbreviation or an initial.</summary>
    public static bool HasSentenceBreak(string text)
    {
        for (var i = 1; i < text.Length - 2; i++)
        {
            if (text[i] == '。' && i + 1 < text.Length) return true;
            if (text[i] != '.' || text[i + 1] != ' ') continue;
            var next = i + 2;
            while (next < text.Length && text[next] == ' ') next++;
            if (next >= text.Length || !char.IsUpper(text[next])) continue;
            // Unlike Sentences, a number's dot ends no sentence here: "1. Beijing: …" is a numbered headline.
            if (!char.IsLetter(text[i - 1]) || Sentences.IsAbbreviation(text, i)) continue;
            return true;
        }

        return false;
    }

    /// <summary>True when the text starts with a lowercase letter (after quotes), like a stray image caption.</summary>
    public static bool StartsLower(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c)) return char.IsLower(c);
            if (char.IsDigit(c)) return false;
        }

        return false;
    }

    /// <summary>True when the text starts with an uppercase letter or a digit (after quotes).</summary>
    public static bool StartsUpperOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c)) return char.IsUpper(c) || !char.IsLower(c);
            if (char.IsDigit(c)) return true;
        }

        return false;
    }

    /// <summary>Index of the first ASCII or full-width colon (<see cref="SubjectColon"/>), or -1; only the first
    /// <see cref="MaxHeadlineLength"/> characters are looked at, so a paragraph's shape costs O(1) (see the class).</summary>
    public static int ColonIndex(string text) => SubjectColon.Index(text.AsSpan(0, Math.Min(text.Length, MaxHeadlineLength)));

    /// <summary>
    /// Splits a heading-shaped line into a section name (1–4 words, at most 40 characters, starting with a capital or a digit,
    /// digits only within a word with letters such as <c>Web3</c> or <c>5G</c>, no commas or quotes) and a title after a colon or a dash: <c>Name: title</c>, <c>Name：title</c>,
    /// <c>Name — title</c>, <c>Name - title</c>, <c>Name – title</c>, or the name alone (<c>Industry trends</c>,
    /// <c>Industry trends:</c>; title empty). False for other lines.
    /// </summary>
    public static bool TrySplitHeading(string text, out string name, out string title)
    {
        SplitHeading(text, out name, out title);
        if (name.Length == 0 || name.Length > MaxSectionNameLength || !(char.IsUpper(name[0]) || char.IsDigit(name[0]))) return false;
        var words = 0;
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words++;
            // Digits only inside a word with letters (Web3, 5G); a number or a date (2021, 01, 4th) is no section name.
            if (word.Any(char.IsDigit) && !word.Any(char.IsLetter)) return false;
            if (word.AsSpan().IndexOfAny(",，\"“”!?！？") >= 0) return false;
        }

        if (words <= 4) return true;
        name = title = "";
        return false;
    }

    /// <summary>
    /// The name before the first separator (a colon, <c>:</c> or <c>：</c>; a dash with spaces around it, <c> - </c>,
    /// <c> – </c>, <c> — </c>; or an em dash, <c>—</c>) and the title after it, trimmed; the whole text is the name when
    /// there is none. Only separators within the first <see cref="MaxSectionNameLength"/> + 1 characters count.
    /// </summary>
    public static void SplitHeading(string text, out string name, out string title)
    {
        var limit = Math.Min(text.Length, MaxSectionNameLength + 1);
        for (var i = 0; i < limit; i++)
        {
            var width = text[i] switch
            {
                ':' or '：' or '—' => 1,
                '-' or '–' when i > 0 && text[i - 1] == ' ' && i + 1 < text.Length && text[i + 1] == ' ' => 1,
                _ => 0,
            };
            if (width == 0) continue;
            name = text[..i].Trim();
            title = text[(i + width)..].Trim();
            return;
        }

        name = text.Trim();
        title = "";
    }

    /// <summary>
    /// The footer's label, then a colon or a bar (or nothing: the title on the next line). The wordings issues use:
    /// <c>Review of previous period :</c>, <c>Review of the previous issue：</c>, <c>Review of last issue:</c>,
    /// <c>Review of the past period</c>, <c>Previous review:</c>, <c>Previous issue:</c>, <c>Past issues:</c>,
    /// <c>Previous Period Review:</c>, <c>Past Review | …</c>.
    /// </summary>
    [GeneratedRegex(
        @"^(?:review\s+of\s+(?:the\s+)?(?:previous|last|past)\s+(?:period|issue)s?|(?:previous|past|last)\s+(?:(?:period|issue)s?\s+)?reviews?|(?:previous|past|last)\s+(?:period|issue)s?)\s*(?:[:：|｜丨]\s*|$)",
        Options)]
    private static partial Regex Footer();

    /// <summary>
    /// An attribution closing a story's body: <c>Source: Xinhua</c>, <c>(Source: 21st Century Business Herald)</c>,
    /// <c>Full text: https://…</c>, <c>Link: …</c>, <c>Original title: …</c>, <c>Reporter: …</c> (also "Editor", "Editor in
    /// charge", "Author", "Image source", "Data source", "News source", "Information source", "Original link", "Read more"; either
    /// colon, optional brackets).
    /// </summary>
    [GeneratedRegex(
        @"^[(（\[【]?\s*(?:sources?|full\s+text|link|original\s+(?:title|link|text)|reporters?|authors?|(?:responsible\s+)?editor(?:\s+in\s+charge)?|(?:photo|image|picture)(?:\s+(?:source|credit)s?)?|(?:data|news|information|article)\s+sources?|read\s+more|via)\s*[:：]",
        Options)]
    private static partial Regex Attribution();

    /// <summary>
    /// The label that opens an editor's commentary, then a colon (or nothing: the label alone on its line): <c>Editor's
    /// comment:</c>, <c>Editor's note:</c>, <c>Editor's words:</c>, <c>Editor's remarks:</c>, <c>Xiaobian comment:</c>,
    /// <c>Xiaobian says:</c> (小编, "the editor", as machine translation leaves it), <c>Weekly Review:</c>, <c>Weekly
    /// comment:</c>, <c>Comments:</c>, <c>Commentary:</c>, <c>Our view:</c>.
    /// </summary>
    [GeneratedRegex(
        @"^(?:(?:editor(?:['’]s|s)?|xiao\s?bian(?:['’]s)?|small\s+editor(?:['’]s)?)\s+(?:comments?|notes?|commentary|views?|words|remarks?|says|thinks|reviews?)|(?:short\s+|weekly\s+)?comments?|commentary|weekly\s+(?:reviews?|commentary)|our\s+view)\s*(?:[:：]|$)",
        Options)]
    private static partial Regex CommentaryLabel();

    /// <summary>An intro's closing label (<see cref="IsIntroLabel"/>), alone on its line, with or without a colon.</summary>
    [GeneratedRegex(
        @"^(?:(?:this\s+(?:week|issue)['’]s\s+|weekly\s+)?highlights?(?:\s+of\s+(?:this|the)\s+(?:week|issue))?|in\s+this\s+issue|(?:table\s+of\s+)?contents|what['’]s\s+inside)\s*[:：]?$",
        Options)]
    private static partial Regex IntroLabel();

    /// <summary>The boilerplate line <c>For more industry blockchain services , please click:</c>, dropped.</summary>
    [GeneratedRegex(@"^for\s+more\s+industry\s+blockchain\s+services\b", Options)]
    private static partial Regex Boilerplate();

    /// <summary>A paragraph that opens like a story body: "On January 4", "On the 8th", "On 2 January", "A few days ago", "Recently,", a bare "August 7:".</summary>
    [GeneratedRegex(
        @"^(?:on\s+" + MonthNames.Pattern + @"\.?\s+\d|on\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b|on\s+\d{1,2}\s+" + MonthNames.Pattern + @"\b|" + MonthNames.Pattern + @"\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*[:：,，]|a\s+few\s+days\s+ago\b|recently\s*[,，]|yesterday\b|today\b|earlier\s+this\s+(?:week|month)\b|last\s+week\b)",
        Options)]
    private static partial Regex BodyOpening();

    /// <summary>
    /// A colon's subject that makes the line a sentence of a body, not a closed headline: a speaker (<c>…, said</c>,
    /// <c>pointed out</c>, <c>according to</c>) or a label (<c>Note</c>, <c>Tips</c>, <c>Background</c>, <c>Update</c>).
    /// </summary>
    [GeneratedRegex(
        @"(?:\b(?:said|says|say|stated|states|noted|notes|added|adds|stressed|emphasi[sz]ed|explained|believes|believed|pointed\s+out|according\s+to|told\s+\w+|wrote|writes|asked|replied|announced|revealed|introduced)\s*$|^\s*(?:notes?|tips?|remarks?|background|updates?|corrections?|p\.?\s*s\.?|reminder|attention|warning|disclaimer)\s*$)",
        Options)]
    private static partial Regex SpeakerOrLabel();

}
