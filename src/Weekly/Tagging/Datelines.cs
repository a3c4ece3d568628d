using System.Text.RegularExpressions;

namespace Weekly.Tagging;

/// <summary>
/// A wire dateline at the start of a story's body: "Xinhua News Agency, Beijing, March 5 --", "Beijing, December 1st
/// (Xinhua) --", "BEIJING, March 5 (Reporter Wang Li) --". It names where the reporter filed from, not what the story is
/// about, so <see cref="RegionTagger"/> reads its places as context only.
/// </summary>
internal static partial class Datelines
{
    [GeneratedRegex(
        @"^(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s+(?:News\s+Agency|News|Daily|Net|Times|Agency)\s*[,，]\s*)?" +
        @"[A-Z][\w' ]{1,40}[,，]\s*" +
        @"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)" +
        @"\s*(?:\([^)]{0,60}\)\s*)?(?:--|—|–|-(?=\s))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Dateline();

    /// <summary>Length of the dateline that <paramref name="paragraph"/> starts with (UTF-16 units), or 0 when it has none.</summary>
    public static int Length(string paragraph) => Dateline().Match(paragraph) is { Success: true } m ? m.Length : 0;
}
