using System.Text;
using System.Text.Json;

namespace Weekly.Publishing;

/// <summary>A JSON value with the 1-based line and column (in characters) where it starts.</summary>
internal abstract record JsonValueNode(int Line, int Column)
{
    /// <summary>What the value is, in words, for messages: "a string", "a list", "null".</summary>
    public abstract string Kind { get; }
}

internal sealed record JsonStringNode(int Line, int Column, string Value) : JsonValueNode(Line, Column)
{
    public override string Kind => "a string";
}

internal sealed record JsonNumberNode(int Line, int Column, string Text) : JsonValueNode(Line, Column)
{
    public override string Kind => "a number";
}

internal sealed record JsonLiteralNode(int Line, int Column, bool? Value) : JsonValueNode(Line, Column)
{
    public override string Kind => Value switch { null => "null", true => "true", false => "false" };
}

internal sealed record JsonArrayNode(int Line, int Column, IReadOnlyList<JsonValueNode> Items) : JsonValueNode(Line, Column)
{
    public override string Kind => "a list [ ]";
}

/// <summary>An object's members in file order, duplicates kept (so a repeated key can be reported, not silently taken last).</summary>
internal sealed record JsonObjectNode(int Line, int Column, IReadOnlyList<(string Key, int Line, int Column, JsonValueNode Value)> Members) : JsonValueNode(Line, Column)
{
    public override string Kind => "an object { }";
}

/// <summary>
/// Reads JSON into <see cref="JsonValueNode"/>s that remember their line and column, with <see cref="Utf8JsonReader"/> (strict
/// RFC 8259: no comments, no trailing commas). Kept instead of <see cref="JsonSerializer"/> because a hand-edited lock must be
/// reported at the line of the entry that is wrong (a duplicate, a bad URL, a misspelt field), which the serializer cannot say.
/// </summary>
internal static class JsonTree
{
    /// <summary>The value <paramref name="json"/> holds, or null when it holds no value at all (empty or only white space).</summary>
    /// <exception cref="JsonException">Not JSON; <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> say where (0-based).</exception>
    public static JsonValueNode? Read(ReadOnlySpan<byte> json)
    {
        if (json.Trim(" \t\r\n"u8).IsEmpty) return null;
        var lines = LineStarts(json);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 16 });
        reader.Read();
        var value = ReadValue(ref reader, json, lines);
        while (reader.Read()) { } // the reader itself throws on anything after the value
        return value;
    }

    private static JsonValueNode ReadValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, List<int> lines)
    {
        var (line, column) = Position(json, lines, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var members = new List<(string, int, int, JsonValueNode)>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var (keyLine, keyColumn) = Position(json, lines, reader.TokenStartIndex);
                    var key = reader.GetString()!;
                    reader.Read();
                    members.Add((key, keyLine, keyColumn, ReadValue(ref reader, json, lines)));
                }
                return new JsonObjectNode(line, column, members);
            case JsonTokenType.StartArray:
                var items = new List<JsonValueNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) items.Add(ReadValue(ref reader, json, lines));
                return new JsonArrayNode(line, column, items);
            case JsonTokenType.String:
                return new JsonStringNode(line, column, reader.GetString()!);
            case JsonTokenType.Number:
                return new JsonNumberNode(line, column, Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True:
                return new JsonLiteralNode(line, column, true);
            case JsonTokenType.False:
                return new JsonLiteralNode(line, column, false);
            default:
                return new JsonLiteralNode(line, column, null);
        }
    }

    private static List<int> LineStarts(ReadOnlySpan<byte> json)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] == (byte)'\n') starts.Add(i + 1);
        }
        return starts;
    }

    /// <summary>1-based line and column (characters, not bytes) of the byte at <paramref name="offset"/>.</summary>
    private static (int Line, int Column) Position(ReadOnlySpan<byte> json, List<int> lines, long offset)
    {
        var index = lines.BinarySearch((int)offset);
        var line = index >= 0 ? index : ~index - 1;
        var column = 1;
        for (var i = lines[line]; i < offset; i++)
        {
            if ((json[i] & 0xC0) != 0x80) column++; // count UTF-8 lead bytes only
        }
        return (line + 1, column);
    }
}
