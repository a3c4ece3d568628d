using System.Globalization;
using System.Text;
using Weekly.Core;

namespace Weekly.Diagnostics;

/// <summary>
/// One entry of the diagnostics catalogue (<see cref="Codes"/>): a stable code with its severity, what it
/// means, and the message and hint every report of it uses. Messages and hints are composite format
/// strings (<c>{0}</c>, <c>{1:yyyy-MM-dd}</c>) filled, with the invariant culture, from the arguments of
/// <see cref="At"/>; the hint may use the same arguments.
/// </summary>
/// <param name="Id">Stable code, <c>WK</c> + four digits (README, "Diagnostic codes").</param>
/// <param name="Severity">Whether it fails the build.</param>
/// <param name="Summary">What it means, in a few words (the README's table).</param>
/// <param name="Message">The message: one sentence, composite format.</param>
/// <param name="Hint">What to do about it, composite format; null when the message says it all.</param>
public sealed record DiagnosticCode(string Id, Severity Severity, string Summary, string Message, string? Hint = null)
{
    private readonly CompositeFormat _message = CompositeFormat.Parse(Message);
    private readonly CompositeFormat? _hint = Hint is null ? null : CompositeFormat.Parse(Hint);

    /// <summary>How many arguments the message and hint need.</summary>
    public int ArgumentCount => Math.Max(_message.MinimumArgumentCount, _hint?.MinimumArgumentCount ?? 0);

    /// <summary>A report of this code at a place in a file.</summary>
    /// <param name="file">Path relative to the site root ('/' separators), or null when no file applies.</param>
    /// <param name="line">1-based line, or 0 when unknown.</param>
    /// <param name="column">1-based column, or 0 when unknown.</param>
    /// <param name="args">Values for the message's and hint's placeholders.</param>
    /// <exception cref="FormatException">Fewer arguments than the placeholders need (a bug at the call site).</exception>
    public Diagnostic At(string? file, int line, int column, params object?[] args) =>
        new(Severity, Id, string.Format(CultureInfo.InvariantCulture, _message, args), file, line, column,
            _hint is null ? null : string.Format(CultureInfo.InvariantCulture, _hint, args));

    /// <inheritdoc />
    public override string ToString() => Id;
}

/// <summary>Reporting catalogue codes.</summary>
public static class DiagnosticBagExtensions
{
    /// <summary>Adds <paramref name="code"/> at <paramref name="file"/>:<paramref name="line"/>:<paramref name="column"/> (0, 0 for the whole file; see <see cref="DiagnosticCode.At"/>).</summary>
    public static void Report(this DiagnosticBag bag, DiagnosticCode code, string? file, int line, int column, params object?[] args) =>
        bag.Add(code.At(file, line, column, args));
}
