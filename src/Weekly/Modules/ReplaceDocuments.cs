using Weekly.Core;

namespace Weekly.Modules;

/// <summary>
/// Replaces the current documents with the outputs of other pipelines, in the order named (Statiq's
/// <c>ReplaceDocuments</c>). The pipelines must be dependencies of the one running this module.
/// </summary>
/// <param name="pipelines">Names of the pipelines whose outputs become the documents.</param>
public sealed class ReplaceDocuments(params string[] pipelines) : IModule
{
    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">A named pipeline has not run (it is not a dependency).</exception>
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) =>
        pipelines.SelectMany(context.OutputsOf).ToList();
}
