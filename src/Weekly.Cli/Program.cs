using Weekly.Cli;

// No garbage collection until the process has allocated NoGcBudgetBytes: a small site's whole build then
// runs without stopping its threads while start-up data (the region tagger, the theme) is promoted. Past the
// budget the runtime collects and leaves the no-GC region, and larger builds go on as usual; a heap limit too
// small for the budget (DOTNET_GCHeapHardLimit) just skips it. Measurements: bench/RESULTS.md.
const long NoGcBudgetBytes = 64L << 20;
try
{
    GC.TryStartNoGCRegion(NoGcBudgetBytes);
}
catch (ArgumentOutOfRangeException)
{
}

return WeeklyCommand.Invoke(args);
