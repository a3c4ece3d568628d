using System.Diagnostics;

namespace Weekly.Core;

/// <summary>Time spent in one pipeline, for <c>--verbose</c> output.</summary>
/// <param name="Pipeline">The pipeline's name.</param>
/// <param name="Elapsed">Wall time of its process phase.</param>
/// <param name="Documents">How many documents it output.</param>
public sealed record PipelineTiming(string Pipeline, TimeSpan Elapsed, int Documents)
{
    /// <summary>Wall time of its output phase (zero when it has no output modules).</summary>
    public TimeSpan Output { get; init; }

    /// <summary>Wall time of each module of its process phase, in run order (module type name, time).</summary>
    public IReadOnlyList<(string Module, TimeSpan Elapsed)> Modules { get; init; } = [];
}

/// <summary>
/// Runs a set of pipelines in dependency order (ties broken by name, ordinal, so runs are repeatable).
/// Pipelines whose dependencies' process phases are all done run concurrently; each pipeline's output
/// phase runs as soon as its own process phase is done, alongside the others. One engine per set: Weekly
/// runs one for its content stage and one for its render stage, on the same <see cref="BuildContext"/>.
/// </summary>
public sealed class Engine
{
    private readonly IReadOnlyList<Pipeline> _pipelines;

    /// <summary>Creates an engine over a set of pipelines.</summary>
    /// <exception cref="ArgumentException">Two pipelines share a name, a dependency is unknown, or dependencies form a cycle.</exception>
    public Engine(IEnumerable<Pipeline> pipelines)
    {
        var list = pipelines.ToList();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in list)
        {
            if (!names.Add(p.Name)) throw new ArgumentException($"Two pipelines are named '{p.Name}'.", nameof(pipelines));
        }
        foreach (var p in list)
        {
            foreach (var d in p.Dependencies)
            {
                if (!names.Contains(d)) throw new ArgumentException($"Pipeline '{p.Name}' depends on unknown pipeline '{d}'.", nameof(pipelines));
            }
        }
        _pipelines = TopologicalOrder(list);
    }

    /// <summary>The pipelines in the order they start.</summary>
    public IReadOnlyList<Pipeline> Order => _pipelines;

    /// <summary>Runs every pipeline; their outputs are then in <paramref name="context"/>.</summary>
    /// <returns>Per-pipeline timings, in start order.</returns>
    /// <exception cref="OperationCanceledException">The context's token was cancelled.</exception>
    public IReadOnlyList<PipelineTiming> Run(BuildContext context)
    {
        var process = new Dictionary<string, Task<PipelineTiming>>(StringComparer.Ordinal);
        var output = new List<Task<PipelineTiming>>();
        foreach (var pipeline in _pipelines)
        {
            var deps = pipeline.Dependencies.Select(d => process[d]).ToArray();
            // Each phase gets a thread of its own (LongRunning): pipelines block while their modules'
            // PLINQ/Parallel work runs on the thread pool, and blocking pool threads would starve it
            // (the pool then adds about one thread a second, which stalled small builds by seconds).
            var task = process[pipeline.Name] = deps.Length == 0
                ? Task.Factory.StartNew(() => RunProcess(pipeline, context), context.CancellationToken,
                    TaskCreationOptions.LongRunning, TaskScheduler.Default)
                : Task.WhenAll(deps).ContinueWith(done =>
                {
                    done.GetAwaiter().GetResult(); // a failed dependency fails this pipeline with its exception
                    return RunProcess(pipeline, context);
                }, context.CancellationToken, TaskContinuationOptions.LongRunning, TaskScheduler.Default);
            output.Add(pipeline.OutputModules.Count == 0 ? task : task.ContinueWith(
                done => RunOutput(pipeline, done.GetAwaiter().GetResult(), context),
                context.CancellationToken, TaskContinuationOptions.LongRunning, TaskScheduler.Default));
        }
        try
        {
            Task.WaitAll([.. process.Values, .. output]);
        }
        catch (AggregateException ex)
        {
            var first = ex.Flatten().InnerExceptions.FirstOrDefault(e => e is not TaskCanceledException) ?? ex.Flatten().InnerExceptions[0];
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
        }
        return output.Select(t => t.Result).ToList();
    }

    private static PipelineTiming RunProcess(Pipeline pipeline, BuildContext context)
    {
        var clock = Stopwatch.StartNew();
        var modules = new List<(string, TimeSpan)>(pipeline.Modules.Count);
        var docs = RunModules(pipeline.Modules, [], context, modules);
        context.SetOutputs(pipeline.Name, docs);
        return new PipelineTiming(pipeline.Name, clock.Elapsed, docs.Count) { Modules = modules };
    }

    private static PipelineTiming RunOutput(Pipeline pipeline, PipelineTiming processed, BuildContext context)
    {
        var clock = Stopwatch.StartNew();
        RunModules(pipeline.OutputModules, context.OutputsOf(pipeline.Name), context);
        return processed with { Output = clock.Elapsed };
    }

    private static IReadOnlyList<Document> RunModules(IReadOnlyList<IModule> modules, IReadOnlyList<Document> docs, BuildContext context,
        List<(string, TimeSpan)>? timings = null)
    {
        foreach (var module in modules)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var start = Stopwatch.GetTimestamp();
            docs = module.Execute(docs, context);
            timings?.Add((ModuleName(module), Stopwatch.GetElapsedTime(start)));
        }
        return docs;
    }

    /// <summary>The module's type name; a file-local type's (<c>&lt;File&gt;F1A2…__TextReader</c>) without its file prefix.</summary>
    private static string ModuleName(IModule module)
    {
        var name = module.GetType().Name;
        var local = name.IndexOf("__", StringComparison.Ordinal);
        return name.StartsWith('<') && local > 0 ? name[(local + 2)..] : name;
    }

    private static List<Pipeline> TopologicalOrder(List<Pipeline> pipelines)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<Pipeline>();
        var pending = pipelines.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        while (pending.Count > 0)
        {
            var ready = pending.FirstOrDefault(p => p.Dependencies.All(done.Contains))
                ?? throw new ArgumentException($"Pipelines form a dependency cycle: {string.Join(", ", pending.Select(p => p.Name))}.");
            order.Add(ready);
            done.Add(ready.Name);
            pending.Remove(ready);
        }
        return order;
    }
}
