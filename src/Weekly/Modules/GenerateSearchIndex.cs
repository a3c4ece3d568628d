using Weekly.Core;
using Weekly.Rendering;
using Weekly.Urls;

namespace Weekly.Modules;

/// <summary>
/// Builds the static search index of every story (<see cref="SiteRenderer.SearchIndex"/>): one document per
/// index file, its JSON already made (the files are only known once the index is built).
/// </summary>
/// <param name="renderer">The build's renderer.</param>
public sealed class GenerateSearchIndex(SiteRenderer renderer) : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) =>
        renderer.SearchIndex().Select(file => Document.Create(null, Permalinks.ToDestination(file.Permalink), file.Content)).ToList();
}
