using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Domain;
using Weekly.Editing;
using Weekly.IO;
using Weekly.Rendering;
using Weekly.Seeds;
using Weekly.Tagging;

namespace Weekly.Pipelines;

/// <summary>What a build needs besides the seeds: the region tree, the topic taxonomy, the section names, the theme and the archetype.</summary>
/// <param name="Regions">The region tagger over the committed region tree.</param>
/// <param name="Taxonomy">Topics from <c>input/topics.yml</c>.</param>
/// <param name="Theme">Layouts and partials from <c>theme/</c>, each parsed once.</param>
public sealed record SiteInputs(RegionTagger Regions, IReadOnlyList<Topic> Taxonomy, Theme Theme)
{
    /// <summary>Path of the topic taxonomy relative to the site root.</summary>
    public const string TaxonomyPath = "input/topics.yml";

    /// <summary>The known section names from <c>input/sections.yml</c> (<see cref="SectionNames.None"/> without the file).</summary>
    public SectionNames Sections { get; init; } = SectionNames.None;

    /// <summary>The archetype of a new issue (<see cref="Editing.Archetype.RelativePath"/>), for the editors' checks; null when there is none.</summary>
    public Archetype? Archetype { get; init; }

    /// <summary>Loads the inputs under <paramref name="rootDirectory"/>; problems go to <paramref name="diagnostics"/>.</summary>
    public static SiteInputs Load(string rootDirectory, DiagnosticBag diagnostics)
    {
        var taxonomyFile = Path.Combine(rootDirectory, "input", "topics.yml");
        IReadOnlyList<Topic> taxonomy = [];
        if (File.Exists(taxonomyFile) || Directory.Exists(taxonomyFile))
        {
            taxonomy = TopicTaxonomy.LoadFile(taxonomyFile, TaxonomyPath, diagnostics);
        }
        else
        {
            diagnostics.Report(Codes.NoTaxonomy, TaxonomyPath, 0, 0);
        }
        var themeDirectory = Path.Combine(rootDirectory, "theme");
        var theme = Theme.Load(themeDirectory, diagnostics);
        return new SiteInputs(RegionTagger.Default, taxonomy, theme) { Sections = LoadSections(rootDirectory, diagnostics), Archetype = Archetype.Load(rootDirectory, diagnostics) };
    }

    /// <summary>The section names, or none with a warning (WK0019) when the file is missing: headings are then found by layout.</summary>
    private static SectionNames LoadSections(string rootDirectory, DiagnosticBag diagnostics)
    {
        var file = Path.Combine(rootDirectory, SectionNamesFile.RelativePath);
        if (File.Exists(file) || Directory.Exists(file))
        {
            return TextInput.ReadFile(file, SectionNamesFile.RelativePath, diagnostics) is { } text
                ? SectionNamesFile.Parse(text, SectionNamesFile.RelativePath, diagnostics)
                : SectionNames.None;
        }

        diagnostics.Report(Codes.NoSectionNames, SectionNamesFile.RelativePath, 0, 0);
        return SectionNames.None;
    }
}
