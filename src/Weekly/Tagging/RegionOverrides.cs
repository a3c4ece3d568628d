using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Domain;

namespace Weekly.Tagging;

/// <summary>
/// Applies an editor's story override to the places <see cref="RegionTagger"/> found: removals first
/// (<see cref="StoryOverride.RemoveRegions"/>: the place and everything inside it), then additions
/// (<see cref="StoryOverride.AddRegions"/>: skipped when it or a place inside it is already there; its
/// ancestors are dropped, as the tagger keeps the most specific places only). A path is a slug path of
/// <see cref="RegionTree"/>, trimmed and lower-cased; one not in the tree is warning <c>WK0501</c>.
/// </summary>
internal static class RegionOverrides
{
    /// <summary>
    /// The places after the override, in order: those kept, then those added. A path not in
    /// <paramref name="tree"/> is reported at <paramref name="file"/>, the override's line, and skipped.
    /// </summary>
    public static IReadOnlyList<Place> Apply(RegionTree tree, IReadOnlyList<Place> places, StoryOverride o, string file, DiagnosticBag diagnostics)
    {
        var result = places.ToList();
        foreach (var path in o.RemoveRegions)
        {
            var place = Lookup(tree, path, file, o.Line, diagnostics);
            if (place is not null)
                result.RemoveAll(p => p.Code == place.Code || tree.IsAncestorOf(place, p));
        }

        foreach (var path in o.AddRegions)
        {
            var place = Lookup(tree, path, file, o.Line, diagnostics);
            if (place is null || result.Exists(p => p.Code == place.Code || tree.IsAncestorOf(place, p)))
                continue;
            result.RemoveAll(p => tree.IsAncestorOf(p, place));
            result.Add(place);
        }

        return result;
    }

    private static Place? Lookup(RegionTree tree, string path, string file, int line, DiagnosticBag diagnostics)
    {
        var place = tree.FindByPath(path.Trim().ToLowerInvariant());
        if (place is null)
        {
            diagnostics.Report(Codes.UnknownRegion, file, line, 0, path);
        }

        return place;
    }
}
