using Weekly.Core;

namespace Weekly.Modules;

/// <summary>Appends the outputs of another module (run on no inputs) to the current documents (Statiq's <c>ConcatDocuments</c>).</summary>
/// <param name="module">The module whose outputs are appended.</param>
public sealed class Concat(IModule module) : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) =>
        [.. inputs, .. module.Execute([], context)];
}
