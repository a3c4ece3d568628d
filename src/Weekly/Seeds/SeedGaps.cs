namespace Weekly.Seeds;

/// <summary>
/// The blank-line rules of <see cref="SeedStructure"/>: a seed's usual gap between paragraphs, and where a wider one sets off
/// a commentary. Counts are of blank lines (<see cref="SeedItem.BlanksBefore"/>).
/// </summary>
internal static class SeedGaps
{
    /// <summary>True when a paragraph of <c>items[start..end)</c> after the first is set off by more blank lines than <paramref name="baseline"/>.</summary>
    public static bool WideGapInside(List<SeedItem> items, int start, int end, int baseline)
    {
        for (var i = start + 1; i < end; i++)
        {
            if (items[i].BlanksBefore > baseline) return true;
        }

        return false;
    }

    /// <summary>
    /// True when the paragraphs right before <c>items[i]</c> are a commentary set off by a wider gap than usual, or opened by
    /// a label such as <c>Editor's comment:</c> (<see cref="LineShape.IsCommentaryLabel"/>): body-shaped paragraphs back to
    /// one that follows such a gap or holds such a label (a commentary of several paragraphs; at most <see cref="MaxCommentary"/>).
    /// </summary>
    public static bool AfterWideGapCommentary(List<SeedItem> items, int i, int baseline)
    {
        for (var j = i - 1; j >= 0 && j >= i - MaxCommentary; j--)
        {
            var label = LineShape.IsCommentaryLabel(items[j].Text);
            if (items[j].HeadlineShaped && !label) return false;
            if (label || items[j].BlanksBefore > baseline) return true;
        }

        return false;
    }

    /// <summary>The most paragraphs a commentary has when a heading after it is found by layout.</summary>
    private const int MaxCommentary = 8;

    /// <summary>The most common number of blank lines between paragraphs (ties: the smaller), at least 1.</summary>
    public static int Usual(List<SeedItem> items)
    {
        var counts = new Dictionary<int, int>();
        foreach (var item in items)
        {
            if (item.BlanksBefore > 0) counts[item.BlanksBefore] = counts.GetValueOrDefault(item.BlanksBefore) + 1;
        }

        return counts.Count == 0 ? 1 : counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).First().Key;
    }
}
