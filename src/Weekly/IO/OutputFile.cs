namespace Weekly.IO;

/// <summary>One file of the built site.</summary>
/// <param name="Destination">Path relative to the output folder, '/' separators, checked by <see cref="OutputPath.IsSafe"/>.</param>
/// <param name="Text">Text content (written UTF-8 without BOM), or null when <paramref name="Bytes"/> is given.</param>
/// <param name="Bytes">Binary content, or null when <paramref name="Text"/> is given.</param>
public sealed record OutputFile(string Destination, string? Text, byte[]? Bytes)
{
    private static readonly System.Text.UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The file's bytes as written to disk.</summary>
    public byte[] GetBytes() => Bytes ?? Utf8NoBom.GetBytes(Text ?? "");
}
