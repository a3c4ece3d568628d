using System.Text;
using Scriban.Runtime;

namespace Weekly.Rendering;

/// <summary>
/// A Scriban output that encodes text to UTF-8 (no BOM) as it is written, into a buffer reused from
/// render to render: a page is never held as a .NET string (UTF-16, twice the bytes) and then encoded
/// again. Surrogate pairs split across writes are encoded correctly (a stateful encoder). Not thread-safe:
/// one per <see cref="ThemeTemplateContext"/>.
/// </summary>
internal sealed class Utf8Output : IScriptOutput
{
    /// <summary>A buffer grown past this for a large page is dropped after it, not kept for the next.</summary>
    private const int KeptCapacity = 1 << 20;

    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private byte[] _buffer = new byte[64 * 1024];
    private int _length;

    public void Write(string text, int offset, int count)
    {
        EnsureRoom(Encoding.UTF8.GetMaxByteCount(count));
        _encoder.Convert(text.AsSpan(offset, count), _buffer.AsSpan(_length), flush: false, out _, out var written, out _);
        _length += written;
    }

    /// <summary>
    /// Appends <paramref name="utf8"/> as it is (already UTF-8). A high surrogate left pending by the last
    /// <see cref="Write"/> becomes U+FFFD first, as it would had the next text begun with anything but a low surrogate.
    /// </summary>
    public void WriteUtf8(ReadOnlySpan<byte> utf8)
    {
        EnsureRoom(Encoding.UTF8.GetMaxByteCount(0) + utf8.Length);
        _encoder.Convert([], _buffer.AsSpan(_length), flush: true, out _, out var written, out _);
        _length += written;
        utf8.CopyTo(_buffer.AsSpan(_length));
        _length += utf8.Length;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The bytes written since the last take, and starts again empty. The span points into this output's
    /// buffer: it is valid until the next write, so use it (or copy it) before rendering anything else here.
    /// </summary>
    public ReadOnlySpan<byte> TakeSpan()
    {
        EnsureRoom(Encoding.UTF8.GetMaxByteCount(0)); // a high surrogate left pending becomes U+FFFD
        _encoder.Convert([], _buffer.AsSpan(_length), flush: true, out _, out var written, out _);
        var bytes = _buffer.AsSpan(0, _length + written);
        _length = 0;
        if (_buffer.Length > KeptCapacity) _buffer = new byte[64 * 1024]; // the span keeps the large one alive while it is used
        return bytes;
    }

    private void EnsureRoom(int bytes)
    {
        if (_length + bytes > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_length + bytes, _buffer.Length * 2));
    }

    /// <summary>Empty: Scriban's <c>Template.Render</c> asks for the output as a string, which this output never makes (use <see cref="TakeSpan"/>).</summary>
    public override string ToString() => string.Empty;
}
