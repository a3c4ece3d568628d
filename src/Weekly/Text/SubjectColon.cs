namespace Weekly.Text;

/// <summary>
/// The colon that ends a <c>Subject: news</c> line's subject (<c>Shanghai: Blockchain pilot launched</c>), the one rule for
/// the seed parser's headline shapes (<c>Seeds/LineShape</c>) and the tagger's headline subject (<c>Tagging/RegionTagger</c>).
/// </summary>
public static class SubjectColon
{
    /// <summary>Index of the first ASCII or full-width colon (<c>:</c>, <c>：</c>) in <paramref name="text"/>, or -1.</summary>
    public static int Index(ReadOnlySpan<char> text) => text.IndexOfAny(':', '：');
}
