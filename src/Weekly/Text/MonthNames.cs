namespace Weekly.Text;

/// <summary>
/// The English month names, once, for the dates stories write (<c>Seeds/EventDates</c>, <c>Seeds/MisspeltMonths</c>,
/// <c>Seeds/LineShape</c>) and the abbreviations that end no sentence (<see cref="Sentences"/>); here, not in Seeds, because
/// <see cref="Sentences"/> (Text) needs them and Text uses no other namespace.
/// </summary>
internal static class MonthNames
{
    /// <summary>The full names, January first (a month's number is its index + 1).</summary>
    public static readonly IReadOnlyList<string> Full =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>
    /// <see cref="Full"/> as a regex alternation (no captures), lower case for <c>RegexOptions.IgnoreCase</c> or <c>(?i:…)</c>:
    /// each full name or its first three letters ("Sept" too, "Jun", "Jul"), without the abbreviation's dot.
    /// </summary>
    public const string Pattern =
        "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    /// <summary>1–12 for a month's name or any word starting with its first three letters (any case), else 0.</summary>
    public static int Number(ReadOnlySpan<char> name)
    {
        if (name.Length < 3) return 0;
        for (var i = 0; i < Full.Count; i++)
        {
            if (name[..3].Equals(Full[i].AsSpan(0, 3), StringComparison.OrdinalIgnoreCase)) return i + 1;
        }

        return 0;
    }

    /// <summary>True for a month's short name written with a dot ("Jan", "Sept", any case); "May" is its full name.</summary>
    public static bool IsShortName(ReadOnlySpan<char> word) =>
        (word.Length == 3 || word.Equals("sept", StringComparison.OrdinalIgnoreCase)) && Number(word) > 0
        && !word.Equals("may", StringComparison.OrdinalIgnoreCase);
}
