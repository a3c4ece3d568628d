using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Domain;
using Weekly.Rendering;
using Weekly.Tagging;

namespace Weekly.Pipelines;

/// <summary>What a build needs besides the seeds: the region tree, the topic taxonomy and the theme.</summary>
/// <param name="Regions">The region tagger over the committed region tree.</param>
/// <param name="Taxonomy">Topics from <c>input/topics.yml</c>.</param>
/// <param name="Theme">Layouts and partials from <c>theme/</c>, each parsed once.</param>
public sealed record SiteInputs(RegionTagger Regions, IReadOnlyList<Topic> Taxonomy, Theme Theme)
{
    /// <summary>Path of the topic taxonomy relative to the site root.</summary>
    public const string TaxonomyPath = "input/topics.yml";

    /// <summary>Loads the inputs under <paramref name="rootDirectory"/>; problems go to <paramref name="diagnostics"/>.</summary>
    public static SiteInputs Load(string rootDirectory, DiagnosticBag diagnostics)
    {
        var taxonomyFile = Path.Combine(rootDirectory, "input", "topics.yml");
        IReadOnlyList<Topic> taxonomy = [];
        if (File.Exists(taxonomyFile))
        {
            taxonomy = TopicTaxonomy.LoadFile(taxonomyFile, TaxonomyPath, diagnostics);
        }
        else
        {
            diagnostics.Report(Codes.NoTaxonomy, TaxonomyPath, 0, 0);
        }
        var themeDirectory = Path.Combine(rootDirectory, "theme");
        var theme = Theme.Load(themeDirectory, diagnostics);
        return new SiteInputs(RegionTagger.Default, taxonomy, theme);
    }
}
