using Weekly.Core;
using Weekly.Tagging;

namespace Weekly.Modules;

/// <summary>Sets every story's places with the <see cref="RegionTagger"/> (then the editor's overrides), in parallel.</summary>
/// <param name="tagger">The tagger over the region tree.</param>
public sealed class TagRegions(RegionTagger tagger) : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) =>
        ParallelMap.Ordered(inputs, d => d.With(Keys.Issue, tagger.Tag(d.Get(Keys.Issue), context.Diagnostics)));
}
