using System.Text.RegularExpressions;
using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Domain;
using Weekly.Text;

namespace Weekly.Seeds;

/// <summary>
/// A story left undated because its date's month is misspelt ("On Janaury 10, ..."): warning WK0210 with the month
/// meant. Looked for only where <see cref="EventDates"/> found no date, in the same first sentence, as
/// <c>On &lt;word&gt; &lt;day&gt;,</c> with a capitalised word of four letters or more one edit from a month's full name
/// (Levenshtein by Quickenshtein, a swap of two neighbouring letters counting as one edit, as git's suggestions do).
/// </summary>
internal static partial class MisspeltMonths
{
    /// <summary>"On Janaury 10," and the forms a date takes there: "10th and 11th,", "10-11,", "10, 2021", "10 (local time)".</summary>
    [GeneratedRegex(@"\bOn\s+(?<word>[A-Z][A-Za-z]{3,})\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?" + EventDates.DayRange + @"\s*(?:[,，(（]|(?:19|20)\d{2}\b)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex OnWordDay();

    /// <summary>Reports WK0210 at the misspelt word of <paramref name="paragraph"/>, the first paragraph of a story with no date.</summary>
    public static void Check(Paragraph paragraph, string path, DiagnosticBag diagnostics)
    {
        var text = paragraph.Text;
        var match = OnWordDay().Match(text, 0, EventDates.LeadEnd(text));
        if (!match.Success) return;
        var word = match.Groups["word"].Value;
        if (Closest(word) is { } month)
        {
            diagnostics.Report(Codes.MisspeltMonth, path, paragraph.Line, match.Groups["word"].Index + 1, word, month);
        }
    }

    /// <summary>The month <paramref name="word"/> is one edit from (not equal to, any case), or null.</summary>
    internal static string? Closest(string word) =>
        MonthNames.Full.FirstOrDefault(m => !m.Equals(word, StringComparison.OrdinalIgnoreCase) && word.Length >= 4
            && Similarity.Edits(word.ToLowerInvariant(), m.ToLowerInvariant()) <= 1);
}
