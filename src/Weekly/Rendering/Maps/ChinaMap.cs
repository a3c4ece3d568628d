using System.Text.Json;
using System.Text.Json.Serialization;

namespace Weekly.Rendering.Maps;

/// <summary>
/// The outlines of China's provincial-level divisions from the committed <c>china-map.json</c> (made by
/// <c>Maps/Data/generate-china-map.mjs</c> from Natural Earth data: projected, simplified, whole units of a
/// <see cref="Width"/> × <see cref="Height"/> box). Read once per process; every map of every page reuses the strings.
/// </summary>
public sealed class ChinaMap
{
    private const string ResourceName = "Weekly.Rendering.china-map.json";

    private static readonly Lazy<ChinaMap> LazyDefault = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private ChinaMap(int width, int height, IReadOnlyList<MapOutline> outlines) =>
        (Width, Height, Outlines) = (width, height, outlines);

    /// <summary>The map embedded in the assembly.</summary>
    public static ChinaMap Default => LazyDefault.Value;

    /// <summary>Width of the coordinate system (SVG <c>viewBox</c> units).</summary>
    public int Width { get; }

    /// <summary>Height of the coordinate system.</summary>
    public int Height { get; }

    /// <summary>One outline per division, by GB/T 2260 code (ordinal).</summary>
    public IReadOnlyList<MapOutline> Outlines { get; }

    /// <summary>Reads a <c>china-map.json</c> stream (UTF-8).</summary>
    /// <exception cref="InvalidDataException">Malformed JSON, or no size or outlines.</exception>
    public static ChinaMap Load(Stream utf8Json)
    {
        FileDto? file;
        try
        {
            file = JsonSerializer.Deserialize(utf8Json, ChinaMapJson.Default.FileDto);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"china-map.json is not valid: {ex.Message}", ex);
        }
        if (file is null || file.Width <= 0 || file.Height <= 0 || file.Provinces is not { Count: > 0 } provinces
            || provinces.Any(p => p is null || string.IsNullOrEmpty(p.Code) || string.IsNullOrEmpty(p.D)))
            throw new InvalidDataException("china-map.json needs \"width\", \"height\" and \"provinces\" with a code and a path each.");
        return new ChinaMap(file.Width, file.Height,
            provinces.Select(p => new MapOutline(p.Code, p.D, p.Dot)).OrderBy(o => o.Code, StringComparer.Ordinal).ToList());
    }

    private static ChinaMap LoadEmbedded()
    {
        using var stream = typeof(ChinaMap).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from {typeof(ChinaMap).Assembly.GetName().Name}.");
        return Load(stream);
    }

    internal sealed class FileDto
    {
        public int Width { get; set; }

        public int Height { get; set; }

        public List<OutlineDto>? Provinces { get; set; }
    }

    internal sealed class OutlineDto
    {
        public string Code { get; set; } = "";

        public string D { get; set; } = "";

        public bool Dot { get; set; }
    }
}

/// <summary>One division's outline.</summary>
/// <param name="Code">GB/T 2260 code, e.g. <c>350000</c> for Fujian (the region tree's code).</param>
/// <param name="Path">SVG path data in the map's coordinates.</param>
/// <param name="IsDot">True when the division is too small to draw and <paramref name="Path"/> is a dot (Hong Kong, Macao).</param>
public sealed record MapOutline(string Code, string Path, bool IsDot);

/// <summary>JSON of <c>china-map.json</c> (source generation: no reflection at run time, works in native AOT).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ChinaMap.FileDto))]
internal sealed partial class ChinaMapJson : JsonSerializerContext;
