using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Weekly.Rendering;

/// <summary>
/// Serialises schema.org JSON-LD for a <c>&lt;script type="application/ld+json"&gt;</c> element with
/// System.Text.Json. The encoder always escapes <c>&lt; &gt; &amp; ' "</c> and <c>+</c> as <c>\uXXXX</c>,
/// so text such as <c>&lt;/script&gt;</c> in a headline can never close the element; other Unicode
/// (CJK) is kept readable.
/// </summary>
public static class JsonLd
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Serialises <paramref name="value"/> (dictionaries keep their insertion order) as trusted HTML.</summary>
    public static TrustedHtml Serialize(IReadOnlyDictionary<string, object?> value) =>
        new(JsonSerializer.Serialize(value, Options));
}
