using System.Globalization;
using Weekly.Domain;

namespace Weekly.Feeds;

/// <summary>
/// Feed dates: which instant an item carries and how each format writes it. Always in the site's
/// time zone (<see cref="SiteSettings.TimeZone"/>), never the machine's, always with the invariant culture.
/// </summary>
public static class FeedDates
{
    /// <summary>
    /// An issue's publication instant in <paramref name="zone"/>: <see cref="Issue.PublishedAt"/> when set,
    /// else midnight of <see cref="Issue.Date"/> in <paramref name="zone"/>. Truncated to whole seconds
    /// (RFC 822 has no fractions, and every format must show the same instant).
    /// </summary>
    public static DateTimeOffset PublicationInstant(Issue issue, TimeZoneInfo zone)
    {
        var instant = issue.PublishedAt is { } at ? TimeZoneInfo.ConvertTime(at, zone) : MidnightIn(issue.Date, zone);
        return instant.AddTicks(-(instant.Ticks % TimeSpan.TicksPerSecond));
    }

    /// <summary>
    /// Midnight at the start of <paramref name="date"/> in <paramref name="zone"/>. When midnight does not
    /// exist there (a daylight-saving gap), gives the instant the standard offset names, shown in the
    /// zone's then-current offset; when it is ambiguous, the standard offset is used.
    /// </summary>
    public static DateTimeOffset MidnightIn(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        var offset = zone.GetUtcOffset(local);
        return TimeZoneInfo.ConvertTime(new DateTimeOffset(local, offset), zone);
    }

    /// <summary>
    /// RFC 822 date-time as RSS 2.0 requires (with a four-digit year, per RFC 1123, and a numeric zone):
    /// <c>Mon, 06 Jan 2020 00:00:00 +0800</c>. Invariant culture (English day and month names).
    /// </summary>
    public static string ToRfc822(DateTimeOffset value) =>
        value.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + Offset(value.Offset, separator: "");

    /// <summary>RFC 3339 date-time, as Atom 1.0 and JSON Feed 1.1 require: <c>2020-01-06T00:00:00+08:00</c>.</summary>
    public static string ToRfc3339(DateTimeOffset value) =>
        value.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss", CultureInfo.InvariantCulture) + Offset(value.Offset, separator: ":");

    private static string Offset(TimeSpan offset, string separator)
    {
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{abs.Hours:00}{separator}{abs.Minutes:00}");
    }
}
