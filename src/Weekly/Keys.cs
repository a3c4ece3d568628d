using Weekly.Core;
using Weekly.Domain;

namespace Weekly;

/// <summary>The metadata keys Weekly's modules read and write, and the build-wide values in <see cref="BuildContext"/>.</summary>
public static class Keys
{
    /// <summary>The parsed (later tagged and slugged) issue a document stands for.</summary>
    public static readonly MetadataKey<Issue> Issue = new("Issue");

    /// <summary>The story a story page stands for.</summary>
    public static readonly MetadataKey<StoryEntry> Story = new("Story");

    /// <summary>The region or topic term a term page stands for.</summary>
    public static readonly MetadataKey<Term> Term = new("Term");

    /// <summary>Site-relative permalink of the page, e.g. <c>/issues/x/</c>.</summary>
    public static readonly MetadataKey<string> Permalink = new("Permalink");

    /// <summary>Which page of a paginated listing a document is (set by <c>PaginateDocuments</c>).</summary>
    public static readonly MetadataKey<Modules.Pagination> Pagination = new("Pagination");

    /// <summary>Name of the Scriban layout to render with, e.g. <c>issue</c> (file <c>theme/layouts/issue.scriban</c>).</summary>
    public static readonly MetadataKey<string> Layout = new("Layout");

    /// <summary>The view model handed to the layout as <c>page</c>.</summary>
    public static readonly MetadataKey<object> Model = new("Model");

    /// <summary>Last-modified date for the sitemap (content date, never the clock).</summary>
    public static readonly MetadataKey<DateOnly> LastModified = new("LastModified");

    /// <summary>Front matter of a hand-written page, as parsed YAML (string keys).</summary>
    public static readonly MetadataKey<IReadOnlyDictionary<string, object?>> FrontMatter = new("FrontMatter");

    /// <summary>Raw bytes of a file that is copied as is (assets, static files), or of a rendered page (UTF-8); written instead of the content when set.</summary>
    public static readonly MetadataKey<byte[]> Bytes = new("Bytes");

    /// <summary>
    /// Makes a page's bytes (UTF-8) when the build writes it, reporting template problems to the given
    /// diagnostics: <c>RenderPages</c> defers rendering to the write step, so each page goes to the output
    /// as soon as it is rendered and thousands of pages are never held in memory at once; <c>weekly
    /// preview</c> defers it further, to the first request for the page (<see cref="IO.IDeferredOutputSink"/>).
    /// Called from any thread, at most once per build.
    /// </summary>
    public static readonly MetadataKey<Func<DiagnosticBag, byte[]>> DeferredBytes = new("DeferredBytes");

    /// <summary>
    /// As <see cref="DeferredBytes"/>, but the page's bytes are handed to the given action (exactly once; empty
    /// when a template failed) while they are still the renderer's buffer, valid only during that call: the
    /// writer puts them on disk without an array of their own per page (450 MB at 1,000 issues). Set beside
    /// <see cref="DeferredBytes"/>, never alone.
    /// </summary>
    public static readonly MetadataKey<Action<DiagnosticBag, Action<ReadOnlySpan<byte>>>> DeferredWrite = new("DeferredWrite");

    /// <summary>Build-wide: where <c>WriteFiles</c> writes the site (a staging folder, memory, or nowhere for <c>weekly check</c>).</summary>
    public static readonly MetadataKey<IO.OutputWriter> Output = new("Output");

    /// <summary>Build-wide: site settings.</summary>
    public static readonly MetadataKey<SiteSettings> Settings = new("Settings");

    /// <summary>Build-wide: the site's content model, set once the Issues pipeline has run.</summary>
    public static readonly MetadataKey<SiteModel> Site = new("Site");

    /// <summary>Build-wide: the renderer over the theme and the site model, set by <c>CreateRenderer</c>.</summary>
    public static readonly MetadataKey<Rendering.SiteRenderer> Renderer = new("Renderer");

    /// <summary>Build-wide: the site root folder (absolute path) holding <c>seeds/</c>, <c>input/</c>, <c>theme/</c>.</summary>
    public static readonly MetadataKey<string> RootDirectory = new("RootDirectory");

    /// <summary>Build-wide: true to include draft issues.</summary>
    public static readonly MetadataKey<bool> IncludeDrafts = new("IncludeDrafts");

    /// <summary>
    /// Build-wide: the clock, read only by checks that warn about dates in the future
    /// (<c>CheckIssues</c>); never by anything that shapes the output. Absent in builds without a clock.
    /// </summary>
    public static readonly MetadataKey<TimeProvider> Clock = new("Clock");

    /// <summary>Build-wide: the cache of earlier builds' work (<c>weekly preview</c>), absent in one-off builds.</summary>
    public static readonly MetadataKey<Caching.BuildCache> Cache = new("Cache");
}
