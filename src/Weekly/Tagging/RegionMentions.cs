using Weekly.Domain;

namespace Weekly.Tagging;

/// <summary>Where a place name stands: a story's headline, the first sentence of its body, or any other text (the rest of the body, the issue intro).</summary>
internal enum MentionZone
{
    Headline,
    FirstSentence,
    Rest,
}

/// <summary>
/// A place as <see cref="RegionTagger"/> weighs it: <paramref name="Index"/> is its position in data-file
/// order (the last tie-break between namesakes), <paramref name="Ancestors"/> its ancestors' codes
/// (nearest first), <paramref name="Major"/> <see cref="RegionTree.IsMajor"/>.
/// </summary>
/// <paramref name="Prominence"/> ranks same-name districts by their city (<see cref="RegionTree.ProminenceOf"/>).
internal sealed record PlaceInfo(Place Place, int Index, Place Province, string[] Ancestors, bool Major, int Prominence);

/// <summary>A place a name can mean; <paramref name="NeedsContext"/> for a county-level name without its suffix, which counts only when its city or province is named too.</summary>
internal sealed record PlaceCandidate(PlaceInfo Info, bool NeedsContext);

/// <summary>
/// One place name found in a text: the places it can mean (filtered as context rules out some), its zone,
/// its span in the text (UTF-16 offsets, end exclusive), whether it is weak (in a hyphenated chain of
/// places), and the place it was resolved to. <see cref="Text"/> and <see cref="Sentence"/> say which text
/// (0 the headline, then the paragraphs) and which sentence of it the name stands in; <see cref="List"/>
/// which list of names joined by commas or "and" it belongs to (-1 for none), for <see cref="RegionNameFinder.FilterByContext"/>.
/// </summary>
internal sealed class PlaceMention(List<PlaceCandidate> candidates, MentionZone zone, int start, int end)
{
    public int Text { get; set; }

    public int Sentence { get; set; }

    public int List { get; set; } = -1;

    public List<PlaceCandidate> Candidates { get; } = candidates;

    public MentionZone Zone { get; set; } = zone;

    public int Start { get; } = start;

    public int End { get; } = end;

    public bool Weak { get; set; }

    public PlaceInfo? Place { get; set; }
}

/// <summary>Places a text names without ambiguity (one candidate left), and their provinces; both as codes.</summary>
internal sealed record PlaceContext(HashSet<string> Named, HashSet<string> Provinces)
{
    public static PlaceContext Of(List<PlaceMention> mentions)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        var provinces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Candidates.Count != 1)
                continue;
            named.Add(m.Candidates[0].Info.Place.Code);
            provinces.Add(m.Candidates[0].Info.Province.Code);
        }

        return new PlaceContext(named, provinces);
    }
}
