using System.Globalization;

namespace Weekly.Rendering.Markup;

/// <summary>
/// Date formats used on pages, always with <see cref="CultureInfo.InvariantCulture"/> (Gregorian
/// calendar, English month names) whatever the machine's culture. Registered in templates as
/// <c>date.iso</c> and <c>date.display</c>.
/// </summary>
public static class DateFormats
{
    /// <summary>ISO 8601 calendar date, <c>2020-01-06</c>, for <c>&lt;time datetime&gt;</c>.</summary>
    public static string Iso(DateOnly date) => Weekly.Text.IsoDates.Format(date);

    /// <summary>Display date, <c>6 January 2020</c> (day without leading zero, full English month name).</summary>
    public static string Display(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads a template value as a date: <see cref="DateOnly"/>, <see cref="DateTime"/> (its date part),
    /// <see cref="DateTimeOffset"/> (its local date part) or an ISO <c>yyyy-MM-dd</c> string; null otherwise.
    /// </summary>
    public static DateOnly? FromObject(object? value) => value switch
    {
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        DateTimeOffset dto => DateOnly.FromDateTime(dto.DateTime),
        string s when DateOnly.TryParseExact(s, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
        _ => null,
    };
}
