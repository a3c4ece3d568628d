using Weekly.Caching;
using Weekly.Core;

namespace Weekly.Modules;

/// <summary>
/// Runs <paramref name="modules"/> over the input documents through the build's <see cref="IBuildCache"/>
/// (Statiq's <c>CacheDocuments</c>): a plain build simply runs them; <c>weekly preview</c>'s cache gives a
/// document whose source and bytes it saw before the outputs it made then, with what it reported, and runs the
/// modules on the others only. The modules must treat each document on its own (parse, tag), never look across documents.
/// </summary>
/// <param name="cache">The build's cache.</param>
/// <param name="modules">Per-document modules, run in order.</param>
public sealed class CacheDocuments(IBuildCache cache, params IModule[] modules) : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) =>
        cache.ForEachSource(inputs, Run, context);

    private IReadOnlyList<Document> Run(IReadOnlyList<Document> inputs, BuildContext context)
    {
        foreach (var module in modules)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            inputs = module.Execute(inputs, context);
        }
        return inputs;
    }
}
