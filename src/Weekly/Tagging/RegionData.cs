using System.Text.Json;
using System.Text.Json.Serialization;

namespace Weekly.Tagging;

/// <summary>
/// The contents of <c>regions.json</c> as the file spells them (<c>{"source": {...}, "places": [...]}</c>),
/// read by <see cref="RegionDataJson"/>. <see cref="RegionTree"/> checks the places and links them.
/// </summary>
internal static class RegionData
{
    /// <summary>
    /// Reads a <c>regions.json</c> stream (UTF-8) from its position to its end: its source header, with
    /// absent fields empty, and its places in file order. Unknown fields (such as <c>zh</c>, the full Chinese name) are ignored.
    /// </summary>
    /// <exception cref="InvalidDataException">Malformed JSON, a value of the wrong type, a null place, or no <c>source</c> or <c>places</c>.</exception>
    public static (RegionSource Source, List<PlaceDto> Places) Read(Stream utf8Json)
    {
        FileDto? file;
        try
        {
            file = JsonSerializer.Deserialize(ReadAll(utf8Json), RegionDataJson.Default.FileDto);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"regions.json is not valid: {ex.Message}", ex);
        }

        if (file?.Places is null || file.Source is null)
            throw new InvalidDataException("regions.json needs \"source\" and \"places\".");
        var index = file.Places.FindIndex(p => p is null);
        if (index >= 0)
            throw new InvalidDataException($"regions.json is not valid: places[{index}] is null, not an object.");
        var source = new RegionSource(
            file.Source.Generator ?? "",
            file.Source.Packages ?? new Dictionary<string, string>(StringComparer.Ordinal),
            file.Source.Notes ?? []);
        return (source, file.Places);
    }

    /// <summary>The rest of the stream, read into one array of its size when the stream knows it (the embedded resource does).</summary>
    private static ReadOnlySpan<byte> ReadAll(Stream stream)
    {
        if (stream.CanSeek)
        {
            var bytes = new byte[stream.Length - stream.Position];
            stream.ReadExactly(bytes);
            return bytes;
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
    }

    /// <summary>The whole file.</summary>
    internal sealed class FileDto
    {
        public SourceDto? Source { get; set; }

        public List<PlaceDto>? Places { get; set; }
    }

    /// <summary>The <c>source</c> header; see <see cref="RegionSource"/>.</summary>
    internal sealed class SourceDto
    {
        public string? Generator { get; set; }

        public Dictionary<string, string>? Packages { get; set; }

        public List<string>? Notes { get; set; }
    }

    /// <summary>One place: six-digit code, English name, kind, parent code (null for a province), slug, and the optional rest.</summary>
    internal sealed class PlaceDto
    {
        public string Code { get; set; } = "";

        public string Name { get; set; } = "";

        /// <summary>The division's full Chinese name (<c>福州市</c>), or null.</summary>
        public string? Zh { get; set; }

        /// <summary>The Chinese name as pages show it beside the pinyin (<c>福州</c>), or null.</summary>
        public string? ZhShort { get; set; }

        public string? Kind { get; set; }

        public string? Type { get; set; }

        public string? Parent { get; set; }

        public string Slug { get; set; } = "";

        public List<string>? Variants { get; set; }

        public bool? Major { get; set; }

        /// <summary>How well known a district is among its namesakes, by its city: 3 in a municipality, 2 in a sub-provincial city, 1 in another provincial capital; null for 0.</summary>
        public int? Prominence { get; set; }

        /// <summary>True for a county-level city news names bare ("Yiwu"), matched without its city or province named.</summary>
        public bool? Standalone { get; set; }

        /// <summary>True when the place's names may be matched in lower case, except <see cref="CapitalOnly"/>.</summary>
        public bool? AnyCase { get; set; }

        /// <summary>Names of the place (name or variants) that still need a capital: common English words.</summary>
        public List<string>? CapitalOnly { get; set; }
    }
}

/// <summary>
/// System.Text.Json source generation for <c>regions.json</c>: metadata made at compile time, so reading
/// needs no reflection (native AOT). camelCase names; unknown fields are skipped (the serializer's default).
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(RegionData.FileDto))]
internal sealed partial class RegionDataJson : JsonSerializerContext;
