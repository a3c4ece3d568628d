using Weekly.Caching;
using Weekly.Core;
using Weekly.Modules;

namespace Weekly.Pipelines;

/// <summary>Content stage, Markdown: every page in <c>input/pages/</c>, its front matter read, slugged, its body rendered to HTML.</summary>
/// <param name="cache">The build's cache: reads the files.</param>
public sealed class MarkdownPipeline(IBuildCache cache) : Pipeline(PipelineNames.Markdown, [],
[
    // Read: the pages as UTF-8 text.
    ReadFiles.Text("input/pages", cache, "**/*.md"),
    // Control characters, noncharacters: removed, with a warning at each line (WK0209).
    new RemoveUnsafeCharacters(),
    // Front matter (title, description, slug, layout), then the slug and the body as HTML.
    new ExtractFrontMatter(),
    // Keys and types as a seed's front matter is checked; drafts left out unless --drafts (preview includes them).
    new CheckPageFrontMatter(),
    new SetSlugs(),
    new RenderMarkdown(),
]);
