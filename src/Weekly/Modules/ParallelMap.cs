namespace Weekly.Modules;

/// <summary>
/// Maps a list in parallel, keeping its order: <see cref="Parallel.For(int, int, Action{int})"/> into an
/// array. Modules use it instead of PLINQ's <c>AsParallel().AsOrdered()</c>: each distinct PLINQ query
/// compiles dozens of generic operator methods at start-up, where this one method is compiled with the assembly.
/// </summary>
internal static class ParallelMap
{
    /// <summary>
    /// Returns <c>map(items[i])</c> for every i, computed in parallel, in the order of <paramref name="items"/>.
    /// An exception thrown by <paramref name="map"/> comes out wrapped in an <see cref="AggregateException"/>.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (no further items are started).</exception>
    public static TOut[] Ordered<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> map, CancellationToken cancellationToken = default)
    {
        var results = new TOut[items.Count];
        Parallel.For(0, items.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => results[i] = map(items[i]));
        return results;
    }
}
