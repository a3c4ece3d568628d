namespace Weekly.IO;

/// <summary>One file of the built site, in memory.</summary>
/// <param name="Destination">Path relative to the output folder, '/' separators, checked by <see cref="OutputPath.IsSafe"/>.</param>
/// <param name="Bytes">The file's bytes (UTF-8 without BOM for text).</param>
public sealed record OutputFile(string Destination, byte[] Bytes)
{
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The file's bytes as written to disk.</summary>
    public byte[] GetBytes() => Bytes;

    /// <summary>The file's bytes decoded as UTF-8.</summary>
    public string Text => Utf8.GetString(Bytes);
}
