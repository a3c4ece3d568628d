using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Weekly.Core;
using Weekly.Rendering;

namespace Weekly.Tests.TestKit;

/// <summary>Renders a theme's layouts in tests as a build does: one <see cref="ThemeSession"/> per theme and <c>site</c> object.</summary>
public static class ThemeRendering
{
    private static readonly object NoSite = new();
    private static readonly ConditionalWeakTable<Theme, ConcurrentDictionary<object, ThemeSession>> Sessions = [];

    /// <summary>Renders <c>layouts/&lt;layout&gt;.scriban</c> with <paramref name="globals"/>; "" when a template failed (see the bag).</summary>
    public static string Render(this Theme theme, string layout, IReadOnlyDictionary<string, object?> globals, DiagnosticBag diagnostics)
    {
        var site = globals.GetValueOrDefault("site") ?? NoSite;
        var session = Sessions.GetValue(theme, _ => new(ReferenceEqualityComparer.Instance)).GetOrAdd(site, s => new ThemeSession(theme, s));
        return session.Render(layout, globals, diagnostics);
    }
}
