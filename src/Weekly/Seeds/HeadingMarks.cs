using System.Text.RegularExpressions;

namespace Weekly.Seeds;

/// <summary>
/// The number or mark a section heading may open with, as later (machine-translated) issues write them: <c>01 Local News</c>,
/// <c>1. </c>, <c>１．</c>, <c>II. Financial Field</c>, <c>一、Judicial Practice</c>, <c>(一) </c>, <c>Part 3 | …</c>,
/// <c>Section 2: …</c>, <c>▌Policy Interpretation</c>, <c>📌 Government Updates</c>, <c>【Overseas News】</c>. <see cref="Strip"/>
/// removes it so the name is matched (and shown) without it. Bullets, enclosed numbers (<see cref="ListMarks"/>) and brackets
/// (<see cref="Brackets"/>) are those of headlines and the title line. Our own code: a handful of anchored patterns, no
/// library covers these conventions.
/// </summary>
internal static partial class HeadingMarks
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    /// <summary>
    /// <paramref name="text"/> without its leading section number or mark, trimmed; the text itself when it has none. A
    /// bracketed heading (<c>【Overseas News】 rules</c>) becomes <c>Overseas News: rules</c>. A number that is part of
    /// the words (<c>5G + blockchain</c>, <c>2021 digital economy</c>, <c>100 enterprises</c>, <c>3D printing</c>) stays:
    /// a section number has one or two digits and a separator, or is zero-padded, or comes before a capital.
    /// </summary>
    public static string Strip(string text)
    {
        var bracket = Bracketed().Match(text);
        if (bracket.Success && bracket.Groups["inside"].Value.Trim() is { Length: > 0 and <= 40 } name)
        {
            var rest = bracket.Groups["rest"].Value.Trim();
            return rest.Length == 0 ? name : rest[0] is ':' or '：' or '—' or '-' or '–' ? name + " " + rest : name + ": " + rest;
        }

        var mark = Mark().Match(text);
        return mark.Success && mark.Length < text.Length ? text[mark.Length..].Trim() : text;
    }

    /// <summary>A heading wrapped in brackets (<c>【Overseas News】</c>, <see cref="Brackets"/>), with what follows the closing bracket.</summary>
    [GeneratedRegex(@"^\s*" + Brackets.Span + @"\s*(?<rest>.*)$", Options)]
    private static partial Regex Bracketed();

    /// <summary>
    /// Leading marks (▌■◆●▶►★◇□, emoji and the like, <see cref="ListMarks"/>), or a number: <c>Part 3 |</c>, <c>Section 2:</c>, <c>Chapter IV.</c>,
    /// <c>(一)</c>, <c>（2）</c>, <c>①</c>, <c>Ⅲ</c>, <c>II.</c>, <c>一、</c>, <c>3.</c>, <c>１．</c>, <c>01</c>, <c>4 </c> before a capital.
    /// </summary>
    [GeneratedRegex(
        @"^\s*(?:(?:" + ListMarks.Symbol + "|" + ListMarks.Dash + @")(?:\s*" + ListMarks.Symbol + @")*\s*"
        + @"|(?:[Pp]art|PART|[Ss]ection|SECTION|[Cc]hapter|CHAPTER)\s+(?:\d{1,2}|[IVX]{1,5}|[一二三四五六七八九十]{1,3}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)\s*[|｜丨:：.．、—–-]?\s*"
        + @"|第[一二三四五六七八九十\d]{1,3}[部章节篇]?分?\s*[|｜丨:：.．、—–-]?\s*"
        + @"|[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[IVXivx]{1,4})\s*[)）]\s*"
        + @"|" + ListMarks.Enclosed + @"\s*"
        + @"|(?:[IVX]{1,5}|[一二三四五六七八九十]{1,3}|\d{1,2})\s*[.．、:：)）](?!\d)\s*"
        + @"|0\d\s*"
        + @"|\d{1,2}\s+(?=\p{Lu}))",
        Options)]
    private static partial Regex Mark();
}
