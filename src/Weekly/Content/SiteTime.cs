using Weekly.Domain;

namespace Weekly.Content;

/// <summary>Dates as the newsroom sees them: in the site's time zone (<see cref="SiteSettings.TimeZone"/>), never the machine's.</summary>
public static class SiteTime
{
    /// <summary>Today's date in the site's time zone (UTC when the zone is unknown: the settings loader reports that, WK0005).</summary>
    /// <param name="clock">The clock: <see cref="TimeProvider.System"/> in the commands, a fixed one in tests.</param>
    /// <param name="settings">The site's settings.</param>
    public static DateOnly Today(TimeProvider clock, SiteSettings settings)
    {
        TimeZoneInfo zone;
        try
        {
            zone = settings.ResolveTimeZone();
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            zone = TimeZoneInfo.Utc;
        }
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
    }
}
