using System.Text.RegularExpressions;
using Weekly.Core;
using Weekly.Diagnostics;

namespace Weekly.Seeds;

/// <summary>
/// The issue's date and the years of its story dates. The issue date is front matter <c>date</c>, else the file name's
/// date prefix (<see cref="FromFileName"/>), else it comes from the stories: the last date of the longest run of story dates
/// with no gap over <see cref="RunGap"/> days (<see cref="RunEnd"/>; dates without a year placed nearest the latest date
/// written with one), moved on to the latest story date at most <see cref="DaysAfterRun"/> days after it. A story date without a year takes the
/// year that puts it on or before the issue date, or a few days after it (<see cref="DaysAfterGiven"/> after a given date,
/// <see cref="DaysAfterRun"/> after the run's end: an event announced for the coming days), so "On February 7" in a
/// December issue is that February, not the next. A day alone ("On the 8th") takes the nearest month under the same limit
/// (<see cref="DayNear"/>); "last year" and "of last month" count back from the issue date. When no story date names its
/// year, a date written with one elsewhere in the seed stands in (<see cref="EventDates.WrittenElsewhere"/>). The clock is
/// never used. A date a story announces ("will be held on March 9", <see cref="MonthDay.Ahead"/>) dates that story, not the
/// issue. When nothing names a year the issue has no date and an error (WK0301)
/// asks for front matter <c>date</c>.
/// </summary>
internal static partial class IssueDates
{
    /// <summary>
    /// A date prefix read from a file name: year, two-digit month and day joined by one separator (<c>-</c>, <c>_</c>,
    /// <c>.</c> or a space) used twice, or written together (<c>20200113</c>); then a separator or the end of the name.
    /// </summary>
    [GeneratedRegex(@"^(?<y>\d{4})(?:(?<s>[-_. ])(?<m>\d{2})\k<s>(?<d>\d{2})|(?<m>\d{2})(?<d>\d{2}))(?=[-_. ]|$)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex FileNamePrefix();

    /// <summary>A name that starts like a date: digit groups joined by the separators people use (not read unless <see cref="FileNamePrefix"/> matches).</summary>
    [GeneratedRegex(@"^(?<date>\d{1,4}[-_. ]\d{1,2}[-_. ]\d{1,4}|\d{8})(?<next>.?)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DateLike();

    /// <summary>
    /// The date in the file name's prefix (file name only, not folders; see <see cref="FileNamePrefix"/>: <c>2020-01-13 Big
    /// News.txt</c>, <c>2020_01_13-x.txt</c>, <c>2020.01.13 x.txt</c>, <c>20200113-x.txt</c>), or null. A prefix of that
    /// form that is no date (<c>2020-02-30</c>) is WK0303; one that looks like a date in another form (<c>13-01-2020</c>,
    /// <c>2020-1-13</c>, <c>2020-01-13x</c>) is WK0306, saying why it was not read.
    /// </summary>
    public static DateOnly? FromFileName(string relativePath, DiagnosticBag diagnostics)
    {
        var file = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        var name = DecimalDigits.ToAscii(file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? file[..^4] : file);
        var match = FileNamePrefix().Match(name);
        if (match.Success)
        {
            var (y, m, d) = (Number(match.Groups["y"].ValueSpan), Number(match.Groups["m"].ValueSpan), Number(match.Groups["d"].ValueSpan));
            if (y >= 1 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)) return new DateOnly(y, m, d);
            diagnostics.Report(Codes.BadFileNameDate, relativePath, 0, 0, match.Value);
            return null;
        }

        if (DateLike().Match(name) is { Success: true } like)
        {
            diagnostics.Report(Codes.UnreadFileNameDate, relativePath, 0, 0, like.Groups["date"].Value, WhyNotRead(like.Groups["date"].Value, like.Groups["next"].Value));
        }

        return null;
    }

    /// <summary>Why a date-like prefix is not read, for WK0306.</summary>
    private static string WhyNotRead(string date, string next)
    {
        var parts = date.Split('-', '_', '.', ' ');
        if (parts.Length == 1 || (parts[0].Length == 4 && parts[1].Length == 2 && parts[2].Length == 2))
        {
            return parts.Length == 3 && (date[4] != date[7])
                ? "its separators differ"
                : $"it is followed by '{next}', not by -, _, . or a space";
        }

        if (parts[0].Length != 4) return parts[^1].Length == 4 ? "the year comes last (write the year first)" : "it does not start with a four-digit year";
        var month = Digits("month", parts[1], "01 for January");
        var day = Digits("day", parts[2], "05 for the 5th");
        return month is not null && day is not null ? $"{month} and {day}" : month ?? day ?? "its parts are not year, month and day";
    }

    /// <summary>What is wrong with a month's or a day's digits (<c>the day has 3 digits, not 2</c>), or null when there are two.</summary>
    private static string? Digits(string part, string digits, string example) => digits.Length switch
    {
        2 => null,
        1 => $"the {part} needs two digits ({example})",
        _ => $"the {part} has {digits.Length} digits, not 2",
    };

    /// <summary>The digits' value (full-width ones too, see <see cref="DecimalDigits"/>); -1 when none, so the date is reported, not read.</summary>
    private static int Number(ReadOnlySpan<char> digits) => DecimalDigits.Value(digits) ?? -1;

    /// <summary>
    /// Resolves the story dates (<paramref name="found"/>, one per story, null when a story has no date)
    /// and the issue date. <paramref name="given"/> is the front matter or file name date, or null.
    /// Returns a null issue date (after reporting WK0301 or WK0302) when nothing gives one; with <paramref name="badDateGiven"/>
    /// (front matter has a <c>date</c> that is no date, already an error) nothing more is reported. <paramref name="elsewhere"/>
    /// gives the year when no story date names one (<see cref="EventDates.WrittenElsewhere"/>), called only then.
    /// </summary>
    public static (DateOnly? Issue, DateOnly?[] Stories) Resolve(string path, DateOnly? given, IReadOnlyList<MonthDay?> found, DiagnosticBag diagnostics, bool badDateGiven = false, Func<DateOnly?>? elsewhere = null)
    {
        var stories = new DateOnly?[found.Count];
        DateOnly? written = null;
        foreach (var date in found)
        {
            if (date is { Year: { } year, Ahead: false } d && d.In(year) is { } full && (written is null || full > written)) written = full;
        }

        // Only announced dates name their year ("will be held on March 20, 2021"): the earliest still gives the year.
        written ??= found.Where(d => d is { Year: not null, Ahead: true }).Select(d => d!.Value.In(d.Value.Year!.Value)).Min();

        if (given is null && written is null && found.Any(d => d is not null)) written = elsewhere?.Invoke();

        if (given is null && written is null)
        {
            if (badDateGiven)
            {
                // The front matter date was given, but bad (WK0305): "no year" here would send the editor the wrong way.
            }
            else if (found.Any(d => d is not null))
            {
                diagnostics.Report(Codes.NoYear, path, 0, 0, path);
            }
            else
            {
                diagnostics.Report(Codes.NoDate, path, 0, 0, path);
            }

            return (null, stories);
        }

        var (reference, after) = given is { } g ? (g, DaysAfterGiven) : (RunEnd(found, written!.Value), DaysAfterRun);
        var limit = reference.AddDays(after);
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i] is not { } date) continue;
            stories[i] = date switch
            {
                { Back: DateBack.LastMonth } => date.In(reference.AddMonths(-1).Year, reference.AddMonths(-1).Month),
                { IsDayOnly: true } => DayNear(date, reference, after),
                { Year: { } year } => date.In(year),
                { Back: DateBack.LastYear } => date.In(reference.Year - 1),
                _ => OnOrBefore(date, limit),
            };
        }

        if (given is not null) return (given, stories);
        var issue = reference;
        for (var i = 0; i < stories.Length; i++)
        {
            if (stories[i] is { } date && !found[i]!.Value.Ahead && date > issue && date <= limit) issue = date;
        }

        return (issue, stories);
    }

    /// <summary>How many days after a given issue date a story date without its year or month may fall (an event announced for
    /// the coming days; a front matter date in another time zone than the news).</summary>
    internal const int DaysAfterGiven = 3;

    /// <summary>How many days after the end of the issue's run (<see cref="RunEnd"/>) a story date may fall when no date is given.</summary>
    internal const int DaysAfterRun = 7;

    /// <summary>Most days between two story dates of one run (<see cref="RunEnd"/>): two weeks, so a month's review whose
    /// stories are a week or two apart is one run, while an event months before the issue stays out of it.</summary>
    internal const int RunGap = 14;

    /// <summary>
    /// The last date of the issue's run of story dates when no date is given: each date without a year is placed in the year nearest
    /// <paramref name="written"/> (the latest date written with its year); sorted, the dates fall into runs, a new run starting
    /// after a gap of more than <see cref="RunGap"/> days; the issue's run is the one with the most dates (on a tie, the one
    /// holding <paramref name="written"/>, then the one ending nearest it, then the later), and its last date is returned. So a
    /// lone "On February 7" in a November issue is an old event, not the issue's date, and an issue of three weeks is one run
    /// (days alone and dates counted back, "last year", are left out).
    /// </summary>
    private static DateOnly RunEnd(IReadOnlyList<MonthDay?> found, DateOnly written)
    {
        var placed = new List<DateOnly>(found.Count);
        foreach (var date in found)
        {
            if (date is not { IsDayOnly: false, Back: DateBack.None, Ahead: false } d) continue;
            if ((d.Year is { } year ? d.In(year) : Closest(d, written)) is { } p) placed.Add(p);
        }

        placed.Sort();
        var best = (Count: 0, Holds: false, Distance: int.MaxValue, End: written);
        for (var start = 0; start < placed.Count;)
        {
            var end = start;
            while (end + 1 < placed.Count && placed[end + 1].DayNumber - placed[end].DayNumber <= RunGap) end++;
            var run = (Count: end - start + 1, Holds: placed[start] <= written && written <= placed[end], Distance: Math.Abs(placed[end].DayNumber - written.DayNumber), End: placed[end]);
            if (run.Count > best.Count || (run.Count == best.Count && (run.Holds, -run.Distance, run.End).CompareTo((best.Holds, -best.Distance, best.End)) > 0)) best = run;
            start = end + 1;
        }

        return best.End;
    }

    /// <summary>
    /// A day alone ("On the 8th") as the date with that day closest to <paramref name="reference"/> (the given issue date, else
    /// the end of the issue's run, <see cref="RunEnd"/>), no more than <paramref name="after"/> days after it and within two months before it (ties go
    /// to the earlier); null when none (a 31st two short months back).
    /// </summary>
    internal static DateOnly? DayNear(MonthDay day, DateOnly reference, int after)
    {
        DateOnly? best = null;
        var bestDistance = int.MaxValue;
        var month = new DateOnly(reference.Year, reference.Month, 1);
        for (var step = -2; step <= 1; step++)
        {
            var first = month.AddMonths(step);
            if (day.In(first.Year, first.Month) is not { } candidate) continue;
            var distance = Math.Abs(candidate.DayNumber - reference.DayNumber);
            if (candidate.DayNumber - reference.DayNumber > after || distance >= bestDistance) continue;
            (best, bestDistance) = (candidate, distance);
        }

        return best;
    }

    /// <summary>The date in the year that puts it on or before <paramref name="issue"/>, within a year; null if none exists (February 29).</summary>
    internal static DateOnly? OnOrBefore(MonthDay date, DateOnly issue)
    {
        var same = date.In(issue.Year);
        if (same is { } s && s <= issue) return s;
        var before = date.In(issue.Year - 1);
        return before is { } b && b > issue.AddYears(-1) ? b : null;
    }

    /// <summary>The date in the year (anchor's, or one either side) that puts it closest to <paramref name="anchor"/>; ties go to the earlier.</summary>
    internal static DateOnly? Closest(MonthDay date, DateOnly anchor)
    {
        DateOnly? best = null;
        var bestDistance = int.MaxValue;
        for (var year = anchor.Year - 1; year <= anchor.Year + 1; year++)
        {
            if (date.In(year) is not { } candidate) continue;
            var distance = Math.Abs(candidate.DayNumber - anchor.DayNumber);
            if (distance < bestDistance) (best, bestDistance) = (candidate, distance);
        }

        return best;
    }
}
