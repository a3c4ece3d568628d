using Weekly.Seeds;

namespace Weekly.Tests.TestKit;

/// <summary>The real site's known section names (the repository's <c>input/sections.yml</c>), for tests that parse seeds directly.</summary>
public static class RealSections
{
    private static readonly Lazy<SectionNames> Loaded = new(() =>
    {
        var diagnostics = new Weekly.Core.DiagnosticBag();
        var names = SectionNamesFile.Parse(File.ReadAllText(Repo.PathOf("input", "sections.yml")), SectionNamesFile.RelativePath, diagnostics);
        if (diagnostics.Sorted().Count > 0) throw new InvalidOperationException("input/sections.yml has problems:\n" + string.Join("\n", diagnostics.Sorted()));
        return names;
    });

    /// <summary>The names, loaded once.</summary>
    public static SectionNames Names => Loaded.Value;
}
