using System.Collections.Concurrent;
using System.Collections.Frozen;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Weekly.Core;
using Weekly.Diagnostics;

namespace Weekly.Rendering;

/// <summary>
/// A theme folder's Scriban templates: <c>layouts/*.scriban</c> (one per page kind, plus
/// <c>base.scriban</c> that wraps every other layout's output as <c>content</c>) and
/// <c>partials/*.scriban</c> (included with <c>{{ include 'name' }}</c>). Each template is parsed
/// once, at load; rendering is thread-safe and may run in parallel on many pages.
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
/// menu item), footer, story cards, term links and "More from/on" lists this way: 10–30% of a large build's CPU (bench/RESULTS.md).
/// Diagnostics: WK0701 template syntax error, WK0702 template runtime error, WK0703 unknown layout,
/// WK0704 theme folder or <c>layouts/base.scriban</c> missing, WK0705 unreadable template file.
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

    /// <summary>Contexts of finished renders, reused: a fresh one per render cost more than most renders.</summary>
    private readonly ConcurrentBag<ThemeTemplateContext> _contexts = [];

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
                try
                {
                    files[key] = File.ReadAllText(file);
                }
                catch (IOException ex)
                {
                    diagnostics.Report(Codes.TemplateUnreadable, $"{displayPath}/{key}", 0, 0, ex.Message);
                }
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

    /// <summary>True when <c>layouts/&lt;name&gt;.scriban</c> loaded without syntax errors.</summary>
    public bool HasLayout(string name) => _layouts.ContainsKey(name);

    /// <summary>
    /// Renders <c>layouts/&lt;layout&gt;.scriban</c> with <paramref name="globals"/> (e.g. <c>site</c>,
    /// <c>page</c>, <c>issue</c>) inside <c>layouts/base.scriban</c> (same globals, plus <c>content</c>: the
    /// layout's output, trusted), unless it is the base layout itself. The layout is rendered where the
    /// base layout writes <c>content</c>, straight into the page.
    /// </summary>
    /// <returns>The page as UTF-8 without BOM; empty when a template failed (a diagnostic was added).</returns>
    public byte[] RenderUtf8(string layout, IReadOnlyDictionary<string, object?> globals, DiagnosticBag diagnostics)
    {
        byte[] page = [];
        RenderUtf8(layout, globals, diagnostics, bytes => page = IO.ByteBuffers.Copy(bytes));
        return page;
    }

    /// <summary>
    /// As <see cref="RenderUtf8(string, IReadOnlyDictionary{string, object?}, DiagnosticBag)"/>, but hands the page to
    /// <paramref name="write"/> instead of copying it into an array of its own: the bytes (UTF-8 without BOM) are
    /// this thread's render buffer, valid only during the call. Not called when a template failed.
    /// </summary>
    /// <returns>False when a template failed (a diagnostic was added).</returns>
    public bool RenderUtf8(string layout, IReadOnlyDictionary<string, object?> globals, DiagnosticBag diagnostics, Action<ReadOnlySpan<byte>> write)
    {
        if (!_layouts.TryGetValue(layout, out var template))
        {
            if (!BrokenLayouts.Contains(layout))
            {
                diagnostics.Report(Codes.UnknownTemplate, $"{DisplayPath}/layouts/{layout}.scriban", 0, 0, "layout", layout, string.Join(", ", Layouts));
            }
            return false;
        }
        if (layout == BaseLayout) return RenderTemplate(template, globals, null, diagnostics, write);
        if (!_layouts.TryGetValue(BaseLayout, out var baseTemplate))
        {
            RenderTemplate(template, globals, null, diagnostics, _ => { }); // still report the layout's own problems
            return false;
        }
        return RenderTemplate(baseTemplate, globals, new LayoutContent(template, globals), diagnostics, write);
    }

    /// <summary>As <see cref="RenderUtf8(string, IReadOnlyDictionary{string, object?}, DiagnosticBag)"/>, as text.</summary>
    /// <returns>The page's HTML; empty when a template failed (a diagnostic was added).</returns>
    public string Render(string layout, IReadOnlyDictionary<string, object?> globals, DiagnosticBag diagnostics) =>
        Utf8.GetString(RenderUtf8(layout, globals, diagnostics));

    /// <summary>
    /// Renders <c>partials/&lt;name&gt;.scriban</c> alone (a fragment such as a feed item's content).
    /// </summary>
    /// <returns>The fragment; empty when it failed (a diagnostic was added).</returns>
    public TrustedHtml RenderPartial(string name, IReadOnlyDictionary<string, object?> globals, DiagnosticBag diagnostics)
    {
        var path = PartialPath(name);
        if (!PartialsByPath.TryGetValue(path, out var template))
        {
            if (!BrokenPartials.Contains(path)) diagnostics.Report(Codes.UnknownTemplate, path, 0, 0, "partial", name, string.Join(", ", PartialsByPath.Keys.Order(StringComparer.Ordinal).Select(Path.GetFileNameWithoutExtension)));
            return TrustedHtml.Empty;
        }
        var html = TrustedHtml.Empty;
        RenderTemplate(template, globals, null, diagnostics, bytes => html = new TrustedHtml(Utf8.GetString(bytes)));
        return html;
    }

    internal string PartialPath(string name) => $"{DisplayPath}/partials/{name}.scriban";

    /// <summary>The model a template sees: the globals, read-only, and <c>content</c> (null when not given).</summary>
    internal static ScriptObject CreateModel(IReadOnlyDictionary<string, object?> globals, object? content)
    {
        var model = new ScriptObject(globals.Count + 1, StringComparer.Ordinal);
        foreach (var (key, value) in globals) model.SetValue(key, value, readOnly: true);
        if (content is not null) model.SetValue("content", content, readOnly: true);
        else if (!model.ContainsKey("content")) model.SetValue("content", null, readOnly: true);
        return model;
    }

    /// <summary>
    /// What <c>include_cached</c> wrote for each key, per <c>site</c> object: one site object per build, so a
    /// preview build never sees the previous build's text, and the table goes when the build's views do.
    /// </summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, ConcurrentDictionary<CachedPartialKey, CachedPartialText>> _cachedPartials = [];

    /// <summary>
    /// The text of the partial at <paramref name="path"/> rendered with only <c>site</c> (<paramref name="site"/>)
    /// and <paramref name="arguments"/> (<c>$0</c> the name, <c>$1</c>… the keys) visible: from the cache of
    /// <paramref name="site"/> when <paramref name="key"/> was rendered before, else rendered now and kept
    /// (not kept when <paramref name="site"/> is null). Two threads may render the same key at once; the texts are equal.
    /// </summary>
    /// <exception cref="ScriptRuntimeException">The partial failed, or include_cached is nested more than <see cref="RecursiveLimit"/> deep.</exception>
    internal CachedPartialText CachedPartial(object? site, CachedPartialKey key, string path, ScriptArray arguments, int depth, SourceSpan span)
    {
        if (depth >= RecursiveLimit) throw new ScriptRuntimeException(span, $"include_cached is nested more than {RecursiveLimit} deep (does a cached partial include itself?).");
        var table = site is null ? null : _cachedPartials.GetValue(site, _ => new ConcurrentDictionary<CachedPartialKey, CachedPartialText>());
        if (table is not null && table.TryGetValue(key, out var cached)) return cached;
        var template = PartialsByPath[path];
        var context = _contexts.TryTake(out var pooled) ? pooled : new ThemeTemplateContext(this);
        context.ResetPreviousNewLine();
        context.Site = site;
        context.CachedDepth = depth + 1;
        var model = new ScriptObject(1, StringComparer.Ordinal); // site alone: not even content
        model.SetValue("site", site, readOnly: true);
        context.PushGlobal(model);
        context.PushOutput(context.Utf8);
        context.PushLocal();
        context.PushSourceFile(template.SourceFilePath ?? path);
        context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
        try
        {
            if (template.Page is { } page && context.Evaluate(page) is { } result) context.Write(page.Span, result);
        }
        catch (ScriptRuntimeException ex) when (ex is not CachedPartialException)
        {
            // The context is dropped (its stacks are unbalanced); the error keeps its place in the partial.
            throw new CachedPartialException(ex.Span, $"{ex.OriginalMessage} (in include_cached '{Path.GetFileNameWithoutExtension(path)}' at " +
                $"{span.FileName}:{span.Start.Line + 1}: a cached partial sees only site and its keys $1…; pass what it needs as a key)");
        }
        context.PopSourceFile();
        context.PopLocal();
        context.PopOutput();
        context.PopGlobal();
        var text = new CachedPartialText(IO.ByteBuffers.Copy(context.Utf8.TakeSpan()));
        _contexts.Add(context);
        return table is null ? text : table.GetOrAdd(key, text);
    }

    /// <summary>Renders <paramref name="template"/> and hands its bytes to <paramref name="write"/> (see <see cref="RenderUtf8(string, IReadOnlyDictionary{string, object?}, DiagnosticBag, Action{ReadOnlySpan{byte}})"/>); false when it failed.</summary>
    private bool RenderTemplate(Template template, IReadOnlyDictionary<string, object?> globals, object? content, DiagnosticBag diagnostics, Action<ReadOnlySpan<byte>> write)
    {
        var context = _contexts.TryTake(out var pooled) ? pooled : new ThemeTemplateContext(this);
        context.ResetPreviousNewLine();
        context.Site = globals.GetValueOrDefault("site");
        context.CachedDepth = 0;
        context.PushGlobal(CreateModel(globals, content));
        context.PushOutput(context.Utf8);
        try
        {
            template.Render(context);
            context.PopOutput();
            context.PopGlobal();
        }
        catch (ScriptRuntimeException ex)
        {
            var span = ex.Span;
            diagnostics.Report(Codes.TemplateRuntime, span.FileName ?? template.SourceFilePath, span.Start.Line + 1, span.Start.Column + 1, ex.OriginalMessage);
            return false;
        }
        write(context.Utf8.TakeSpan()); // before the context goes back to the pool: the bytes are its buffer
        _contexts.Add(context); // only after success: a failed render may leave its stacks unbalanced
        return true;
    }

    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
}

/// <summary>The <c>content</c> the base layout gets: a page's own layout, rendered where it is written (<see cref="ThemeTemplateContext"/>).</summary>
/// <param name="Template">The page's layout.</param>
/// <param name="Globals">The page's globals.</param>
internal sealed record LayoutContent(Template Template, IReadOnlyDictionary<string, object?> Globals);

/// <summary>A template error inside an <c>include_cached</c> partial, its message already saying so (not said again by enclosing ones).</summary>
internal sealed class CachedPartialException(SourceSpan span, string message) : ScriptRuntimeException(span, message);
