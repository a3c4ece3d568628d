using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Weekly.Core;

namespace Weekly.Cli;

/// <summary>
/// <c>weekly check --format json</c>: one JSON document for other tools,
/// <c>{"errors": 1, "warnings": 3, "diagnostics": [{"file": "seeds/x.txt", "line": 8, "column": 1, "severity": "error",
/// "code": "WK…", "message": "…", "hint": "…"}]}</c>. <c>file</c>, <c>line</c>, <c>column</c> and <c>hint</c> are null when
/// unknown; file paths are relative to the site root, with <c>/</c>. Written by System.Text.Json's source generator (native AOT).
/// </summary>
internal static class JsonDiagnostics
{
    /// <summary>Writes the document (indented, LF line ends) and a line end.</summary>
    public static void Write(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer)
    {
        var document = new CheckReport(
            diagnostics.Count(d => d.Severity == Severity.Error),
            diagnostics.Count(d => d.Severity == Severity.Warning),
            diagnostics.Select(d => new CheckDiagnostic(d.File, d.Line > 0 ? d.Line : null, d.Column > 0 ? d.Column : null,
                d.Severity == Severity.Error ? "error" : "warning", d.Code, d.Message, d.Hint)).ToList());
        writer.WriteLine(JsonSerializer.Serialize(document, Context.CheckReport));
    }

    /// <summary>
    /// The generated serializer, escaping only what JSON requires (quotes, backslashes, control characters): the document is
    /// read by programs, never embedded in HTML, so <c>'</c> and <c>丨</c> stay as they are.
    /// </summary>
    private static readonly CheckReportJson Context = new(new JsonSerializerOptions(CheckReportJson.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}

/// <summary>The JSON document of <c>weekly check --format json</c>.</summary>
/// <param name="Errors">How many diagnostics are errors.</param>
/// <param name="Warnings">How many are warnings.</param>
/// <param name="Diagnostics">Every diagnostic, sorted by file, line, column.</param>
internal sealed record CheckReport(int Errors, int Warnings, IReadOnlyList<CheckDiagnostic> Diagnostics);

/// <summary>One problem: where (site-relative file, 1-based line and column, null when unknown), how bad, what and what to do.</summary>
internal sealed record CheckDiagnostic(string? File, int? Line, int? Column, string Severity, string Code, string Message, string? Hint);

/// <summary>System.Text.Json's generated serializer for <see cref="CheckReport"/> (no reflection: native AOT).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, NewLine = "\n")]
[JsonSerializable(typeof(CheckReport))]
internal sealed partial class CheckReportJson : JsonSerializerContext;
