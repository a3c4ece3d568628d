using System.Collections.Concurrent;
using System.Security.Cryptography;
using Weekly.Caching;
using Weekly.Core;
using Weekly.Pipelines;

namespace Weekly.Preview;

/// <summary>What one build with a <see cref="PreviewCache"/> reused and redid.</summary>
/// <param name="SeedsReused">Seeds whose parsed and tagged issue was reused (same path, same bytes).</param>
/// <param name="SeedsParsed">Seeds parsed and tagged afresh.</param>
/// <param name="RendersReused">Page and feed-fragment renders taken from the cache.</param>
/// <param name="Rendered">What was rendered afresh: <c>template permalink</c> (e.g. <c>issue /issues/x/</c>, <c>feed-story /issues/x/y/</c>), ordinal order.</param>
public sealed record BuildCacheStats(int SeedsReused, int SeedsParsed, int RendersReused, IReadOnlyList<string> Rendered);

/// <summary>
/// <c>weekly preview</c>'s <see cref="IBuildCache"/>: lets each build reuse the work of the builds before it.
/// <list type="bullet">
/// <item>Files: each file's bytes, keyed by its full path, length and last-write time (UTC, to the tick), so an
/// unchanged file is not read again; and a SHA-256 of each byte array kept.</item>
/// <item>Site inputs: the topic taxonomy and the theme, loaded once while their files' hashes stay the same (<see cref="Inputs"/>).</item>
/// <item>Seeds: the documents that parsing and tagging made from a seed, and what they reported, keyed by the seed's path
/// and a SHA-256 of its bytes; valid while the topic taxonomy and the drafts switch stay the same (else cleared).</item>
/// <item>Renders: each page's or feed fragment's output, keyed by its template and a SHA-256 of the JSON of everything the
/// template can read (its globals): templates see only their globals, so equal keys give equal output, and a page is
/// rendered again exactly when something it shows changed. Valid while the theme stays the same (else cleared). Renders
/// that reported a problem are not kept.</item>
/// </list>
/// Entries the last two builds did not use are dropped when a build ends, so the cache holds about one site's worth.
/// One build at a time (pages of a build may render while the next one starts).
/// </summary>
public sealed class PreviewCache : IBuildCache
{
    private readonly ConcurrentDictionary<string, SeedEntry> _seeds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RenderEntry> _renders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FileEntry> _files = new(StringComparer.Ordinal);
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<byte[], string> _hashes = [];
    private readonly ConcurrentBag<string> _rendered = [];
    private string _seedScope = "", _renderScope = "";
    private SiteInputs? _inputs;
    private int _generation, _seedsReused, _seedsParsed, _rendersReused;

    /// <summary>About how many files the last build made (0 before the first): sizes the next build's tables.</summary>
    public int FileCountHint { get; set; }

    /// <summary>What the latest build reused and redid so far (pages render on request, also after the build is done).</summary>
    public BuildCacheStats CurrentBuild =>
        new(Volatile.Read(ref _seedsReused), Volatile.Read(ref _seedsParsed), Volatile.Read(ref _rendersReused), _rendered.Order(StringComparer.Ordinal).ToList());

    /// <summary>
    /// Starts a build of the site under <paramref name="root"/>: clears the seeds when the taxonomy, the section names, the site's settings (its time zone) or the drafts switch
    /// changed, the renders when the theme changed, the inputs when either did.
    /// </summary>
    /// <returns>The build's generation, for <see cref="EndBuild"/>.</returns>
    public int BeginBuild(string root, bool includeDrafts)
    {
        // site.yml holds the time zone the seeds' dates are read in.
        var seedScope = HashFiles(root, SiteInputs.TaxonomyPath) + HashFiles(root, Seeds.SectionNamesFile.RelativePath) + HashFiles(root, Settings.SiteSettingsLoader.RelativePath)
            + (includeDrafts ? " drafts" : "");
        var renderScope = HashFiles(root, "theme");
        _generation++;
        if (seedScope != _seedScope) _seeds.Clear();
        if (renderScope != _renderScope) _renders.Clear();
        if (seedScope != _seedScope || renderScope != _renderScope) _inputs = null;
        (_seedScope, _renderScope) = (seedScope, renderScope);
        _seedsReused = _seedsParsed = _rendersReused = 0;
        _rendered.Clear();
        return _generation;
    }

    /// <summary>
    /// Ends a build: drops the seeds and files it did not use, and the renders neither it nor the build before used (pages
    /// render on request, possibly after their build ended).
    /// </summary>
    /// <param name="generation">What <see cref="BeginBuild"/> returned; nothing happens when a newer build has begun since (it will sweep).</param>
    public void EndBuild(int generation)
    {
        if (generation != _generation) return;
        foreach (var (key, entry) in _seeds) if (entry.Generation != _generation) _seeds.TryRemove(key, out _);
        foreach (var (key, entry) in _files) if (entry.Generation != _generation) _files.TryRemove(key, out _);
        foreach (var (key, entry) in _renders) if (entry.Generation < _generation - 1) _renders.TryRemove(key, out _);
    }

    /// <summary>The taxonomy, region tagger and theme as last loaded without a problem while their files are unchanged; else loads them.</summary>
    public SiteInputs Inputs(string root, DiagnosticBag diagnostics)
    {
        if (_inputs is { } kept) return kept;
        var local = new DiagnosticBag();
        var inputs = SiteInputs.Load(root, local);
        var problems = local.Sorted();
        foreach (var d in problems) diagnostics.Add(d);
        if (problems.Count == 0) _inputs = inputs;
        return inputs;
    }

    /// <inheritdoc />
    public byte[] ReadFile(string path)
    {
        var info = new FileInfo(path);
        var (length, lastWrite) = (info.Length, info.LastWriteTimeUtc);
        if (_files.TryGetValue(path, out var entry) && entry.Length == length && entry.LastWrite == lastWrite)
        {
            _files[path] = entry with { Generation = _generation };
            return entry.Bytes;
        }
        var bytes = File.ReadAllBytes(path);
        _files[path] = new FileEntry(bytes, length, lastWrite, _generation);
        return bytes;
    }

    /// <inheritdoc />
    public IReadOnlyList<Document> ForEachSource(IReadOnlyList<Document> inputs, Func<IReadOnlyList<Document>, BuildContext, IReadOnlyList<Document>> work, BuildContext context)
    {
        var keys = inputs.Select(d => d.Source + "\n" + Hash(d.Content.ToBytes(context.Diagnostics))).ToList();
        var reused = new Dictionary<string, SeedEntry>(StringComparer.Ordinal);
        var misses = new List<Document>();
        for (var i = 0; i < inputs.Count; i++)
        {
            if (_seeds.TryGetValue(keys[i], out var entry))
            {
                _seeds[keys[i]] = reused[keys[i]] = entry with { Generation = _generation };
                Interlocked.Increment(ref _seedsReused);
            }
            else
            {
                misses.Add(inputs[i]);
            }
        }
        foreach (var d in reused.Values.SelectMany(e => e.Diagnostics)) context.Diagnostics.Add(d);

        var fork = context.Fork(); // keeps what the misses report apart, to store it per seed
        var made = misses.Count == 0 ? [] : work(misses, fork);
        var reported = fork.Diagnostics.Sorted();
        foreach (var d in reported) context.Diagnostics.Add(d);
        var bySource = made.ToLookup(d => d.Source ?? "", StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            if (reused.ContainsKey(keys[i])) continue;
            var source = inputs[i].Source ?? "";
            _seeds[keys[i]] = new SeedEntry(bySource[source].ToList(), reported.Where(d => d.File == source).ToList(), _generation);
            Interlocked.Increment(ref _seedsParsed);
        }
        return inputs.SelectMany((d, i) => reused.TryGetValue(keys[i], out var e) ? e.Outputs : bySource[d.Source ?? ""]).ToList();
    }

    /// <inheritdoc />
    public void RenderPage(RenderKey key, Func<DiagnosticBag, ContentWriter, bool> render, DiagnosticBag diagnostics, ContentWriter write) =>
        write(Reuse(key, bag =>
        {
            byte[] bytes = [];
            render(bag, span => bytes = span.ToArray());
            return bytes;
        }, diagnostics));

    /// <inheritdoc />
    public string RenderFragment(RenderKey key, Func<DiagnosticBag, string> render, DiagnosticBag diagnostics) => Reuse(key, render, diagnostics);

    /// <summary>The output kept for <paramref name="key"/>, or <paramref name="render"/>'s (kept when it reported nothing).</summary>
    private T Reuse<T>(RenderKey key, Func<DiagnosticBag, T> render, DiagnosticBag diagnostics) where T : class
    {
        var full = _renderScope + " " + key.Template + " " + Convert.ToHexString(SHA256.HashData(key.Inputs()));
        if (_renders.TryGetValue(full, out var entry))
        {
            _renders[full] = entry with { Generation = _generation };
            Interlocked.Increment(ref _rendersReused);
            return (T)entry.Output;
        }
        var local = new DiagnosticBag();
        var output = render(local);
        var problems = local.Sorted();
        foreach (var d in problems) diagnostics.Add(d);
        if (problems.Count == 0) _renders[full] = new RenderEntry(output, _generation);
        _rendered.Add(key.Label);
        return output;
    }

    /// <summary>SHA-256 of <paramref name="bytes"/> in hex, computed once per array.</summary>
    private string Hash(byte[] bytes) => _hashes.GetValue(bytes, b => Convert.ToHexString(SHA256.HashData(b)));

    /// <summary>SHA-256 over the paths and bytes of a file, or of every file under a folder (ordinal order); nothing hashes too.</summary>
    private static string HashFiles(string root, string relative)
    {
        var full = Path.Combine(root, relative);
        var files = File.Exists(full) ? [full]
            : Directory.Exists(full) ? Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : new List<string>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(root, file) + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private sealed record SeedEntry(IReadOnlyList<Document> Outputs, IReadOnlyList<Diagnostic> Diagnostics, int Generation);

    private sealed record RenderEntry(object Output, int Generation);

    private sealed record FileEntry(byte[] Bytes, long Length, DateTime LastWrite, int Generation);
}
