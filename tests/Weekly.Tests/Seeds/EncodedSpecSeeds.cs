using System.Text;

namespace Weekly.Tests.Seeds;

/// <summary>
/// The spec seeds whose bytes a text editor would not keep (BOM, CRLF, CR, UTF-16, invalid UTF-8, NUL,
/// empty), made from code so their exact bytes are documented here. The test checks the committed files
/// in <c>Specs/Seeds/</c> against these bytes; set <c>WEEKLY_WRITE_SPECS</c> to that source folder to
/// (re)write them.
/// </summary>
public class EncodedSpecSeeds
{
    /// <summary>A small well-formed issue (LF line ends) the encoding cases are made from.</summary>
    public const string Base =
        "Industry Blockchain Weekly 丨 Encodings are read correctly\n" +
        "\n" +
        "Recently, the intro says “hello” to Fuzhou.\n" +
        "\n" +
        "\n" +
        "Government Updates: Local sessions\n" +
        "\n" +
        "Fuzhou: Building a blockchain zone\n" +
        "\n" +
        "On December 31, 2019, Fuzhou said so.\n" +
        "\n" +
        "\n" +
        "The commentary closes the section.\n" +
        "\n" +
        "Review of previous period : Older issue\n";

    public static readonly IReadOnlyDictionary<string, byte[]> Files = new Dictionary<string, byte[]>(StringComparer.Ordinal)
    {
        ["030-utf8-bom.txt"] = [0xEF, 0xBB, 0xBF, .. Utf8(Base)],
        ["031-crlf.txt"] = Utf8(Base.Replace("\n", "\r\n", StringComparison.Ordinal)),
        ["032-cr.txt"] = Utf8(Base.Replace("\n", "\r", StringComparison.Ordinal)),
        ["033-utf16le-bom.txt"] = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Base.Replace("\n", "\r\n", StringComparison.Ordinal))],
        ["034-utf16be-bom.txt"] = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Base)],
        // 0xC3 0x28 (a lead byte without its continuation) before "Fuzhou: Building", at byte offset 147, line 8.
        ["035-invalid-utf8.txt"] = [.. Utf8(Base[..Base.IndexOf("Fuzhou:", StringComparison.Ordinal)]), 0xC3, 0x28, .. Utf8(Base[Base.IndexOf("Fuzhou:", StringComparison.Ordinal)..])],
        ["036-empty.txt"] = [],
        ["037-binary.txt"] = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R'],
        ["038-bom-crlf-zero-width.txt"] = [0xEF, 0xBB, 0xBF, .. Utf8(Base.Replace("Fuzhou:", "Fu\u200Bzhou:", StringComparison.Ordinal).Replace("\n", "  \r\n", StringComparison.Ordinal))],
        ["039-only-blank-lines.txt"] = Utf8(" \r\n\t\n\u00A0\n"),
    };

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Committed_spec_seeds_have_the_documented_bytes()
    {
        var write = Environment.GetEnvironmentVariable("WEEKLY_WRITE_SPECS");
        if (!string.IsNullOrEmpty(write))
        {
            foreach (var (name, bytes) in Files) File.WriteAllBytes(Path.Combine(write, name), bytes);
            return;
        }

        foreach (var (name, bytes) in Files)
        {
            var committed = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Specs", "Seeds", name));
            Assert.True(bytes.AsSpan().SequenceEqual(committed), $"{name} differs from its documented bytes");
        }
    }
}
