using System.Collections.Frozen;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.IO;
using Weekly.Rendering.Markup;

namespace Weekly.Rendering;

/// <summary>
/// A theme folder's Scriban templates: <c>layouts/*.scriban</c> (one per page kind, plus
/// <c>base.scriban</c> that wraps every other layout's output as <c>content</c>) and
/// <c>partials/*.scriban</c> (included with <c>{{ include 'name' }}</c>). Each template is parsed
/// once, at load, and then only read: a <see cref="ThemeSession"/> renders them.
/// </summary>
/// <remarks>
/// Safety rules (DESIGN.md §3, Rendering): every <c>{{ expr }}</c> result is HTML-escaped unless it
/// is <see cref="TrustedHtml"/>; an included partial's output is trusted. Model values are never
/// parsed as templates, so <c>{{ }}</c> in a headline stays text. <c>capture</c> returns a plain
/// string, so its markup would be escaped when written: use partials instead. Formatting uses the
/// invariant culture; <c>date.iso</c> and <c>date.display</c> format dates; <c>date.now</c> does not
/// exist (builds never read the clock). Undefined variables are errors (strict variables). In the base
/// layout, <c>content</c> is the page's layout itself, rendered where it is written: write it with
/// <c>{{ content }}</c> (once), do not compute with it. Pages are rendered straight to UTF-8.
/// <c>{{ include_cached 'name' key… }}</c> (Hugo's <c>partialCached</c>) renders a partial once per build
/// and list of keys (strings, numbers, booleans, null; view models by reference) and reuses the text: the partial sees only
/// <c>site</c> and its arguments (<c>$1</c>… are the keys), so reading <c>page</c> there is an error
/// rather than one page's data on every page. The theme caches its header (per section and current
/// menu item), footer, story cards, term links and "More from/on" lists this way.
/// Diagnostics: WK0701/WK0706 template syntax, WK0702 template runtime error, WK0703 unknown layout or
/// partial, WK0704 theme folder or <c>layouts/base.scriban</c> missing, WK0705 unreadable template file.
/// </remarks>
public sealed class Theme
{
    /// <summary>Most iterations one loop may run in a template (Scriban's <c>LoopLimit</c>).</summary>
    public const int LoopLimit = 100_000;

    /// <summary>Deepest nesting of includes and function calls (Scriban's <c>RecursiveLimit</c>).</summary>
    public const int RecursiveLimit = 32;

    /// <summary>Name of the layout that wraps every other layout.</summary>
    public const string BaseLayout = "base";

    private readonly FrozenDictionary<string, Template> _layouts;

    private Theme(string displayPath, FrozenDictionary<string, Template> layouts, FrozenDictionary<string, Template> partials,
        FrozenSet<string> brokenLayouts, FrozenSet<string> brokenPartials)
    {
        DisplayPath = displayPath;
        _layouts = layouts;
        PartialsByPath = partials;
        BrokenLayouts = brokenLayouts;
        BrokenPartials = brokenPartials;
    }

    /// <summary>The theme folder as shown in diagnostics, relative to the site root, e.g. <c>theme</c>.</summary>
    public string DisplayPath { get; }

    /// <summary>Names of the layouts that parsed, ordinal order (e.g. <c>base</c>, <c>issue</c>).</summary>
    public IReadOnlyList<string> Layouts => _layouts.Keys.Order(StringComparer.Ordinal).ToList();

    internal FrozenDictionary<string, Template> PartialsByPath { get; }

    internal FrozenSet<string> BrokenLayouts { get; }

    internal FrozenSet<string> BrokenPartials { get; }

    /// <summary>
    /// Loads and parses every <c>layouts/*.scriban</c> and <c>partials/*.scriban</c> under
    /// <paramref name="directory"/>. Problems are added to <paramref name="diagnostics"/> (a template with
    /// syntax errors is left out); never throws for bad input.
    /// </summary>
    /// <param name="directory">The theme folder (absolute or relative to the working directory).</param>
    /// <param name="diagnostics">Receives WK0701, WK0704 and WK0705.</param>
    /// <param name="displayPath">The folder as shown in diagnostics, relative to the site root.</param>
    public static Theme Load(string directory, DiagnosticBag diagnostics, string displayPath = "theme")
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(directory))
        {
            diagnostics.Report(Codes.ThemeMissing, displayPath, 0, 0, $"folder '{displayPath}'");
            return FromSources(files, diagnostics, displayPath);
        }
        foreach (var folder in new[] { "layouts", "partials" })
        {
            var full = Path.Combine(directory, folder);
            if (!Directory.Exists(full)) continue;
            foreach (var file in Directory.EnumerateFiles(full, "*.scriban").Order(StringComparer.Ordinal))
            {
                var key = $"{folder}/{Path.GetFileName(file)}";
                if (TextInput.ReadFile(file, $"{displayPath}/{key}", diagnostics, Codes.TemplateUnreadable) is { } text) files[key] = text;
            }
        }
        return FromSources(files, diagnostics, displayPath);
    }

    /// <summary>
    /// Builds a theme from template texts keyed by path inside the theme folder, e.g.
    /// <c>layouts/issue.scriban</c>, <c>partials/head.scriban</c> (other keys are ignored). For tests and
    /// for <see cref="Load"/>. Syntax errors become WK0701 diagnostics at <c>theme/layouts/x.scriban:line:col</c>.
    /// </summary>
    public static Theme FromSources(IReadOnlyDictionary<string, string> files, DiagnosticBag diagnostics, string displayPath = "theme")
    {
        var layouts = new Dictionary<string, Template>(StringComparer.Ordinal);
        var partials = new Dictionary<string, Template>(StringComparer.Ordinal);
        var brokenLayouts = new HashSet<string>(StringComparer.Ordinal);
        var brokenPartials = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, text) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var isLayout = key.StartsWith("layouts/", StringComparison.Ordinal);
            if (!(isLayout || key.StartsWith("partials/", StringComparison.Ordinal)) || !key.EndsWith(".scriban", StringComparison.Ordinal)) continue;
            var path = $"{displayPath}/{key}";
            var template = Template.Parse(text.Replace("\r\n", "\n", StringComparison.Ordinal), path);
            var ok = true;
            foreach (var message in template.Messages)
            {
                var error = message.Type == ParserMessageType.Error;
                ok &= !error;
                diagnostics.Report(error ? Codes.TemplateSyntax : Codes.TemplateSyntaxWarning, path, message.Span.Start.Line + 1, message.Span.Start.Column + 1, message.Message);
            }
            if (isLayout)
            {
                var name = Path.GetFileNameWithoutExtension(key["layouts/".Length..]);
                if (ok) layouts[name] = template; else brokenLayouts.Add(name);
            }
            else if (ok) partials[path] = template;
            else brokenPartials.Add(path);
        }
        if (!layouts.ContainsKey(BaseLayout) && !brokenLayouts.Contains(BaseLayout))
        {
            diagnostics.Report(Codes.ThemeMissing, displayPath, 0, 0, $"layouts/{BaseLayout}.scriban");
        }
        return new Theme(displayPath, layouts.ToFrozenDictionary(StringComparer.Ordinal), partials.ToFrozenDictionary(StringComparer.Ordinal),
            brokenLayouts.ToFrozenSet(StringComparer.Ordinal), brokenPartials.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>The parsed <c>layouts/&lt;name&gt;.scriban</c>, when it loaded without syntax errors.</summary>
    internal bool TryGetLayout(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Template? template) =>
        _layouts.TryGetValue(name, out template);

    internal string PartialPath(string name) => $"{DisplayPath}/partials/{name}.scriban";
}

/// <summary>The <c>content</c> the base layout gets: a page's own layout, rendered where it is written (<see cref="ThemeTemplateContext"/>).</summary>
/// <param name="Template">The page's layout.</param>
/// <param name="Globals">The page's globals.</param>
internal sealed record LayoutContent(Template Template, IReadOnlyDictionary<string, object?> Globals);

/// <summary>A template error inside an <c>include_cached</c> partial, its message already saying so (not said again by enclosing ones).</summary>
internal sealed class CachedPartialException(SourceSpan span, string message) : ScriptRuntimeException(span, message);
