using System.Globalization;
using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Domain;

namespace Weekly.Seeds;

/// <summary>
/// Applies front matter story overrides (<c>stories:</c>) to an issue's stories: each entry selects
/// its story by 1-based ordinal or by the start of its headline (ordinal comparison ignoring case; the
/// first matching story). An entry matching no story is a warning (WK0116); a second entry for the
/// same story is a warning and ignored (WK0117).
/// </summary>
internal static class StoryOverrides
{
    /// <summary>Returns <paramref name="stories"/> with <see cref="Story.Override"/> set where an entry matches.</summary>
    public static List<Story> Apply(List<Story> stories, IReadOnlyList<StoryOverrideEntry> entries, string path, DiagnosticBag diagnostics)
    {
        var result = new List<Story>(stories);
        foreach (var entry in entries)
        {
            var index = Find(result, entry);
            if (index < 0)
            {
                var selector = entry.Ordinal is { } n
                    ? string.Create(CultureInfo.InvariantCulture, $"story {n}")
                    : $"headline \"{entry.HeadlineStartsWith}\"";
                diagnostics.Report(Codes.OverrideUnmatched, path, entry.Override.Line, 1, selector, result.Count);
                continue;
            }

            if (result[index].Override is { } earlier)
            {
                diagnostics.Report(Codes.OverrideDuplicate, path, entry.Override.Line, 1, index + 1, earlier.Line);
                continue;
            }

            result[index] = result[index] with { Override = entry.Override };
        }

        return result;
    }

    private static int Find(List<Story> stories, StoryOverrideEntry entry)
    {
        if (entry.Ordinal is { } ordinal) return ordinal >= 1 && ordinal <= stories.Count ? ordinal - 1 : -1;
        var start = entry.HeadlineStartsWith?.Trim() ?? "";
        if (start.Length == 0) return -1;
        return stories.FindIndex(s => s.Headline.StartsWith(start, StringComparison.OrdinalIgnoreCase));
    }
}
