namespace Weekly.Pipelines;

/// <summary>
/// The names of Weekly's pipelines. Content stage: <see cref="Seeds"/>, <see cref="Markdown"/>, then <see cref="Site"/>.
/// Render stage: <see cref="Issues"/>, <see cref="Stories"/>, <see cref="Taxonomies"/>, <see cref="Pages"/>,
/// <see cref="Feeds"/>, <see cref="Search"/>, <see cref="Assets"/>, <see cref="Redirects"/>, <see cref="Sitemap"/>, with <see cref="Checks"/> beside them.
/// </summary>
public static class PipelineNames
{
    /// <summary>Content stage: the seeds, as issues.</summary>
    public const string Seeds = "Seeds";

    /// <summary>Content stage: the hand-written pages.</summary>
    public const string Markdown = "Markdown";

    /// <summary>Content stage: the site model.</summary>
    public const string Site = "Site";

    /// <summary>Render stage: issue pages.</summary>
    public const string Issues = "Issues";

    /// <summary>Render stage: story pages.</summary>
    public const string Stories = "Stories";

    /// <summary>Render stage: region and topic pages.</summary>
    public const string Taxonomies = "Taxonomies";

    /// <summary>Render stage: home, archive, indexes, search, 404 and the hand-written pages.</summary>
    public const string Pages = "Pages";

    /// <summary>Render stage: site and term feeds.</summary>
    public const string Feeds = "Feeds";

    /// <summary>Render stage: the search index.</summary>
    public const string Search = "Search";

    /// <summary>Render stage: files copied as they are.</summary>
    public const string Assets = "Assets";

    /// <summary>Render stage: alias pages at the old URLs of moved pages, and Netlify's <c>_redirects</c>.</summary>
    public const string Redirects = "Redirects";

    /// <summary>Render stage: sitemap.xml and robots.txt.</summary>
    public const string Sitemap = "Sitemap";

    /// <summary>Beside the render stage: editors' checks across issues (warnings, no files).</summary>
    public const string Checks = "Checks";
}
