using System.Globalization;
using System.Text.RegularExpressions;
using Weekly.Core;
using Weekly.Diagnostics;

namespace Weekly.Seeds;

/// <summary>
/// The issue's date and the years of its story dates. The issue date is front matter <c>date</c>, else
/// the file name's <c>YYYY-MM-DD-</c> prefix, else the latest story date. A story date without a year
/// takes it from that given date (the year that puts it on or before the issue date, within a year)
/// or, when no date is given, from the latest story date that names its year (the year that puts it
/// closest, so "December 31, 2019" and "January 2" give 2020-01-02). The clock is never used: when
/// nothing names a year the issue has no date and an error (WK0301) asks for front matter <c>date</c>.
/// </summary>
internal static partial class IssueDates
{
    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})-", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex FileNamePrefix();

    /// <summary>The date in the file name's <c>YYYY-MM-DD-</c> prefix (file name only, not folders), or null; an invalid one is a warning.</summary>
    public static DateOnly? FromFileName(string relativePath, DiagnosticBag diagnostics)
    {
        var name = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        var match = FileNamePrefix().Match(name);
        if (!match.Success) return null;
        if (DateOnly.TryParseExact(name.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        diagnostics.Report(Codes.BadFileNameDate, relativePath, 0, 0, name[..10]);
        return null;
    }

    /// <summary>
    /// Resolves the story dates (<paramref name="found"/>, one per story, null when a story has no date)
    /// and the issue date. <paramref name="given"/> is the front matter or file name date, or null.
    /// Returns a null issue date (after reporting WK0301 or WK0302) when nothing gives one.
    /// </summary>
    public static (DateOnly? Issue, DateOnly?[] Stories) Resolve(string path, DateOnly? given, IReadOnlyList<MonthDay?> found, DiagnosticBag diagnostics)
    {
        var stories = new DateOnly?[found.Count];
        DateOnly? anchor = given;
        if (anchor is null)
        {
            foreach (var date in found)
            {
                if (date is { Year: { } year } d && d.In(year) is { } full && (anchor is null || full > anchor)) anchor = full;
            }
        }

        if (anchor is null)
        {
            if (found.Any(d => d is not null))
            {
                diagnostics.Report(Codes.NoYear, path, 0, 0, path);
            }
            else
            {
                diagnostics.Report(Codes.NoDate, path, 0, 0, path);
            }

            return (null, stories);
        }

        for (var i = 0; i < found.Count; i++)
        {
            if (found[i] is not { } date) continue;
            stories[i] = date.Year is { } year ? date.In(year)
                : given is { } issue ? OnOrBefore(date, issue)
                : Closest(date, anchor.Value);
        }

        if (given is not null) return (given, stories);
        var latest = anchor.Value;
        foreach (var date in stories)
        {
            if (date > latest) latest = date.Value;
        }

        return (latest, stories);
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
