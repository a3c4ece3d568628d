using Weekly.Core;

namespace Weekly.Diagnostics;

/// <summary>
/// The diagnostics catalogue: every code Weekly reports, declared once with its severity, message and hint
/// (the only place a <c>WK</c> code is written; a test keeps it so, and checks the README's table against
/// <see cref="All"/>). Ranges: WK00xx settings, files and the output folder; WK01xx–WK03xx the seed parser
/// (reading and front matter, structure, dates); WK04xx slugs and paths; WK05xx regions; WK06xx the topic
/// taxonomy and the section names; WK07xx templates and Markdown pages; WK08xx feed settings; WK09xx editors' checks and commands.
/// </summary>
public static partial class Codes
{
    /// <summary>Every code, in code order (read by reflection when asked: for tests and the README's table).</summary>
    public static IReadOnlyList<DiagnosticCode> All => typeof(Codes).GetFields()
        .Where(f => f.FieldType == typeof(DiagnosticCode))
        .Select(f => (DiagnosticCode)f.GetValue(null)!)
        .OrderBy(c => c.Id, StringComparer.Ordinal)
        .ToList();

    private static DiagnosticCode Error(string id, string summary, string message, string? hint = null) => new(id, Severity.Error, summary, message, hint);

    private static DiagnosticCode Warning(string id, string summary, string message, string? hint = null) => new(id, Severity.Warning, summary, message, hint);
}
