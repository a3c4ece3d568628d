using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Rendering.Markup;

namespace Weekly.Rendering;

/// <summary>
/// Renders a <see cref="Theme"/>'s layouts and partials for one build and one <c>site</c> object: it owns the
/// template contexts (reused from render to render: a fresh one cost more than most renders) and what
/// <c>include_cached</c> wrote (each partial once per list of keys, and the <c>site</c> it sees). Thread-safe:
/// pages may render in parallel. Template problems go to the diagnostics of each call.
/// </summary>
/// <param name="theme">The parsed templates.</param>
/// <param name="site">The <c>site</c> global every render gets (cached partials see only it and their keys).</param>
public sealed class ThemeSession(Theme theme, object site)
{
    /// <summary>Contexts of finished renders, reused.</summary>
    private readonly ConcurrentBag<ThemeTemplateContext> _contexts = [];

    /// <summary>What <c>include_cached</c> wrote for each key.</summary>
    private readonly ConcurrentDictionary<CachedPartialKey, CachedPartialText> _cachedPartials = new();

    /// <summary>The templates.</summary>
    public Theme Theme => theme;

    /// <summary>The <c>site</c> global.</summary>
    public object Site => site;

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
    public bool RenderUtf8(string layout, IReadOnlyDictionary<string, object?> globals, DiagnosticBag diagnostics, ContentWriter write)
    {
        if (!theme.TryGetLayout(layout, out var template))
        {
            if (!theme.BrokenLayouts.Contains(layout))
            {
                diagnostics.Report(Codes.UnknownTemplate, $"{theme.DisplayPath}/layouts/{layout}.scriban", 0, 0, "layout", layout, string.Join(", ", theme.Layouts));
            }
            return false;
        }
        if (layout == Theme.BaseLayout) return RenderTemplate(template, globals, null, diagnostics, write);
        if (!theme.TryGetLayout(Theme.BaseLayout, out var baseTemplate))
        {
            RenderTemplate(template, globals, null, diagnostics, _ => { }); // still report the layout's own problems
            return false;
        }
        return RenderTemplate(baseTemplate, globals, new LayoutContent(template, globals), diagnostics, write);
    }

    /// <summary>
    /// Renders <c>layouts/&lt;layout&gt;.scriban</c> alone, without the base layout (an alias page is a whole document of
    /// its own, as Hugo's <c>alias.html</c>), handing the page to <paramref name="write"/> as the other overload does.
    /// </summary>
    /// <returns>False when the layout is missing or failed (a diagnostic was added).</returns>
    public bool RenderStandalone(string layout, IReadOnlyDictionary<string, object?> globals, DiagnosticBag diagnostics, ContentWriter write)
    {
        if (theme.TryGetLayout(layout, out var template)) return RenderTemplate(template, globals, null, diagnostics, write);
        if (!theme.BrokenLayouts.Contains(layout))
        {
            diagnostics.Report(Codes.UnknownTemplate, $"{theme.DisplayPath}/layouts/{layout}.scriban", 0, 0, "layout", layout, string.Join(", ", theme.Layouts));
        }
        return false;
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
        var path = theme.PartialPath(name);
        if (!theme.PartialsByPath.TryGetValue(path, out var template))
        {
            if (!theme.BrokenPartials.Contains(path)) diagnostics.Report(Codes.UnknownTemplate, path, 0, 0, "partial", name, string.Join(", ", theme.PartialsByPath.Keys.Order(StringComparer.Ordinal).Select(Path.GetFileNameWithoutExtension)));
            return TrustedHtml.Empty;
        }
        var html = TrustedHtml.Empty;
        RenderTemplate(template, globals, null, diagnostics, bytes => html = new TrustedHtml(Utf8.GetString(bytes)));
        return html;
    }

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
    /// The text of the partial at <paramref name="path"/> rendered with only <c>site</c> and <paramref name="arguments"/>
    /// (<c>$0</c> the name, <c>$1</c>… the keys) visible: as written before for <paramref name="key"/>, else rendered now
    /// and kept. Two threads may render the same key at once; the texts are equal.
    /// </summary>
    /// <exception cref="ScriptRuntimeException">The partial failed, or include_cached is nested more than <see cref="Theme.RecursiveLimit"/> deep.</exception>
    internal CachedPartialText CachedPartial(CachedPartialKey key, string path, ScriptArray arguments, int depth, SourceSpan span)
    {
        if (depth >= Theme.RecursiveLimit) throw new ScriptRuntimeException(span, $"include_cached is nested more than {Theme.RecursiveLimit} deep (does a cached partial include itself?).");
        if (_cachedPartials.TryGetValue(key, out var cached)) return cached;
        var template = theme.PartialsByPath[path];
        var context = _contexts.TryTake(out var pooled) ? pooled : new ThemeTemplateContext(this);
        context.ResetPreviousNewLine();
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
        return _cachedPartials.GetOrAdd(key, text);
    }

    /// <summary>Renders <paramref name="template"/> and hands its bytes to <paramref name="write"/> (see <see cref="RenderUtf8(string, IReadOnlyDictionary{string, object?}, DiagnosticBag, ContentWriter)"/>); false when it failed.</summary>
    private bool RenderTemplate(Template template, IReadOnlyDictionary<string, object?> globals, object? content, DiagnosticBag diagnostics, ContentWriter write)
    {
        var context = _contexts.TryTake(out var pooled) ? pooled : new ThemeTemplateContext(this);
        context.ResetPreviousNewLine();
        context.CachedDepth = 0;
        context.PushGlobal(CreateModel(globals, content));
        context.PushOutput(context.Utf8);
        try
        {
            template.Render(context);
            context.PopOutput();
            context.PopGlobal();
        }
        catch (ThemeTemplateContext.UnknownPartialException ex)
        {
            var span = ex.Span;
            diagnostics.Report(Codes.UnknownTemplate, span.FileName ?? template.SourceFilePath, span.Start.Line + 1, span.Start.Column + 1, "partial", ex.Name,
                string.Join(", ", theme.PartialsByPath.Keys.Order(StringComparer.Ordinal).Select(Path.GetFileNameWithoutExtension)));
            return false;
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
