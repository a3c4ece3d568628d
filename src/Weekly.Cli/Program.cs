using System.CommandLine;
using Weekly.Cli;

// No garbage collection until the process has allocated NoGcBudgetBytes: a small site's whole build
// (about 30 MB for the real one) then runs without one. With the default 6 MB gen0 budget it stopped
// every thread eight times, most of them while start-up data (the region tagger, the theme) was being
// promoted. Past the budget the runtime collects and leaves the no-GC region, and larger builds go on
// as usual; a heap limit too small for the budget (DOTNET_GCHeapHardLimit) just skips it.
const long NoGcBudgetBytes = 64L << 20;
try
{
    GC.TryStartNoGCRegion(NoGcBudgetBytes);
}
catch (ArgumentOutOfRangeException)
{
}

var root = new RootCommand("Weekly: builds the Industry Blockchain Weekly site from seeds/, input/ and theme/ into output/.");
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(NewCommand.Create());
root.Subcommands.Add(PreviewCommand.Create());
return root.Parse(args).Invoke();
