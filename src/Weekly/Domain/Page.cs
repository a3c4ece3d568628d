namespace Weekly.Domain;

/// <summary>
/// A hand-written page from <c>input/pages/*.md</c> (About, for instance): Markdown with YAML front matter,
/// read and rendered to HTML in the content stage.
/// </summary>
/// <param name="SourcePath">The Markdown file relative to the site root, e.g. <c>input/pages/about.md</c>.</param>
/// <param name="Slug">URL slug, unique among pages: front matter <c>slug</c>, else the file name (<c>about</c>); the page is at <c>/&lt;slug&gt;/</c>.</param>
/// <param name="Title">Front matter <c>title</c>, else the file name.</param>
/// <param name="Description">Front matter <c>description</c>, or null.</param>
/// <param name="Layout">Front matter <c>layout</c>, else <c>page</c>: the theme layout it is rendered with.</param>
/// <param name="Html">The body as HTML, rendered from Markdown with raw HTML disabled and unsafe link schemes replaced: markup our code made.</param>
public sealed record Page(string SourcePath, string Slug, string Title, string? Description, string Layout, string Html)
{
    /// <summary>The body's links and images to this site (no scheme: <c>/issues/</c>, <c>pic.png</c>), as written, with where they are.</summary>
    public IReadOnlyList<PageLink> Links { get; init; } = [];
}

/// <summary>A link or image of a page's Markdown that points into the site.</summary>
/// <param name="Url">The URL as written (root-relative, or relative to the page's URL).</param>
/// <param name="Line">1-based line in the page's file.</param>
/// <param name="Column">1-based column.</param>
public sealed record PageLink(string Url, int Line, int Column);
