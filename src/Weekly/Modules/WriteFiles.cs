using System.Collections.Concurrent;
using Weekly.Core;

namespace Weekly.Modules;

/// <summary>
/// Writes each document that has a destination through the build's <see cref="IO.OutputWriter"/>
/// (<see cref="Keys.Output"/>), in parallel, one document per task (pages differ 100-fold in cost), as
/// Statiq's <c>WriteFiles</c>. Deferred pages are rendered here, so each page's bytes live only while it
/// is written. Returns its inputs.
/// </summary>
public sealed class WriteFiles : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var output = context.Get(Keys.Output);
        Parallel.ForEach(Partitioner.Create(inputs.ToList(), loadBalance: true),
            new ParallelOptions { CancellationToken = context.CancellationToken }, output.Write);
        return inputs;
    }
}
