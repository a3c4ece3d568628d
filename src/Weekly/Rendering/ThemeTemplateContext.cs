using System.Globalization;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Weekly.Rendering.Markup;

namespace Weekly.Rendering;

/// <summary>
/// The Scriban context for one render: HTML-escapes every <c>{{ expr }}</c> result unless it is
/// <see cref="TrustedHtml"/>, resolves <c>include 'name'</c> to the theme's pre-parsed partials and
/// returns their output as trusted HTML, and formats with the invariant culture. Contexts are not
/// thread-safe: <see cref="ThemeSession"/> hands each render its own, and reuses one only after a render that
/// succeeded (its stacks are then balanced). The parsed templates and the builtin functions
/// (<see cref="SharedBuiltins"/>, read-only) are shared by all contexts.
/// </summary>
internal sealed class ThemeTemplateContext : TemplateContext
{
    private readonly ThemeSession _session;

    /// <summary>
    /// Scriban's builtin functions with <c>include</c> and <c>date</c> replaced, built once: copying
    /// Scriban's defaults for every render cost more than most renders. Templates cannot change it
    /// (assignments go to the model, the top global), so contexts on many threads may share it.
    /// </summary>
    private static readonly ScriptObject SharedBuiltins = CreateBuiltins();

    public ThemeTemplateContext(ThemeSession session) : base(SharedBuiltins)
    {
        _session = session;
        var theme = session.Theme;
        NewLine = "\n";
        LoopLimit = Theme.LoopLimit;
        RecursiveLimit = Theme.RecursiveLimit;
        ObjectRecursionLimit = Theme.RecursiveLimit;
        // Scriban cuts any value it turns into text at 1 MiB by default (LimitToString), and with it a
        // page's layout output, silently, ending in "...": a page over 1 MiB would lose its end.
        LimitToString = 0;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        TemplateLoader = new PartialLoader(theme);
        PushCulture(CultureInfo.InvariantCulture);
        foreach (var (path, template) in theme.PartialsByPath) CachedTemplates[path] = template;
    }

    private static ScriptObject CreateBuiltins()
    {
        // Scriban's default builtins (what GetDefaultBuiltinObject returns), put together here directly:
        // that method builds every module into a static default and then deep-copies it, and builds a
        // `date` module that is replaced here anyway. Same names, same order, read-only as Scriban's.
        var builtins = new ScriptObject(11);
        builtins.SetValue("array", new ArrayFunctions(), true);
        builtins.SetValue("empty", EmptyScriptObject.Default, true);
        builtins.SetValue("blank", EmptyScriptObject.Default, true);
        builtins.SetValue("include", new TrustedInclude(new IncludeFunction()), true);
        builtins.SetValue("include_cached", new CachedInclude(new IncludeFunction()), true);
        builtins.SetValue("date", CreateDateFunctions(), true);
        builtins.SetValue("html", new HtmlFunctions(), true);
        builtins.SetValue("math", new MathFunctions(), true);
        builtins.SetValue("object", new ObjectFunctions(), true);
        builtins.SetValue("regex", new RegexFunctions(), true);
        builtins.SetValue("string", new StringFunctions(), true);
        builtins.SetValue("timespan", new TimeSpanFunctions(), true);
        return builtins;
    }

    /// <summary>Where a render's text goes (UTF-8), reused by every render on this context.</summary>
    internal Utf8Output Utf8 { get; } = new();

    /// <summary>The session this context renders for (its theme, its <c>include_cached</c> store).</summary>
    internal ThemeSession Session => _session;

    /// <summary>How many <c>include_cached</c> renders enclose the current one (0 for a page): stops a partial that caches itself.</summary>
    internal int CachedDepth { get; set; }

    /// <inheritdoc />
    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        TrustedHtml trusted => Write(trusted.Html),
        // Written after leading white space, Scriban indents every line of a value: the layout is then
        // rendered to text of its own first (as Scriban's include does), so all of it is indented alike.
        LayoutContent layout when CurrentIndent is { Length: > 0 } => Write(RenderTemplate(LayoutAlone, [layout], null)),
        LayoutContent layout => WriteLayout(layout),
        TextLine line => WriteLine(line),
        null => this,
        _ => WriteEscaped(ObjectToString(textAsObject)),
    };

    /// <summary>
    /// Writes <paramref name="text"/> as <see cref="Html.Escape"/> would make it (escaped, and isolated when it holds
    /// bidi controls), piece by piece (the runs
    /// between special characters, then each entity), so no escaped copy of the text is made. The
    /// pieces go through <see cref="TemplateContext.Write(string, int, int)"/>, which indents lines
    /// exactly as it would the escaped text in one piece.
    /// </summary>
    private ThemeTemplateContext WriteEscaped(string? text)
    {
        if (string.IsNullOrEmpty(text)) return this;
        if (Weekly.Text.BidiText.HasControls(text))
        {
            Write(Html.FirstStrongIsolate);
            WriteEntities(text);
            Write(Html.PopDirectionalIsolate);
            return this;
        }
        return WriteEntities(text);
    }

    /// <summary><see cref="WriteEscaped"/> without the isolation: the text with its special characters as entities.</summary>
    private ThemeTemplateContext WriteEntities(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var next = text.AsSpan(start).IndexOfAny(Html.Special);
            if (next < 0)
            {
                Write(text, start, text.Length - start);
                break;
            }
            if (next > 0) Write(text, start, next);
            Write(Html.Entity(text[start + next]));
            start += next + 1;
        }
        return this;
    }

    /// <summary>Writes each piece of <paramref name="line"/> escaped, and isolated on its own: see <see cref="TextLine"/>.</summary>
    private ThemeTemplateContext WriteLine(TextLine line)
    {
        foreach (var part in line.Parts) WriteEscaped(part);
        return this;
    }

    /// <summary>Writes its argument (a <see cref="LayoutContent"/>) where nothing is indented: see <see cref="Write(SourceSpan, object?)"/>.</summary>
    private static readonly Template LayoutAlone = Template.Parse("{{ $0 }}");

    /// <summary>
    /// Renders a layout where the base layout writes <c>content</c>. The layout sees the base layout's
    /// model (the same globals) under a store of its own that gives <c>content</c> the value it would
    /// have alone (its globals' <c>content</c>, else null) and takes its assignments.
    /// </summary>
    private ThemeTemplateContext WriteLayout(LayoutContent layout)
    {
        var own = new ScriptObject(1, StringComparer.Ordinal);
        own.SetValue("content", layout.Globals.GetValueOrDefault("content"), readOnly: true);
        PushGlobal(own);
        PushSourceFile(layout.Template.SourceFilePath ?? "");
        try
        {
            if (layout.Template.Page is { } page && Evaluate(page) is { } result) Write(page.Span, result);
        }
        finally
        {
            PopSourceFile();
            PopGlobal();
        }
        return this;
    }

    /// <inheritdoc />
    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext) =>
        _session.Theme.PartialsByPath.TryGetValue(templatePath, out var template)
            ? template
            : throw new ScriptRuntimeException(callerContext?.Span ?? default, $"No partial at '{templatePath}'.");

    private static ScriptObject CreateDateFunctions()
    {
        // Replaces Scriban's `date` object, whose `date.now` would read the clock.
        var date = new ScriptObject();
        date.SetValue("iso", new DateFunction(DateFormats.Iso), true);
        date.SetValue("display", new DateFunction(DateFormats.Display), true);
        return date;
    }

    /// <summary>
    /// <c>date.iso value</c> / <c>date.display value</c>: formats a date (anything <see cref="DateFormats.FromObject"/>
    /// reads), or gives "" for anything else. Written out rather than imported from a delegate, which
    /// Scriban does by reflection (not available in the trimmed, native-AOT tool).
    /// </summary>
    private sealed class DateFunction(Func<DateOnly, string> format) : IScriptCustomFunction
    {
        public int RequiredParameterCount => 1;
        public int ParameterCount => 1;
        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
        public Type ReturnType => typeof(string);

        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            arguments.Count == 1
                ? DateFormats.FromObject(arguments[0]) is { } d ? format(d) : ""
                : throw new ScriptArgumentException(0, $"expects one value, got {arguments.Count}");

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
    }

    /// <summary>An include of a partial the theme does not have: reported as WK0703 (unknown partial) at the include, not WK0702.</summary>
    internal sealed class UnknownPartialException(SourceSpan span, string name) : ScriptRuntimeException(span, $"Unknown partial '{name}'.")
    {
        public string Name { get; } = name;
    }

    /// <summary>Maps <c>include 'story-card'</c> to <c>theme/partials/story-card.scriban</c>.</summary>
    private sealed class PartialLoader(Theme theme) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
        {
            var path = theme.PartialPath(templateName);
            if (theme.PartialsByPath.ContainsKey(path)) return path;
            if (!theme.BrokenPartials.Contains(path)) throw new UnknownPartialException(callerSpan, templateName);
            throw new ScriptRuntimeException(callerSpan, $"Partial '{templateName}' ({path}) has syntax errors.");
        }

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            throw new ScriptRuntimeException(callerSpan, $"No partial at '{templatePath}'.");

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }

    /// <summary>
    /// Scriban's <c>include</c>, with its output marked as trusted (it was escaped as it was rendered).
    /// An include that is a statement of its own (<c>{{ include 'x' a b }}</c>, how the theme uses it) is
    /// rendered straight into the current output instead of into a string of its own that is then copied
    /// there: the same text, without the copies (includes were half of all the memory a build allocated).
    /// Like Scriban's, it checks the recursion limit, gives the partial its arguments as <c>$</c>/<c>$0</c>…
    /// in a local scope, and reports errors at the partial's file. Anywhere else (inside an expression,
    /// with named arguments, or under a non-empty indentation) it falls back to Scriban's own include.
    /// </summary>
    private sealed class TrustedInclude(IScriptCustomFunction inner) : ThemeIncludeFunction(inner)
    {
        public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            if (callerContext is not ScriptFunctionCall { Parent: ScriptExpressionStatement } call || arguments.Count == 0
                || context.CurrentIndent is { Length: > 0 } || call.Arguments.Any(a => a is ScriptNamedArgument))
            {
                return new TrustedHtml(context.ObjectToString(Inner.Invoke(context, callerContext, arguments, blockStatement)) ?? "");
            }
            var path = context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), call);
            if (path is null) return null;
            var template = context.GetOrCreateTemplate(path, call);
            var indent = context.CurrentIndent; // "" at most here: nothing to indent, as in Scriban's include
            context.CurrentIndent = null;
            context.EnterRecursive(call);
            context.PushLocal();
            context.PushSourceFile(template.SourceFilePath ?? path);
            try
            {
                context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
                if (template.Page is { } page && context.Evaluate(page) is { } result) context.Write(page.Span, result);
            }
            finally
            {
                context.PopSourceFile();
                context.PopLocal();
                context.ExitRecursive(call);
                context.CurrentIndent = indent;
            }
            return null; // already written
        }
    }
}

/// <summary>
/// An include function of the theme (<c>include</c>, <c>include_cached</c>): takes its parameters from
/// Scriban's <c>include</c> (<paramref name="inner"/>: the partial's name, then any values), returns
/// trusted HTML, and runs synchronously.
/// </summary>
internal abstract class ThemeIncludeFunction(IScriptCustomFunction inner) : IScriptCustomFunction
{
    /// <summary>Scriban's own <c>include</c>.</summary>
    protected IScriptCustomFunction Inner => inner;

    public int RequiredParameterCount => inner.RequiredParameterCount;
    public int ParameterCount => inner.ParameterCount;
    public ScriptVarParamKind VarParamKind => inner.VarParamKind;
    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

    public abstract object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
