using Weekly.Text;

namespace Weekly.Settings;

/// <summary>
/// "Did you mean" for a mistyped <c>time_zone</c>: the closest id (by <see cref="Similarity"/>, ignoring case) among the
/// zones this machine's runtime knows (<see cref="TimeZoneInfo.GetSystemTimeZones()"/>: the IANA ids of the system's tz
/// database on Linux and macOS). Deterministic for one zone list: ties go to the ordinally first id.
/// </summary>
internal static class TimeZoneIds
{
    /// <summary>Smallest similarity for a suggestion (<c>Asia/Shangai</c> → <c>Asia/Shanghai</c> is 0.92).</summary>
    private const double MinSimilarity = 0.7;

    /// <summary>The known zone id closest to <paramref name="id"/>, or null when none is close.</summary>
    public static string? Closest(string id)
    {
        var wanted = id.Trim().ToUpperInvariant();
        string? best = null;
        var bestScore = 0.0;
        foreach (var known in TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Order(StringComparer.Ordinal))
        {
            var score = Similarity.Of(wanted, known.ToUpperInvariant());
            if (score >= MinSimilarity && (best is null || score > bestScore)) (best, bestScore) = (known, score);
        }

        return best;
    }
}
