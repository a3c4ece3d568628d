using Weekly.Domain;

namespace Weekly.Content;

/// <summary>Dates as the newsroom sees them: in the site's time zone (<see cref="SiteSettings.TimeZone"/>), never the machine's.</summary>
public static class SiteTime
{
    /// <summary>The site's time zone; UTC when it is unknown (the settings loader reports that, WK0005, and the build stops).</summary>
    public static TimeZoneInfo Zone(SiteSettings settings)
    {
        try
        {
            return settings.ResolveTimeZone();
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }

    /// <summary>Today's date in the site's time zone.</summary>
    /// <param name="clock">The clock: <see cref="TimeProvider.System"/> in the commands, a fixed one in tests.</param>
    /// <param name="settings">The site's settings.</param>
    public static DateOnly Today(TimeProvider clock, SiteSettings settings) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone(settings)).DateTime);
}
