using System.Text;

namespace Weekly.Core;

/// <summary>Receives a document's bytes: valid only during the call (they may be a reused buffer), so copy what you keep.</summary>
/// <param name="bytes">The bytes (UTF-8 without BOM for text).</param>
public delegate void ContentWriter(ReadOnlySpan<byte> bytes);

/// <summary>
/// What a document holds and, when it has a destination, what is written there (Statiq's content
/// providers): text, bytes, or something made only when the bytes are asked for, such as a page the
/// theme renders (<see cref="WriteTo"/> is then when it renders). The one place a document's output
/// lives; the output decides when to ask (a build at once, <c>weekly preview</c> on a browser's request).
/// </summary>
public abstract class DocumentContent
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>No bytes.</summary>
    public static DocumentContent Empty { get; } = new BytesContent([]);

    /// <summary>Content that is these bytes (kept, not copied).</summary>
    public static DocumentContent FromBytes(byte[] bytes) => new BytesContent(bytes);

    /// <summary>Content that is this text, written as UTF-8 without BOM.</summary>
    public static DocumentContent FromText(string text) => new TextContent(text);

    /// <summary>
    /// Content made only when it is written: <paramref name="make"/> hands the bytes to the writer it is given, exactly once
    /// (empty when making them failed), and reports problems to the bag it is given. Made again each time it is asked for.
    /// </summary>
    public static DocumentContent Deferred(Action<DiagnosticBag, ContentWriter> make) => new DeferredContent(make);

    /// <summary>
    /// Makes the bytes and hands them to <paramref name="write"/> exactly once (valid only during the call;
    /// empty when making them failed). Problems in user input (a template error) go to <paramref name="diagnostics"/>.
    /// Thread-safe.
    /// </summary>
    public abstract void WriteTo(DiagnosticBag diagnostics, ContentWriter write);

    /// <summary>The bytes in an array of their own (the array itself for <see cref="FromBytes"/>).</summary>
    public virtual byte[] ToBytes(DiagnosticBag diagnostics)
    {
        byte[] bytes = [];
        WriteTo(diagnostics, span => bytes = span.ToArray());
        return bytes;
    }

    /// <summary>The bytes as UTF-8 text (the text itself for <see cref="FromText"/>).</summary>
    public virtual string ToText(DiagnosticBag diagnostics) => Utf8.GetString(ToBytes(diagnostics));

    private sealed class BytesContent(byte[] bytes) : DocumentContent
    {
        public override void WriteTo(DiagnosticBag diagnostics, ContentWriter write) => write(bytes);

        public override byte[] ToBytes(DiagnosticBag diagnostics) => bytes;
    }

    private sealed class DeferredContent(Action<DiagnosticBag, ContentWriter> make) : DocumentContent
    {
        public override void WriteTo(DiagnosticBag diagnostics, ContentWriter write) => make(diagnostics, write);
    }

    private sealed class TextContent(string text) : DocumentContent
    {
        public override void WriteTo(DiagnosticBag diagnostics, ContentWriter write) => write(Utf8.GetBytes(text));

        public override string ToText(DiagnosticBag diagnostics) => text;
    }
}
