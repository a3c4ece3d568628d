using Weekly.Domain;

namespace Weekly.Content;

/// <summary>
/// An issue's one publication instant (<see cref="Issue.Published"/>): what its page, JSON-LD, sitemap, feeds and every
/// list show and order by, always in the site's time zone (<see cref="SiteSettings.TimeZone"/>), never the machine's.
/// </summary>
public static class PublicationDates
{
    /// <summary>
    /// The issue with <see cref="Issue.Published"/> set (<see cref="Instant"/>) and <see cref="Issue.Date"/> made the date
    /// of that instant in <paramref name="zone"/>: <c>2020-01-06T23:30:00-08:00</c> is 7 January 2020 in Asia/Shanghai.
    /// </summary>
    public static Issue Apply(Issue issue, TimeZoneInfo zone)
    {
        var instant = Instant(issue, zone);
        return issue with { Published = instant, Date = DateOnly.FromDateTime(instant.DateTime) };
    }

    /// <summary>
    /// <see cref="Issue.Published"/> when set, else <see cref="Issue.PublishedAt"/> in <paramref name="zone"/>, else midnight
    /// at the start of <see cref="Issue.Date"/> there. Whole seconds (RFC 822 has no fractions, and every format must show
    /// the same instant).
    /// </summary>
    public static DateTimeOffset Instant(Issue issue, TimeZoneInfo zone)
    {
        if (issue.Published is { } published) return published;
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
}
