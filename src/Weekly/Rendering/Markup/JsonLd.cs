using System.Buffers;
using System.Collections;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Weekly.Rendering.Markup;

/// <summary>
/// Serialises schema.org JSON-LD for a <c>&lt;script type="application/ld+json"&gt;</c> element with
/// System.Text.Json's <see cref="Utf8JsonWriter"/>. The encoder always escapes <c>&lt; &gt; &amp; ' "</c>
/// and <c>+</c> as <c>\uXXXX</c>, so text such as <c>&lt;/script&gt;</c> in a headline can never close the
/// element; other Unicode (CJK) is kept readable. Written by hand rather than by
/// <see cref="JsonSerializer"/>, whose reflection-based set-up for <c>object</c> values cost more than
/// all the JSON-LD of a small site; the bytes are the same.
/// </summary>
public static class JsonLd
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>
    /// Serialises <paramref name="value"/> (dictionaries keep their insertion order) as trusted HTML.
    /// Values may be strings, nulls, nested dictionaries with string keys and lists of those. A key whose value is
    /// null is left out (a property with no value, as schema.org's validators and Google expect; never <c>"about":null</c>);
    /// a null in a list is written as <c>null</c>.
    /// </summary>
    /// <exception cref="ArgumentException">A value of another type.</exception>
    public static TrustedHtml Serialize(IReadOnlyDictionary<string, object?> value)
    {
        // One buffer and writer per thread, reused: a large site serializes tens of thousands of these.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, Options);
        writer.Reset(buffer);
        Write(writer, value);
        writer.Flush();
        return new(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    if (item is null) continue;
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items) Write(writer, item);
                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"JSON-LD values are strings, dictionaries or lists, not {value.GetType()}.", nameof(value));
        }
    }
}
