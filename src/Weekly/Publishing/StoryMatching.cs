using Weekly.Domain;

namespace Weekly.Publishing;

/// <summary>
/// Finds each story of an issue among the stories recorded for it in <c>permalinks.lock</c>, in passes over what is
/// still unmatched, the strongest evidence first: the same slug and first paragraph (nothing changed); the same first
/// paragraph (<see cref="StoryFingerprint"/>: a corrected headline, or a new story above it whose headline slugs the same);
/// the same slug (the headline did not change, the paragraph did); then a similar slug (a corrected headline: Levenshtein distance at most 40% of the longer slug, <see cref="Text.Similarity"/>),
/// most similar pairs first, nearer positions breaking ties. A story none of these finds is new; a recorded story none
/// finds was removed.
/// </summary>
public static class StoryMatching
{
    /// <summary>Smallest similarity (1 − distance / longer length) of two slugs taken for one story retitled.</summary>
    public const double MinSimilarity = 0.6;

    /// <summary>For each story of <paramref name="stories"/>, the recorded story it is, or null.</summary>
    /// <param name="stories">The stories, in issue order.</param>
    /// <param name="fingerprints">Each story's <see cref="StoryFingerprint"/>, in the same order.</param>
    /// <param name="recorded">The stories the lock records for the issue (removed ones too: a story put back is found again).</param>
    public static LockedStory?[] Match(IReadOnlyList<Story> stories, IReadOnlyList<string> fingerprints, IReadOnlyList<LockedStory> recorded)
    {
        var result = new LockedStory?[stories.Count];
        var taken = new HashSet<LockedStory>(ReferenceEqualityComparer.Instance);
        Exact(stories, fingerprints, recorded, result, taken);
        Similar(stories, recorded, result, taken);
        return result;
    }

    /// <summary>
    /// The exact passes (same slug and first paragraph, same first paragraph, same slug): fills the null places of
    /// <paramref name="result"/> with recorded stories not in <paramref name="taken"/>, and adds them to it.
    /// </summary>
    public static void Exact(IReadOnlyList<Story> stories, IReadOnlyList<string> fingerprints, IReadOnlyList<LockedStory> recorded, LockedStory?[] result, HashSet<LockedStory> taken)
    {
        Pass(stories, recorded, result, taken, (i, r) => r.Slug == stories[i].Slug && r.Text == fingerprints[i]);
        Pass(stories, recorded, result, taken, (i, r) => fingerprints[i].Length > 0 && r.Text == fingerprints[i]);
        Pass(stories, recorded, result, taken, (i, r) => r.Slug == stories[i].Slug);
    }

    /// <summary>
    /// The last pass, a similar slug: run after every exact match of the build (a story moved unchanged to another issue
    /// outranks a similar headline here). Fills null places of <paramref name="result"/> with recorded stories not in <paramref name="taken"/>.
    /// </summary>
    public static void Similar(IReadOnlyList<Story> stories, IReadOnlyList<LockedStory> recorded, LockedStory?[] result, HashSet<LockedStory> taken)
    {
        if (result.All(r => r is not null) || recorded.All(taken.Contains)) return;
        SimilarPairs(stories, recorded, result, taken);
    }

    private static void Pass(IReadOnlyList<Story> stories, IReadOnlyList<LockedStory> recorded, LockedStory?[] result, HashSet<LockedStory> taken, Func<int, LockedStory, bool> same)
    {
        for (var i = 0; i < stories.Count; i++)
        {
            if (result[i] is not null) continue;
            var match = recorded.FirstOrDefault(r => !taken.Contains(r) && same(i, r));
            if (match is null) continue;
            result[i] = match;
            taken.Add(match);
        }
    }

    private static void SimilarPairs(IReadOnlyList<Story> stories, IReadOnlyList<LockedStory> recorded, LockedStory?[] result, HashSet<LockedStory> taken)
    {
        var pairs = new List<(int Story, int Recorded, double Similarity, int Distance)>();
        for (var i = 0; i < stories.Count; i++)
        {
            if (result[i] is not null) continue;
            for (var j = 0; j < recorded.Count; j++)
            {
                if (taken.Contains(recorded[j])) continue;
                var similarity = Text.Similarity.Of(stories[i].Slug, recorded[j].Slug);
                if (similarity >= MinSimilarity) pairs.Add((i, j, similarity, Math.Abs(i - j)));
            }
        }
        foreach (var (i, j, _, _) in pairs.OrderByDescending(p => p.Similarity).ThenBy(p => p.Distance).ThenBy(p => p.Story))
        {
            if (result[i] is not null || taken.Contains(recorded[j])) continue;
            result[i] = recorded[j];
            taken.Add(recorded[j]);
        }
    }
}
