using System.Globalization;

namespace Weekly.Feeds;

/// <summary>
/// How each feed format writes an instant (an issue's is <c>Content.PublicationDates</c>'s, in the site's time zone),
/// always with the invariant culture.
/// </summary>
public static class FeedDates
{
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
