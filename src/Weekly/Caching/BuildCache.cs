using System.Collections.Concurrent;
using Weekly.Core;

namespace Weekly.Caching;

/// <summary>What one build with a <see cref="BuildCache"/> reused and redid.</summary>
/// <param name="SeedsReused">Seeds whose parsed and tagged issue was reused (same path, same bytes).</param>
/// <param name="SeedsParsed">Seeds parsed and tagged afresh.</param>
/// <param name="RendersReused">Page and feed-fragment renders taken from the cache.</param>
/// <param name="Rendered">What was rendered afresh: <c>layout permalink</c> (e.g. <c>issue /issues/x/</c>, <c>feed-story /issues/x/y/</c>), ordinal order.</param>
public sealed record BuildCacheStats(int SeedsReused, int SeedsParsed, int RendersReused, IReadOnlyList<string> Rendered);

/// <summary>
/// Lets one build reuse the work of the previous builds of the same site, for <c>weekly preview</c>:
/// <list type="bullet">
/// <item>Files read (<c>ReadFiles</c>): each file's bytes, keyed by its full path, length and last-write
/// time (UTC, to the tick), so an unchanged file is not read again; and a SHA-256 of each byte array kept.</item>
/// <item>Site inputs: the topic taxonomy and the theme, loaded once while their files' hashes stay the same.</item>
/// <item>Seeds: the documents that parsing and tagging made from a seed (<c>CacheDocuments</c>), and the
/// diagnostics they reported, keyed by the seed's path and a SHA-256 of its bytes. Valid while the
/// topic taxonomy's bytes and the drafts switch stay the same (else cleared).</item>
/// <item>Renders: each page's or feed fragment's HTML, keyed by its layout or partial and a SHA-256 of the
/// JSON of everything the template can read (its globals: <c>site</c>, <c>page</c>, <c>issue</c>, …).
/// Templates only see their globals, so equal keys give equal output; a page is re-rendered exactly when
/// something it shows changed. Valid while the theme's bytes stay the same (else cleared). Renders that
/// reported a diagnostic are not cached.</item>
/// </list>
/// Entries the last two builds did not use are dropped when a build ends, so the cache holds about one
/// site's worth. Not for concurrent builds: one build at a time (renders may go on while the next starts).
/// </summary>
public sealed class BuildCache
{
    private readonly ConcurrentDictionary<string, SeedEntry> _seeds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RenderEntry> _renders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FileEntry> _files = new(StringComparer.Ordinal);
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<byte[], string> _hashes = [];
    private readonly ConcurrentBag<string> _rendered = [];
    private string _seedScope = "", _renderScope = "";
    private int _generation, _seedsReused, _seedsParsed, _rendersReused;

    /// <summary>
    /// The taxonomy, region tagger and theme as last loaded without a diagnostic, while their files are
    /// unchanged (cleared when the taxonomy's or the theme's hash changes); null to load them.
    /// </summary>
    internal Pipelines.SiteInputs? Inputs { get; set; }

    /// <summary>About how many files the last build made (0 before the first): sizes the next build's tables.</summary>
    internal int FileCountHint { get; set; }

    /// <summary>Seeds parsed afresh so far by the current build.</summary>
    public int SeedsParsedNow => Volatile.Read(ref _seedsParsed);

    /// <summary>Statistics of the last build that used this cache, or null before the first.</summary>
    public BuildCacheStats? LastBuild { get; private set; }

    /// <summary>Starts a build: clears the parts whose scope (a hash of the inputs they depend on) changed.</summary>
    /// <summary>The render scope of the current build (a hash of the theme): part of every render key, so a
    /// page rendered late, with an older build's theme, can never be taken for one of a newer theme.</summary>
    internal string RenderScope => _renderScope;

    /// <returns>The build's generation, for <see cref="EndBuild"/>.</returns>
    internal int BeginBuild(string seedScope, string renderScope)
    {
        _generation++;
        if (seedScope != _seedScope) _seeds.Clear();
        if (renderScope != _renderScope) _renders.Clear();
        if (seedScope != _seedScope || renderScope != _renderScope) Inputs = null;
        (_seedScope, _renderScope) = (seedScope, renderScope);
        _seedsReused = _seedsParsed = _rendersReused = 0;
        _rendered.Clear();
        return _generation;
    }

    /// <summary>
    /// Ends a build: drops seeds it did not use, and renders neither it nor the build before used (in
    /// <c>weekly preview</c> pages render on request, possibly after their build ended), and records <see cref="LastBuild"/>.
    /// </summary>
    /// <param name="generation">What <see cref="BeginBuild"/> returned; nothing happens when a newer build has begun since (it will sweep).</param>
    internal void EndBuild(int generation)
    {
        if (generation != _generation) return;
        foreach (var (key, entry) in _seeds) if (entry.Generation != _generation) _seeds.TryRemove(key, out _);
        foreach (var (key, entry) in _files) if (entry.Generation != _generation) _files.TryRemove(key, out _);
        foreach (var (key, entry) in _renders) if (entry.Generation < _generation - 1) _renders.TryRemove(key, out _);
        LastBuild = new BuildCacheStats(_seedsReused, _seedsParsed, _rendersReused, _rendered.Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// The bytes of the file at <paramref name="path"/> as last read, when its length and last-write time
    /// are still <paramref name="length"/> and <paramref name="lastWrite"/>; else reads it (and keeps it).
    /// </summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    internal byte[] ReadFile(string path, long length, DateTime lastWrite)
    {
        if (_files.TryGetValue(path, out var entry) && entry.Length == length && entry.LastWrite == lastWrite)
        {
            _files[path] = entry with { Generation = _generation };
            return entry.Bytes;
        }
        var bytes = File.ReadAllBytes(path);
        _files[path] = new FileEntry(bytes, length, lastWrite, _generation);
        return bytes;
    }

    /// <summary>SHA-256 of <paramref name="bytes"/> in hex, computed once per array.</summary>
    internal string Hash(byte[] bytes) =>
        _hashes.GetValue(bytes, b => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(b)));

    internal bool TryGetSeed(string key, out SeedEntry entry)
    {
        if (_seeds.TryGetValue(key, out entry!))
        {
            _seeds[key] = entry = entry with { Generation = _generation };
            Interlocked.Increment(ref _seedsReused);
            return true;
        }
        return false;
    }

    internal void AddSeed(string key, IReadOnlyList<Document> outputs, IReadOnlyList<Diagnostic> diagnostics)
    {
        _seeds[key] = new SeedEntry(outputs, diagnostics, _generation);
        Interlocked.Increment(ref _seedsParsed);
    }

    /// <summary>Returns the cached render for <paramref name="key"/> (a page's UTF-8 bytes or a fragment's HTML), or renders it (caching the result when <paramref name="render"/> reported nothing).</summary>
    internal T Render<T>(string key, string label, Func<DiagnosticBag, T> render, DiagnosticBag diagnostics) where T : class
    {
        if (_renders.TryGetValue(key, out var entry))
        {
            _renders[key] = entry with { Generation = _generation };
            Interlocked.Increment(ref _rendersReused);
            return (T)entry.Output;
        }
        var local = new DiagnosticBag();
        var html = render(local);
        var problems = local.Sorted();
        foreach (var d in problems) diagnostics.Add(d);
        if (problems.Count == 0) _renders[key] = new RenderEntry(html, _generation);
        _rendered.Add(label);
        return html;
    }

    internal sealed record SeedEntry(IReadOnlyList<Document> Outputs, IReadOnlyList<Diagnostic> Diagnostics, int Generation);

    private sealed record RenderEntry(object Output, int Generation);

    private sealed record FileEntry(byte[] Bytes, long Length, DateTime LastWrite, int Generation);
}
