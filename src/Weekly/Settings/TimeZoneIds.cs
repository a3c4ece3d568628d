using Weekly.Text;

namespace Weekly.Settings;

/// <summary>
/// "Did you mean" for a mistyped <c>time_zone</c>: the closest id (by <see cref="Similarity"/>, ignoring case) among the
/// zones this machine's runtime knows (<see cref="TimeZoneInfo.GetSystemTimeZones()"/>: the IANA ids of the system's tz
/// database on Linux and macOS). Deterministic for one zone list: ties go to the ordinally first id.
/// </summary>
internal static class TimeZoneIds
{
    /// <summary>
    /// The known zone id closest to <paramref name="id"/>, or null when none is close: at most 3 edits per 10 characters of
    /// the longer id, a similarity of 0.7 (<c>Asia/Shangai</c> → <c>Asia/Shanghai</c> is 1 edit in 13).
    /// </summary>
    public static string? Closest(string id) =>
        Similarity.Closest(TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Order(StringComparer.Ordinal),
            known => known.ToUpperInvariant(), id.Trim().ToUpperInvariant(), longer => longer * 3 / 10);
}
