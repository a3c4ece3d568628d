namespace Weekly.Core;

/// <summary>
/// Collects diagnostics from every module of a build, thread-safely, so that all problems are
/// reported at once instead of stopping at the first. Read back in a deterministic order
/// (file, line, column, code, message; ordinal).
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    /// <summary>Adds one diagnostic.</summary>
    public void Add(Diagnostic diagnostic)
    {
        lock (_gate) _items.Add(diagnostic);
    }

    /// <summary>Adds an error. See <see cref="Diagnostic"/> for the parameters.</summary>
    public void Error(string code, string message, string? file = null, int line = 0, int column = 0, string? hint = null) =>
        Add(new Diagnostic(Severity.Error, code, message, file, line, column, hint));

    /// <summary>Adds a warning. See <see cref="Diagnostic"/> for the parameters.</summary>
    public void Warning(string code, string message, string? file = null, int line = 0, int column = 0, string? hint = null) =>
        Add(new Diagnostic(Severity.Warning, code, message, file, line, column, hint));

    /// <summary>True when at least one error was added.</summary>
    public bool HasErrors
    {
        get { lock (_gate) return _items.Exists(d => d.Severity == Severity.Error); }
    }

    /// <summary>All diagnostics, sorted by file, line, column, code and message (ordinal), duplicates removed.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            return _items
                .Distinct()
                .OrderBy(d => d.File ?? "", StringComparer.Ordinal)
                .ThenBy(d => d.Line).ThenBy(d => d.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
