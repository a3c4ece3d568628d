using System.Text.RegularExpressions;

namespace Weekly.Seeds;

/// <summary>
/// The number or bullet a story's headline may open with (<c>1.</c>, <c>2、</c>, <c>(3)</c>, <c>（2）</c>, <c>１．</c>,
/// <c>01 </c>, <c>No. 4</c>, <c>①</c>, <c>•</c>, <c>◆</c>, <c>■</c>, <c>★</c>, <c>➤</c>, <c>→</c>, <c>▶</c>, <c>√</c>, <c>- </c>,
/// <c>* </c>, <c>📌</c>, <c>▶️</c>): the story's place in the list, not part of its title, so <see cref="Strip"/> drops it from the
/// headline (and so from its slug), as newsletters' web versions and Hugo lists do. Bullets and enclosed numbers are
/// <see cref="ListMarks"/>' (shared with section headings). Our own code: anchored patterns for these conventions.
/// </summary>
internal static partial class HeadlineMarks
{
    /// <summary>
    /// <paramref name="headline"/> without its leading number or bullet, the rest exactly as written; the headline itself
    /// when it has none, or when nothing would remain. A number that is part of the words stays: <c>5G + blockchain</c>,
    /// <c>2021 digital economy</c>, <c>100 enterprises</c>, <c>3D printing</c>, <c>3.5 billion yuan</c>.
    /// </summary>
    public static string Strip(string headline)
    {
        var mark = Mark().Match(headline);
        if (!mark.Success || mark.Length >= headline.Length) return headline;
        var rest = headline[mark.Length..];
        return rest.Trim().Length == 0 ? headline : rest;
    }

    /// <summary>
    /// A list number (<c>1.</c> <c>2、</c> <c>3)</c> <c>１．</c>, not <c>3.5</c>; <c>(3)</c> <c>（一）</c>; zero-padded <c>01 </c>;
    /// <c>No. 4</c> before a <c>Subject:</c>; enclosed <c>①</c> <c>❶</c> <c>㈠</c> <c>Ⅲ</c>; <c>一、</c>) or bullets (symbols and
    /// emoji, or <c>-</c>/<c>*</c> before a space; <see cref="ListMarks"/>), with the spaces after it.
    /// </summary>
    [GeneratedRegex(
        @"^(?:\d{1,2}\s*[.．、)）](?![\d.．])"
        + @"|[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]"
        + @"|0\d(?=\s)"
        + @"|[Nn][Oo]\.\s*\d{1,2}(?=\s+[^:：]{1,40}[:：])"
        + @"|" + ListMarks.Enclosed
        + @"|[一二三四五六七八九十]{1,3}、"
        + @"|(?:" + ListMarks.Symbol + @"\s*)+"
        + @"|" + ListMarks.Dash + @")\s*",
        RegexOptions.CultureInvariant)]
    private static partial Regex Mark();
}
