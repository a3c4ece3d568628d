using System.Text.RegularExpressions;

namespace Weekly.Seeds;

/// <summary>What a title line gives: the newsletter's name (empty when it names none), the issue's title, and the date it writes
/// with its year (<c>Industry Blockchain Weekly | Issue 37 | 2020.09.14</c>), or null. <paramref name="Untitled"/>: the line holds
/// only a name, an issue number and a date, so the title is the date as written (else the number), warned (WK0212).</summary>
internal readonly record struct TitleLineParts(string Newsletter, string Title, DateOnly? Date, bool Untitled = false);

/// <summary>
/// A seed's title line, split as the newsletter writes it. <c>丨</c>, <c>|</c> and <c>｜</c> always separate; <c>·</c> and <c>•</c>
/// separate when spaced or next to the newsletter's name, an issue number or a date (so <c>Xi·Jinping</c> stays whole). Besides those,
/// issues write <c>Name: title</c>, <c>Name - title</c>, <c>Name — title</c> and <c>【Name】title</c>; those split only when the part
/// before names the newsletter (it holds "weekly" and "blockchain" in any case, as every name the newsletter has used does:
/// <c>Industry Blockchain Weekly</c>, <c>Weekly development of industrial blockchain</c>) or is the site's title, so a title with a
/// colon of its own stays whole. The name is the first segment; an issue number after it (<c>(Issue 12)</c>, <c>Vol.3 No.12</c>,
/// <c>第37期</c>) is not part of it, nor is a tag before the line (<c>[Weekly]</c>). Segments after it that are only an issue number
/// (<c>Issue 37</c>, <c>2021年第10期</c>) or only a date are not the title (a date with its year is the line's date); the title is
/// what remains, from its first segment to its last, so <c>A | B</c> inside it stays.
/// </summary>
internal static partial class TitleLine
{
    /// <summary>
    /// Splits a title line holding <c>丨</c>, <c>|</c>, <c>｜</c> (or a <c>·</c>/<c>•</c> that separates, see above); null when it
    /// holds none (then <see cref="SplitNamed"/> and the other forms apply). A first segment that is only an issue number or a
    /// date (<c>Issue 52 丨 title</c>) names no newsletter: the name is empty.
    /// </summary>
    public static TitleLineParts? Split(string text, string? siteName)
    {
        var separators = Separators(text);
        if (separators.Count == 0) return null;
        var head = text[..separators[0].At];
        if (NamedLength(head, siteName) is var named && named > 0)
        {
            return ReadRest(text[named..]) with { Newsletter = CleanName(NameIn(Named().Match(head))) };
        }

        if (IsNumberOnly(head) || EventDates.Whole(head) is not null) return ReadRest(text);
        return ReadRest(text[(separators[0].At + separators[0].Length)..]) with { Newsletter = CleanName(head) };
    }

    /// <summary>
    /// Splits <c>Name: title</c>, <c>Name：title</c>, <c>Name - title</c> (also <c>–</c>, <c>—</c>) and <c>【Name】title</c>
    /// at the first such separator when the part before it names the newsletter (or is <paramref name="siteName"/>, the site's
    /// title, in any case); null (nothing split) otherwise. An issue number or date opening the rest (<c>【Name】Issue 37: title</c>)
    /// is not the title.
    /// </summary>
    public static TitleLineParts? SplitNamed(string text, string? siteName)
    {
        var named = NamedLength(text, siteName);
        if (named <= 0) return null;
        return ReadRest(text[named..]) with { Newsletter = CleanName(NameIn(Named().Match(text))) };
    }

    /// <summary>
    /// The line without a bracketed tag opening it (<c>[Weekly] Hunan releases …</c> → <c>Hunan releases …</c>; also <c>【Tag】</c>
    /// and the other <see cref="Brackets"/>, up to 40 characters inside);
    /// a bracket that names the newsletter or the site is its name, kept as <c>【Name】</c>.
    /// </summary>
    public static string WithoutTag(string text, string? siteName)
    {
        var match = Tag().Match(text);
        if (!match.Success || match.Length == text.Length || match.Groups["inside"].Length > 40) return text;
        var inside = match.Groups["inside"].Value.Trim();
        if (IsNewsletterName(inside) || string.Equals(inside, siteName?.Trim(), StringComparison.OrdinalIgnoreCase)) return "【" + inside + "】" + text[match.Length..];
        return text[match.Length..].TrimStart();
    }

    /// <summary>The name without an issue number after it (<c>Industrial Blockchain Weekly (Issue 12)</c> → <c>Industrial Blockchain Weekly</c>), trimmed.</summary>
    public static string WithoutIssueNumber(string name)
    {
        var trimmed = name.Trim();
        var match = NumberSuffix().Match(DecimalDigits.ToAscii(trimmed));
        return match.Success && match.Index > 0 ? trimmed[..match.Index].Trim() : trimmed;
    }

    /// <summary>Length of <c>Name:</c>, <c>Name - </c>, <c>【Name】</c> opening <paramref name="text"/> when Name names the newsletter or the site; 0 otherwise.</summary>
    private static int NamedLength(string text, string? siteName)
    {
        var match = Named().Match(text);
        if (!match.Success || match.Length >= text.Trim().Length) return 0;
        var name = WithoutIssueNumber(NameIn(match));
        return IsNewsletterName(name) || string.Equals(name, siteName?.Trim(), StringComparison.OrdinalIgnoreCase) ? match.Length : 0;
    }

    /// <summary>The name as shown: brackets, an issue number and a closing colon or dash taken off; empty when nothing else is left.</summary>
    private static string CleanName(string segment)
    {
        var name = WithoutIssueNumber(Brackets.Strip(WithoutTag(segment.Trim(), null))).TrimEnd(':', '：', '-', '–', '—', ' ');
        return IsNumberOnly(name) ? "" : name;
    }

    /// <summary>The title and the date (with its year) in what follows the name (the name left empty): segments that are only an
    /// issue number or only a date are dropped; the title runs from the first segment left to the last, as written (and on to the
    /// line's ends when nothing is dropped there). With none left,
    /// the title is the first date as written, else the first number (<see cref="TitleLineParts.Untitled"/>).</summary>
    private static TitleLineParts ReadRest(string rest)
    {
        DateOnly? date = null;
        string? dateText = null, numberText = null;
        int first = -1, last = -1, start = 0;
        bool droppedBefore = false, droppedAfter = false;
        foreach (var (at, length) in Separators(rest, dashes: true).Append((rest.Length, 0)))
        {
            var segment = rest[start..at];
            var dropped = true;
            if (segment.Trim().Length > 0 && IsNumberOnly(segment))
            {
                numberText ??= segment.Trim();
            }
            else if (segment.Trim().Length > 0)
            {
                if (EventDates.Whole(segment) is { } found)
                {
                    dateText ??= segment.Trim();
                    if (date is null && found is { Year: { } year }) date = found.In(year);
                }
                else
                {
                    if (first < 0) first = start;
                    (last, dropped, droppedAfter) = (at, false, false);
                }
            }
            else
            {
                dropped = false;
            }

            if (dropped) (droppedBefore, droppedAfter) = (droppedBefore || first < 0, true);
            start = at + length;
        }

        // Separators with nothing dropped beyond them stay as written (a title ending in 丨 keeps it).
        if (first >= 0) return new TitleLineParts("", rest[(droppedBefore ? first : 0)..(droppedAfter ? last : rest.Length)].Trim(), date);
        return new TitleLineParts("", dateText ?? numberText ?? "", date, dateText is not null || numberText is not null);
    }

    /// <summary>True when the text is only an issue number: <c>Issue 37</c>, <c>No. 37</c>, <c>第10期</c>, <c>2021年第10期</c>,
    /// <c>Vol.3 No.12</c>, <c>(2021 Issue 12)</c>, <c>the 37th issue</c>.</summary>
    private static bool IsNumberOnly(string text) => NumberOnly().IsMatch(DecimalDigits.ToAscii(text));

    /// <summary>True when the text names the newsletter: it holds "weekly" and "blockchain", in any case.</summary>
    private static bool IsNewsletterName(string name) =>
        name.Contains("weekly", StringComparison.OrdinalIgnoreCase) && name.Contains("blockchain", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Where the text separates (index and length of each separator, in order): 丨 | ｜ always; · • when spaced or when the segment
    /// on either side is only an issue number or a date or (the first) names the newsletter; with <paramref name="dashes"/> also a
    /// colon before a space, ：, a spaced - or –, and —.
    /// </summary>
    private static List<(int At, int Length)> Separators(string text, bool dashes = false)
    {
        var found = new List<(int At, int Length, bool Dot)>();
        foreach (Match match in (dashes ? AnySeparator() : BarOrDot()).Matches(text))
        {
            found.Add((match.Index, match.Length, match.ValueSpan.Trim() is "·" or "•"));
        }

        var kept = new List<(int At, int Length)>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            var (at, length, dot) = found[i];
            if (dot && !DotSeparates(text, found, i)) continue;
            kept.Add((at, length));
        }

        return kept;
    }

    private static bool DotSeparates(string text, List<(int At, int Length, bool Dot)> found, int i)
    {
        var (at, length, _) = found[i];
        if (length > 1) return true;
        var start = i == 0 ? 0 : found[i - 1].At + found[i - 1].Length;
        var end = i + 1 < found.Count ? found[i + 1].At : text.Length;
        var before = text[start..at];
        var after = text[(at + length)..end];
        return IsNumberOnly(before) || IsNumberOnly(after) || EventDates.Whole(before) is not null || EventDates.Whole(after) is not null
            || (i == 0 && IsNewsletterName(before));
    }

    /// <summary>The name in a <see cref="Named"/> match: inside its brackets, or before its separator.</summary>
    private static string NameIn(Match match) => match.Groups["inside"].Success ? match.Groups["inside"].Value : match.Groups["name"].Value;

    /// <summary>The name part and its separator: <c>【name】</c> (any <see cref="Brackets"/>), or a name ended by a colon or a dash (spaced, or an em dash).</summary>
    [GeneratedRegex(@"^(?:" + Brackets.Span + @"|(?<name>[^:：—【]{1,80}?)(?:\s*[:：—]|\s+[-–]\s))", RegexOptions.CultureInvariant)]
    private static partial Regex Named();

    /// <summary>丨 | ｜ and · • (with the spaces around them).</summary>
    [GeneratedRegex(@"\s*[丨|｜]\s*|\s*[·•]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex BarOrDot();

    /// <summary>丨 | ｜ · • and the colon and dash forms.</summary>
    [GeneratedRegex(@"\s*[丨|｜]\s*|\s*[·•]\s*|:(?=\s)|\s*：\s*|\s+[-–]\s+|\s*—\s*", RegexOptions.CultureInvariant)]
    private static partial Regex AnySeparator();

    /// <summary>A tag in brackets opening a line: <c>[Weekly]</c>, <c>【Exclusive】</c>, <c>〖Focus〗</c> (<see cref="Brackets"/>).</summary>
    [GeneratedRegex(@"^\s*" + Brackets.Span + @"\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    /// <summary>One issue number: <c>Issue 37</c>, <c>No. 37</c>, <c>Issue No. 37</c>, <c>Vol.3</c>, <c>#37</c>, <c>the 37th issue</c>, <c>第37期</c>.</summary>
    private const string OneNumber =
        @"(?:(?:the\s+)?(?:issue|no|number|vol(?:ume)?|phase|period|edition)\.?\s*(?:no\.?\s*)?#?[0-9]{1,5}|#[0-9]{1,5}|(?:the\s+)?[0-9]{1,5}(?:st|nd|rd|th)?\s+(?:issue|phase|period|edition)|第\s*[0-9]{1,5}\s*[期卷号])";

    /// <summary>An issue number, perhaps several (<c>Vol.3 No.12</c>), perhaps with its year before or after, perhaps in brackets.</summary>
    private const string Number =
        @"[(（\[【]?\s*(?:(?:19|20)[0-9]{2}\s*(?:年|[,，])?\s*)?" + OneNumber + @"(?:[\s,，]*" + OneNumber + @")*(?:\s*[,，]?\s*(?:19|20)[0-9]{2}\s*年?)?\s*[)）\]】]?";

    [GeneratedRegex(@"^\s*" + Number + @"\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberOnly();

    /// <summary>An issue number closing a name, after a space or opening with a bracket, 第 or #.</summary>
    [GeneratedRegex(@"(?:(?<=\s)|(?=[(（\[【第#]))" + Number + @"\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberSuffix();
}
