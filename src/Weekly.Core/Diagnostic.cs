using System.Globalization;

namespace Weekly.Core;

/// <summary>How bad a <see cref="Diagnostic"/> is: errors fail the build, warnings do not.</summary>
public enum Severity
{
    /// <summary>Worth a look; the build still succeeds.</summary>
    Warning,

    /// <summary>The build fails and <c>output/</c> is left untouched.</summary>
    Error,
}

/// <summary>
/// A problem in user input (a seed, a settings file, a template), located by file, line and column.
/// Formatted as <c>file:line:col: error WK0103: message (hint)</c>, the shape compilers use, so
/// editors and terminals can jump to it.
/// </summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Code">Stable code, <c>WK</c> + four digits; documented in README.md.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
/// <param name="File">Path relative to the site root ('/' separators), or null when no file applies.</param>
/// <param name="Line">1-based line, or 0 when unknown.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
/// <param name="Hint">What to do about it, or null.</param>
public sealed record Diagnostic(Severity Severity, string Code, string Message, string? File = null, int Line = 0, int Column = 0, string? Hint = null)
{
    /// <summary>
    /// Formats as <c>file:line:col: severity CODE: message (hint)</c>. A problem with the whole file is
    /// placed at 1:1; one with no file at all starts with <c>weekly:</c>.
    /// </summary>
    public override string ToString()
    {
        var location = File is null
            ? "weekly"
            : string.Create(CultureInfo.InvariantCulture, $"{File}:{Math.Max(Line, 1)}:{Math.Max(Column, 1)}");
        var severity = Severity == Severity.Error ? "error" : "warning";
        var hint = Hint is null ? "" : $" ({Hint})";
        return EscapeControls($"{location}: {severity} {Code}: {Message}{hint}", keepLineBreaks: false);
    }

    /// <summary>
    /// <paramref name="text"/> with every control character (C0 but tab, DEL, C1) and every bidirectional formatting
    /// character (<see cref="BidiControls"/>) written as <c>\u001B</c>, <c>\u202E</c>, so that text from a file never
    /// reaches a terminal or a CI log as an escape sequence, a bell, a carriage return or a right-to-left override that
    /// shows the rest of the line backwards.
    /// </summary>
    /// <param name="text">Any text.</param>
    /// <param name="keepLineBreaks">Keep LF and CR as they are (for formats that escape them their own way).</param>
    public static string EscapeControls(string text, bool keepLineBreaks)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAnyInRange('\u0000', '\u001F') && !text.AsSpan().ContainsAnyInRange('\u007F', '\u009F')
            && !text.AsSpan().ContainsAny(BidiControls.All)) return text;
        var builder = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            var control = (c < ' ' && c != '\t' && !(keepLineBreaks && c is '\n' or '\r')) || c is >= '\u007F' and <= '\u009F' || BidiControls.Is(c);
            if (control) builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else builder.Append(c);
        }
        return builder.ToString();
    }
}
