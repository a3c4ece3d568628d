using System.Globalization;
using System.Text.RegularExpressions;
using Weekly.Text;

namespace Weekly.Seeds;

/// <summary>A date as a story writes it: month and day, with the year only when the text gives one; or a day alone
/// ("On the 8th", Chinese news's 8日), whose month comes from the issue (<see cref="IssueDates"/>).</summary>
/// <param name="Month">1–12, or 0 for a day alone.</param>
/// <param name="Day">1–31 (valid for the month in a leap year).</param>
/// <param name="Year">The year written next to the date ("December 31, 2019"), or null.</param>
/// <param name="Back">A year or month the text counts back from the issue ("December 31 last year", "the 31st of last month").</param>
/// <param name="Ahead">True when the sentence announces the date ("will be held on March 9"): an event still ahead of the
/// news, which gives the story its date but never dates the issue (<see cref="IssueDates"/>).</param>
internal readonly record struct MonthDay(int Month, int Day, int? Year, DateBack Back = DateBack.None, bool Ahead = false)
{
    /// <summary>The date in <paramref name="year"/>, or null when it does not exist (February 29 in a common year).</summary>
    public DateOnly? In(int year) => Month == 0 ? null : In(year, Month);

    /// <summary>This day in <paramref name="month"/> of <paramref name="year"/>, or null when that month has no such day.</summary>
    public DateOnly? In(int year, int month) =>
        year is >= 1 and <= 9999 && Day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, Day) : null;

    /// <summary>True for a day written without its month ("On the 8th").</summary>
    public bool IsDayOnly => Month == 0;

    /// <inheritdoc/>
    public override string ToString() => (IsDayOnly ? string.Create(CultureInfo.InvariantCulture, $"---{Day:D2}")
        : Year is { } y
        ? string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{Month:D2}-{Day:D2}")
        : string.Create(CultureInfo.InvariantCulture, $"--{Month:D2}-{Day:D2}")) + Back switch
        {
            DateBack.LastYear => " last year",
            DateBack.LastMonth => " last month",
            _ => "",
        };
}

/// <summary>What a date counts back from the issue's date instead of naming it.</summary>
internal enum DateBack
{
    /// <summary>Nothing: the year (or month) comes from the issue by <see cref="IssueDates"/>'s rules.</summary>
    None,

    /// <summary>"December 31 last year": the year before the issue's.</summary>
    LastYear,

    /// <summary>"The 31st of last month": the month before the issue's.</summary>
    LastMonth,
}

/// <summary>
/// Finds the event date a story reports, in English dates as the newsletter writes them: "On January 4-5"
/// (a range gives its first day), "On December 31, 2019", "January 2nd", "from January 2nd", "on January 1,
/// 2020" mid-sentence, a bare leading "August 7: ...", abbreviated months ("Jan. 4", "Sept 3"), the day first
/// ("On 2 January", "the 2nd of January 2020"), a range across months ("Jan. 4-Feb. 2"; "December 30 to January 2, 2021" is
/// 2020-12-30), "December 31 last year", a day alone after a preposition ("On the 8th,", "on the morning of the 3rd,", "from
/// the 25th to 26th,", "on the 31st of last month,": machine translation's rendering of 8日, which names no month), dates left
/// in Chinese ("2021年1月4日", "1月4日", "8日，") and numeric dates year first ("2021-01-04", "2021/1/4"). Only the
/// body's first sentence is searched (and the second when the first is a short lead-in under
/// <see cref="ShortLeadIn"/> characters), so a date named later ("in May last year") is not the event date.
/// "A few days ago" and undated text give none.
/// </summary>
internal static partial class EventDates
{
    /// <summary>The words and marks that join a range's first day to its end ("4-5", "the 25th to 26th", "3 through 5"), with the spaces around them.</summary>
    private const string RangeJoin = @"\s*(?:-|–|—|~|to|and|through|until)\s*";

    /// <summary>A range's end day after its first ("-5", " to 26th", " and 11th"), optional: the one pattern for ranges within a month.</summary>
    internal const string DayRange = @"(?:" + RangeJoin + @"\d{1,2}(?:st|nd|rd|th)?)?";

    /// <summary>A first sentence shorter than this also brings in the second sentence.</summary>
    private const int ShortLeadIn = 40;

    /// <summary>Longest stretch of a paragraph searched for the first sentence.</summary>
    private const int MaxSearch = 600;

    /// <summary>A range's end after its first day ("-5", " to 26th", "–Feb. 2"), which adds nothing but must not be read as a year.</summary>
    private const string RangeEnd = @"(?:" + RangeJoin + @"(?:(?<endmonth>" + MonthNames.Pattern + @")\.?\s+)?\d{1,2}(?:st|nd|rd|th)?(?!\d))?";

    /// <summary>A year after the date ("…, 2020", "2020") or "last year" ("December 31 last year", "… of last year").</summary>
    private const string YearAfter = @"(?:\s*[,，]?\s*(?<year>(?:19|20)\d{2})(?!\d)|\s+(?:of\s+)?(?<lastyear>last\s+year)\b)?";

    /// <summary>A month and day, an optional range end and an optional year (source-generated, see <see cref="LineShape"/>).</summary>
    [GeneratedRegex(
        @"\b(?<month>" + MonthNames.Pattern + @")\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?!\d)" + RangeEnd + YearAfter,
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Date();

    /// <summary>The day first, then a capitalised month ("2 January", "2nd of January, 2020"; capitalised so that "3 may" is no date).</summary>
    [GeneratedRegex(
        @"\b(?<day>\d{1,2})(?:st|nd|rd|th)?" + DayRange + @"\s+(?:of\s+)?(?=\p{Lu})(?<month>(?i:" + MonthNames.Pattern + @"))\.?(?![a-z])" +
        YearAfter,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DayMonth();

    /// <summary>
    /// A day alone, with its ordinal suffix, after on/from/since/as of ("On the 8th", "from the 25th to 26th") or a time of day
    /// ("in the early morning of the 1st", "on the evening of the 3rd"), then optionally "of this month" / "of last month", and
    /// then a comma, a bracket ("(local time)"), "local time", "Beijing time" or the end: an ordinal followed by a word is no
    /// date ("since the 18th National Congress", "on the 5th floor").
    /// </summary>
    [GeneratedRegex(
        @"\b(?:(?:on|from|since|as\s+of)\s+(?:the\s+)?|(?:on|in)\s+the\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night|noon)\s+of\s+(?:the\s+)?)" +
        @"(?<day>\d{1,2})(?:st|nd|rd|th)" + DayRange + @"(?:\s+of\s+(?:this|(?<lastmonth>last))\s+month)?(?=\s*(?:[,，;；:：(（]|(?:local|beijing)\s+time\b|$))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex DayAlone();

    /// <summary>
    /// A date in Chinese ("2021年1月4日", "1月4日", "去年12月31日", a range "1月4日-5日" or "1月4日至5日"; 号 for 日); a year and
    /// month alone ("2021年1月") names no day and is no date, as "January 2021" is not.
    /// </summary>
    [GeneratedRegex(
        @"(?<![\d.])(?:(?<year>(?:19|20)\d{2})\s*年\s*|(?<lastyear>去年))?(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*[日号]",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ChineseDate();

    /// <summary>A day alone in Chinese ("8日，", "8日上午"), not after a month or a year (those are <see cref="ChineseDate"/>).</summary>
    [GeneratedRegex(
        @"(?<![\d年月./-])(?<day>\d{1,2})\s*[日号](?=\s*(?:[,，;；:：(（]|上午|下午|晚|早|凌晨|$))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ChineseDay();

    /// <summary>
    /// A numeric date, year first: ISO 8601 "2021-01-04", "2021/1/4", "2021.1.4" (one separator used twice); not a year and
    /// month alone ("2021-01"), nor part of a longer number or version.
    /// </summary>
    [GeneratedRegex(
        @"(?<![\d.\-/])(?<year>(?:19|20)\d{2})(?<s>[-/.])(?<month>\d{1,2})\k<s>(?<day>\d{1,2})(?!\d|[-/.]\d)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NumericDate();

    /// <summary>The first date in the first sentence(s) of <paramref name="firstParagraph"/>, or null.</summary>
    public static MonthDay? Find(string firstParagraph)
    {
        var window = DecimalDigits.ToAscii(firstParagraph);
        var end = LeadEnd(window);
        (int At, MonthDay Date)? first = null;
        foreach (var pattern in (ReadOnlySpan<Regex>)[Date(), DayMonth(), DayAlone(), ChineseDate(), ChineseDay(), NumericDate()])
        {
            for (var match = pattern.Match(window, 0, end); match.Success; match = match.NextMatch())
            {
                if (first is { } f && match.Index >= f.At) break;
                if (Read(match) is not { } found) continue;
                first = (match.Index, found with { Ahead = Announcing().IsMatch(window.AsSpan(Math.Max(0, match.Index - AnnouncingSpan), Math.Min(match.Index, AnnouncingSpan))) });
                break;
            }
        }

        return first?.Date;
    }

    /// <summary>How many characters before a date <see cref="Announcing"/> looks at.</summary>
    private const int AnnouncingSpan = 60;

    /// <summary>Words that put the date after them ahead of the news, in the same clause: "will be held on", "to be held from",
    /// "is scheduled for", "is set to open on", "is expected to".</summary>
    [GeneratedRegex(@"\b(?:will|shall|to\s+be\s+(?:held|launched|opened|released)|(?:is|are)\s+(?:scheduled|set|expected|planned)\s+(?:to|for)|upcoming)\b[^.;!?。；]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Announcing();

    /// <summary>
    /// The year an issue names elsewhere when no story's first sentence does, as an editor would look for it: among the dates
    /// written with a year anywhere in <paramref name="texts"/> (the intro, every paragraph), the latest of the year written most
    /// often (on a tie, the later year), so one deadline ("until June 30, 2025") or one old event does not outvote the week's.
    /// Null when no text writes a date with its year.
    /// </summary>
    public static DateOnly? WrittenElsewhere(IEnumerable<string> texts)
    {
        var latestOfYear = new Dictionary<int, (int Count, DateOnly Latest)>();
        foreach (var text in texts.Select(DecimalDigits.ToAscii))
        {
            foreach (var pattern in (ReadOnlySpan<Regex>)[Date(), DayMonth(), ChineseDate(), NumericDate()])
            {
                for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
                {
                    if (Read(match) is not { Year: { } year } found || found.In(year) is not { } date) continue;
                    latestOfYear[year] = latestOfYear.TryGetValue(year, out var seen) ? (seen.Count + 1, date > seen.Latest ? date : seen.Latest) : (1, date);
                }
            }
        }

        return latestOfYear.Count == 0 ? null
            : latestOfYear.OrderByDescending(y => y.Value.Count).ThenByDescending(y => y.Key).First().Value.Latest;
    }

    /// <summary>
    /// The date <paramref name="text"/> is, whole (a title line's segment: <c>2020.09.14</c>, <c>March 8, 2021</c>, <c>8 March 2021</c>,
    /// <c>2021年3月8日</c>, <c>(2021-03-08)</c>, full-width <c>２０２０．０９．１４</c>), or null when it is anything more or less than one date.
    /// </summary>
    public static MonthDay? Whole(string text)
    {
        var trimmed = DecimalDigits.ToAscii(text).Replace('．', '.').Replace('－', '-').Replace('／', '/').Replace('，', ',')
            .Trim().TrimStart('(', '（').TrimEnd(')', '）').Trim();
        if (trimmed.Length == 0) return null;
        foreach (var pattern in (ReadOnlySpan<Regex>)[Date(), DayMonth(), ChineseDate(), NumericDate()])
        {
            if (pattern.Match(trimmed) is { Success: true, Index: 0 } match && match.Length == trimmed.Length) return Read(match);
        }

        return null;
    }

    /// <summary>The date a match names, or null when it names none (February 30, a day 0 or 32, a month 13).</summary>
    private static MonthDay? Read(Match match)
    {
        var month = match.Groups["month"] is { Success: true } m ? MonthNumber(m.Value) : 0;
        if (month < 0) return null;
        if (DecimalDigits.Value(match.Groups["day"].ValueSpan) is not { } day) return null;
        if (day < 1 || day > (month == 0 ? 31 : DateTime.DaysInMonth(2000, month))) return null;
        int? year = match.Groups["year"].Success ? DecimalDigits.Value(match.Groups["year"].ValueSpan) : null;
        if (match.Groups["year"].Success && year is null) return null;

        // "December 30 to January 2, 2021": the year belongs to the range's end, so its first day is a year earlier.
        if (year is not null && match.Groups["endmonth"] is { Success: true } end && MonthNumber(end.Value) is var endMonth && endMonth > 0 && endMonth < month) year--;
        var back = match.Groups["lastyear"].Success ? DateBack.LastYear : match.Groups["lastmonth"].Success ? DateBack.LastMonth : DateBack.None;
        var found = new MonthDay(month, day, year, back);
        return year is { } y && found.In(y) is null ? null : found;
    }

    /// <summary>
    /// Index just past the text searched for a story's date in <paramref name="firstParagraph"/>: its first sentence
    /// (<see cref="Sentences"/>), and the second when the first is shorter than <see cref="ShortLeadIn"/>, within its first
    /// <see cref="MaxSearch"/> characters.
    /// </summary>
    internal static int LeadEnd(string firstParagraph)
    {
        var window = firstParagraph.AsSpan(0, Math.Min(firstParagraph.Length, MaxSearch));
        var end = Sentences.FirstEnd(window);
        return end < ShortLeadIn ? Sentences.End(window, end) : end;
    }

    /// <summary>1–12 for a month name or its abbreviation (any case) or for its number ("1", "01", full-width "３", see
    /// <see cref="DecimalDigits"/>); -1 for a number that is no month.</summary>
    private static int MonthNumber(string name) =>
        char.IsDigit(name[0]) ? DecimalDigits.Value(name) is var n && n is >= 1 and <= 12 ? n.Value : -1
        : MonthNames.Number(name);
}
