using Weekly.Core;
using Weekly.Domain;
using Weekly.Tagging;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Tagging;

public class GoldTaggingTests
{
    private static readonly RegionTree Tree = RegionTree.Default;

    [Fact]
    public void Gold_issue_builds_24_stories_in_5_sections()
    {
        var issue = GoldIssue.Load();
        Assert.Equal(5, issue.Sections.Count);
        Assert.Equal(24, issue.Stories.Count());
        Assert.Equal(2, issue.Stories.Single(s => s.Headline.StartsWith("Representatives of the two conferences in Quanzhou", StringComparison.Ordinal)).Paragraphs.Count);
        Assert.Single(issue.Intro);
    }

    [Theory]
    [MemberData(nameof(GoldIssue.Names), MemberType = typeof(GoldIssue))]
    public void Every_gold_story_gets_its_places_and_topics(string seed)
    {
        var diagnostics = new DiagnosticBag();
        var taxonomy = TopicTaxonomy.LoadFile(RepoFiles.TopicsYml, "input/topics.yml", diagnostics);
        var issue = TopicTagger.Tag(RegionTagger.Default.Tag(GoldIssue.Load(GoldIssue.Case(seed)), diagnostics), taxonomy, diagnostics);
        Assert.Empty(diagnostics.Sorted());

        var stories = issue.Stories.ToList();
        var gold = GoldIssue.Expected(GoldIssue.Case(seed));
        Assert.Equal(gold.Count, stories.Count);
        var problems = new List<string>();
        for (var i = 0; i < gold.Count; i++)
        {
            var g = gold[i];
            var s = stories[i];
            if (!g.PlacesLabelled) continue;
            var tagged = s.Places.Select(Tree.PathOf).ToList();
            var label = $"#{i + 1} '{Short(g.Headline)}': tagged [{string.Join(", ", tagged)}]";

            foreach (var p in s.Places.Where(p => s.Places.Any(q => Tree.IsAncestorOf(p, q))))
                problems.Add($"{label}: {Tree.PathOf(p)} is the ancestor of another tagged place");

            var expected = Expand(g.Places.Select(Resolve));
            var allowed = Expand(g.Places.Concat(g.AlsoOk).Select(Resolve));
            var actual = Expand(s.Places);
            foreach (var missing in expected.Except(actual).Order(StringComparer.Ordinal))
                problems.Add($"{label}: missing {missing}");
            foreach (var extra in actual.Except(allowed).Order(StringComparer.Ordinal))
                problems.Add($"{label}: unexpected {extra}");

            foreach (var not in g.Not)
            {
                var name = NotName(not);
                foreach (var p in s.Places.SelectMany(p => Tree.AncestorsOf(p).Prepend(p)).Where(p => p.Name == name && !expected.Contains(Tree.PathOf(p))))
                    problems.Add($"{label}: tagged {Tree.PathOf(p)}, which the gold file rules out ('{not}')");
            }

            foreach (var topic in g.TopicsAtLeast.Except(s.Topics))
                problems.Add($"#{i + 1} '{Short(g.Headline)}': topics [{string.Join(", ", s.Topics)}] lack {topic}");
        }

        Assert.True(problems.Count == 0, $"{problems.Count} mismatches with the gold file:\n" + string.Join("\n", problems));
    }

    /// <summary>A gold place (English names) to the tree's place, by names down the tree.</summary>
    private static Place Resolve(GoldPlace g)
    {
        var place = Tree.Provinces.Single(p => p.Name == g.Province);
        if (g.City is not null)
            place = Tree.ChildrenOf(place).Single(p => p.Name == g.City);
        if (g.District is not null)
            place = Tree.ChildrenOf(place).Single(p => p.Name == g.District);
        return place;
    }

    /// <summary>Slug paths of the places and all their ancestors.</summary>
    private static HashSet<string> Expand(IEnumerable<Place> places) =>
        places.SelectMany(p => Tree.AncestorsOf(p).Prepend(p)).Select(Tree.PathOf).ToHashSet(StringComparer.Ordinal);

    /// <summary>"Yuzhong County in Gansu (Lanzhou)" -> "Yuzhong"; "Macao (both only ...)" -> "Macao".</summary>
    private static string NotName(string not)
    {
        var name = not.Split(" (")[0];
        foreach (var cut in new[] { " County", " District", " in ", " as " })
        {
            var at = name.IndexOf(cut, StringComparison.Ordinal);
            if (at > 0)
                name = name[..at];
        }

        return name.Trim();
    }

    private static string Short(string headline) => headline.Length <= 50 ? headline : headline[..50] + "…";
}
