using Weekly.Caching;
using Weekly.Core;

namespace Weekly.Modules;

/// <summary>
/// Runs <paramref name="modules"/> over the input documents, reusing what they made from an unchanged
/// input in an earlier build (Statiq's <c>CacheDocuments</c>): when the build has a
/// <see cref="BuildCache"/> (<see cref="Keys.Cache"/>), a document whose source path and bytes
/// (<see cref="Keys.Bytes"/>, SHA-256) were seen before gets the same outputs, and the diagnostics
/// reported about its file are reported again; only the others go through the modules (in a forked
/// context, so their diagnostics can be kept per file). Without a cache it simply runs the modules.
/// The modules must treat each document on its own (parse, tag), never look across documents.
/// </summary>
/// <param name="modules">Per-document modules, run in order.</param>
public sealed class CacheDocuments(params IModule[] modules) : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        if (context.GetOrDefault(Keys.Cache, null!) is not { } cache) return Run(inputs, context);
        var keys = inputs.Select(d => d.Source + "\n" + cache.Hash(d.Get(Keys.Bytes))).ToList();
        var reused = new Dictionary<string, BuildCache.SeedEntry>(StringComparer.Ordinal);
        var misses = new List<Document>();
        for (var i = 0; i < inputs.Count; i++)
        {
            if (cache.TryGetSeed(keys[i], out var entry)) reused[keys[i]] = entry;
            else misses.Add(inputs[i]);
        }
        foreach (var d in reused.Values.SelectMany(e => e.Diagnostics)) context.Diagnostics.Add(d);

        var fork = context.Fork();
        var made = misses.Count == 0 ? [] : Run(misses, fork);
        var reported = fork.Diagnostics.Sorted();
        foreach (var d in reported) context.Diagnostics.Add(d);
        var bySource = made.ToLookup(d => d.Source ?? "", StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            if (reused.ContainsKey(keys[i])) continue;
            var source = inputs[i].Source ?? "";
            cache.AddSeed(keys[i], bySource[source].ToList(), reported.Where(d => d.File == source).ToList());
        }
        return inputs.SelectMany((d, i) => reused.TryGetValue(keys[i], out var e) ? e.Outputs : bySource[d.Source ?? ""]).ToList();
    }

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
