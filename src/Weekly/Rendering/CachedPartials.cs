using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Weekly.Rendering;

/// <summary>
/// <c>include_cached 'name' key…</c>, after Hugo's <c>partialCached</c>: renders the partial once per
/// build for each distinct list of keys and writes the same text wherever it is called again with
/// them. A key is a string, number, boolean or null (compared by value), or a view model such as a
/// <c>story</c> (compared by reference: the same object, the same text; view models do not change once
/// made). The partial sees only <c>site</c> and its arguments (<c>$1</c>… are the keys), never <c>page</c>
/// or the other globals: reading one is a template error (WK0702), so a cached partial cannot show one
/// page's data on another, and the text is the same whichever page rendered it first. See
/// <see cref="ThemeSession.CachedPartial"/>.
/// </summary>
internal sealed class CachedInclude(IScriptCustomFunction inner) : ThemeIncludeFunction(inner)
{
    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (arguments.Count == 0) throw new ScriptRuntimeException(span, "include_cached needs the name of a partial.");
        var path = context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), callerContext);
        if (path is null) return null;
        var parts = new object?[arguments.Count];
        parts[0] = path;
        for (var i = 1; i < arguments.Count; i++)
        {
            parts[i] = arguments[i] switch
            {
                null or string or bool or int or long or double or float or decimal => arguments[i],
                var view when view.GetType().Namespace == typeof(ViewModels.PageView).Namespace => view,
                var other => throw new ScriptRuntimeException(span,
                    $"include_cached keys must be strings, numbers, booleans, null or view models (story, issue, term, page, site…); key {i} is {Describe(other)}. Pass a view model or a field of one instead."),
            };
        }
        var own = (ThemeTemplateContext)context;
        own.Session.CachedPartial(new CachedPartialKey(parts), path, arguments, own.CachedDepth, span).WriteTo(own);
        return null; // written
    }

    /// <summary>What a value is, in a template writer's words: "a list", "an object", or its type's name.</summary>
    private static string Describe(object value) => value switch
    {
        System.Collections.IDictionary or ScriptObject => "an object",
        System.Collections.IEnumerable => "a list",
        _ => value.GetType().Name,
    };
}

/// <summary>
/// The key of an <c>include_cached</c> render: the partial's path, then its keys. Strings, numbers, booleans
/// and null are compared by value (<c>1</c> and <c>1.0</c> differ: keys of different types never match);
/// view models by reference.
/// </summary>
internal sealed class CachedPartialKey(object?[] parts) : IEquatable<CachedPartialKey>
{
    private readonly int _hash = Hash(parts);

    public bool Equals(CachedPartialKey? other)
    {
        if (other is null || other._hash != _hash || other.Parts.Length != parts.Length) return false;
        for (var i = 0; i < parts.Length; i++)
        {
            var (a, b) = (parts[i], other.Parts[i]);
            if (ReferenceEquals(a, b)) continue;
            if (a is null || b is null || a.GetType() != b.GetType() || !IsValue(a) || !a.Equals(b)) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as CachedPartialKey);

    public override int GetHashCode() => _hash;

    private object?[] Parts => parts;

    private static bool IsValue(object value) => value is string or bool or int or long or double or float or decimal;

    private static int Hash(object?[] parts)
    {
        var hash = new HashCode();
        foreach (var part in parts)
        {
            hash.Add(part is null ? 0 : IsValue(part) ? part.GetHashCode() : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(part));
        }
        return hash.ToHashCode();
    }
}

/// <summary>
/// What an <c>include_cached</c> partial rendered, kept as UTF-8 (half the memory of a string: a site of
/// 24,000 stories keeps two texts per story) and written into a page's UTF-8 output as it is, without
/// encoding it again. The last character is kept as text and written through Scriban, so that Scriban
/// knows whether the output ends a line, exactly as if the whole text had been written.
/// </summary>
internal sealed class CachedPartialText
{
    private readonly byte[] _utf8;
    private readonly int _bodyLength; // all but the last character
    private readonly string _tail;

    /// <summary>Wraps <paramref name="utf8"/> (the partial's whole text in UTF-8, as <see cref="Utf8Output"/> made it).</summary>
    public CachedPartialText(byte[] utf8)
    {
        var last = utf8.Length;
        while (last > 0 && (utf8[last - 1] & 0xC0) == 0x80) last--; // back over continuation bytes
        last = Math.Max(0, last - 1);
        (_utf8, _bodyLength) = (utf8, last);
        var tail = utf8.AsSpan(last);
        _tail = tail.SequenceEqual("\n"u8) ? "\n" : tail.SequenceEqual(">"u8) ? ">" : Encoding.UTF8.GetString(tail);
    }

    /// <summary>Writes the text where <paramref name="context"/> is writing: straight into its UTF-8 output when nothing is indented (null or empty indent: Scriban then writes the same bytes and ends in the same line state), else as text.</summary>
    public void WriteTo(ThemeTemplateContext context)
    {
        if (context.CurrentIndent is not { Length: > 0 } && context.Output is Utf8Output utf8) utf8.WriteUtf8(_utf8.AsSpan(0, _bodyLength));
        else context.Write(Encoding.UTF8.GetString(_utf8, 0, _bodyLength));
        context.Write(_tail);
    }
}
