using System.Globalization;

namespace Weekly.Text;

/// <summary>
/// ISO 8601 calendar dates (<c>2020-01-06</c>), the one way a date is written as text for machines: pages'
/// <c>&lt;time datetime&gt;</c> (<c>Rendering.DateFormats.Iso</c>), the sitemap's <c>lastmod</c>, new seeds' names and front
/// matter. Invariant culture, literal hyphens, so the text is the same on every machine.
/// </summary>
public static class IsoDates
{
    /// <summary><paramref name="date"/> as <c>yyyy-MM-dd</c>.</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);
}
