using System.Collections.Concurrent;
using Weekly.Core;
using Weekly.IO;

namespace Weekly.Modules;

/// <summary>
/// Writes each document that has a destination through the build's <see cref="OutputWriter"/>, in parallel,
/// one document per task (pages differ 100-fold in cost), as Statiq's <c>WriteFiles</c>. A page's content is
/// made as it is written, so each page's bytes live only while it is written. Returns its inputs.
/// </summary>
/// <param name="output">Checks destinations and hands each file to the build's output.</param>
public sealed class WriteFiles(OutputWriter output) : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        Parallel.ForEach(Partitioner.Create(inputs.ToList(), loadBalance: true),
            new ParallelOptions { CancellationToken = context.CancellationToken }, output.Write);
        return inputs;
    }
}
