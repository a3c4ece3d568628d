// The search index's share of a build (issue #17: time added to the build, ours against `pagefind --site`).
// Builds the site under SITE_ROOT once (--future, output discarded) for its content model, then makes the search
// index alone, as the build's Search pipeline does (SiteRenderer.SearchIndex: views, keys, shards, JSON), one
// warm-up and then RUNS times, and prints the median wall time and the process CPU time per run (CPU time is
// the fairer figure on a shared machine). bench/search-compare.sh runs it; results in bench/RESULTS.md.
using System.Diagnostics;
using Weekly;
using Weekly.Caching;
using Weekly.Core;
using Weekly.IO;
using Weekly.Pipelines;
using Weekly.Rendering;

var root = args.Length > 0 ? Path.GetFullPath(args[0]) : throw new ArgumentException("usage: SITE_ROOT [RUNS]");
var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
var build = SiteBuilder.Build(new BuildOptions(root) { IncludeFuture = true, LockMode = PermalinkLockMode.Update }, DiscardOutput.Instance);
var site = build.Site ?? throw new InvalidOperationException("the build failed: " + string.Join("\n", build.Diagnostics.Take(5)));
var theme = SiteInputs.Load(root, new DiagnosticBag()).Theme;
var walls = new List<double>();
var cpus = new List<double>();
long bytes = 0;
var files = 0;
for (var run = -1; run < runs; run++)
{
    var renderer = new SiteRenderer(theme, site, BuildCache.None); // fresh views each run, as in a build
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var index = renderer.SearchIndex();
    var wall = clock.Elapsed.TotalSeconds;
    var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
    if (run < 0) continue;
    walls.Add(wall);
    cpus.Add(used);
    files = index.Count;
    bytes = index.Sum(f => f.Content.ToBytes(new DiagnosticBag()).LongLength);
}
walls.Sort();
cpus.Sort();
Console.WriteLine($"search index: {site.Stories.Count} stories, {files} files, {bytes / 1e6:F2} MB; median of {runs}: {walls[runs / 2]:F2} s wall, {cpus[runs / 2]:F2} s CPU");
