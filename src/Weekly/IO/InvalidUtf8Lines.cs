using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Weekly.Core;
using Weekly.Diagnostics;

namespace Weekly.IO;

/// <summary>
/// Reports a text file that is not valid UTF-8 line by line: each bad line (a seed's WK0103, another input's WK0006, at its
/// first bad byte) up to <see cref="MaxReported"/>, then one summary (WK0105, WK0007) for the rest. The column counts the characters of the line
/// before the bad byte (as UTF-8 decodes them) plus one. The hint names the encoding the bad lines look like
/// (<see cref="Guess"/>) and shows the line decoded in it, so the editor sees which text it is; in a seed that is UTF-8
/// besides the bad bytes it names the bytes instead (no mojibake of the UTF-8 around them) and asks for them retyped.
/// </summary>
internal static class InvalidUtf8Lines
{
    /// <summary>Most bad lines reported one by one.</summary>
    public const int MaxReported = 10;

    private const int Windows1252 = 1252, Gb18030 = 54936, Big5 = 950;

    /// <summary>A line with invalid UTF-8: its 1-based number, its bytes' range, and the offset and column of its first bad byte.</summary>
    private readonly record struct BadLine(int Number, int Start, int End, int Offset, int Column);

    /// <summary>Reports the bad lines of a seed's <c>bytes[start..]</c> (<paramref name="start"/> is past a BOM) as WK0103/WK0105; returns false when there are none.</summary>
    public static bool Report(string path, byte[] bytes, int start, DiagnosticBag diagnostics) =>
        Report(path, bytes, start, diagnostics, Codes.InvalidUtf8, Codes.MoreInvalidUtf8, "seed");

    /// <summary>
    /// Reports the bad lines of <c>bytes[start..]</c> with <paramref name="one"/> per line and <paramref name="more"/> for the
    /// rest; <paramref name="noun"/> names the file in the hint (<c>seed</c>, <c>file</c>). Returns false when there are none.
    /// </summary>
    public static bool Report(string path, byte[] bytes, int start, DiagnosticBag diagnostics, DiagnosticCode one, DiagnosticCode more, string noun)
    {
        var bad = Find(bytes, start);
        if (bad.Count == 0) return false;
        var encoding = Guess(bad.Select(b => (ReadOnlyMemory<byte>)bytes.AsMemory(b.Start, b.End - b.Start)));
        // A seed that holds UTF-8 besides the bad bytes (丨 on its title line, a pasted paragraph from Word): reopening it in the
        // legacy encoding would garble that UTF-8, so the hint names the bad bytes and asks for those characters retyped.
        var mixed = encoding == Windows1252 && HasUtf8(bytes, start);
        for (var i = 0; i < bad.Count && i <= MaxReported; i++)
        {
            var line = bad[i];
            var code = i < MaxReported ? one : more;
            object[] head = i < MaxReported ? [line.Offset, bytes[line.Offset]] : [bad.Count - MaxReported - 1, MaxReported];
            object[] hint = mixed
                ? [Name(encoding), $" ({BadBytes(bytes, line)}) in a {noun} that is otherwise UTF-8", $"retype those characters and save the {noun} as UTF-8 (reopening it in that encoding would garble the rest)"]
                : [Name(encoding), Reads(encoding, bytes, line), $"reopen the {noun} in that encoding and save it as UTF-8"];
            diagnostics.Report(code, path, line.Number, line.Column, [.. head, .. hint]);
        }

        return true;
    }

    /// <summary>The lines (split at CRLF, CR, LF or CR CR LF) holding invalid UTF-8, in file order.</summary>
    private static List<BadLine> Find(byte[] bytes, int start)
    {
        var bad = new List<BadLine>();
        var number = 1;
        for (var lineStart = start; lineStart <= bytes.Length;)
        {
            var rest = bytes.AsSpan(lineStart);
            var length = rest.IndexOfAny((byte)'\n', (byte)'\r');
            if (length < 0) length = rest.Length;
            var line = rest[..length];
            if (!Utf8.IsValid(line))
            {
                var valid = ValidPrefix(line);
                bad.Add(new BadLine(number, lineStart, lineStart + length, lineStart + valid, CountCharacters(line[..valid]) + 1));
            }

            var end = lineStart + length;
            if (end >= bytes.Length) break;
            // CR CR LF is one line end, as SeedText.SplitLines counts it.
            lineStart = end + (bytes[end] != (byte)'\r' ? 1
                : end + 1 < bytes.Length && bytes[end + 1] == (byte)'\n' ? 2
                : end + 2 < bytes.Length && bytes[end + 1] == (byte)'\r' && bytes[end + 2] == (byte)'\n' ? 3
                : 1);
            number++;
        }

        return bad;
    }

    /// <summary>Bytes of the longest valid UTF-8 prefix of a line.</summary>
    private static int ValidPrefix(ReadOnlySpan<byte> line)
    {
        var chars = ArrayPool<char>.Shared.Rent(line.Length);
        try
        {
            Utf8.ToUtf16(line, chars, out var read, out _, replaceInvalidSequences: false);
            return read;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Characters (Unicode scalar values) in valid UTF-8: the bytes that are not continuation bytes.</summary>
    private static int CountCharacters(ReadOnlySpan<byte> utf8)
    {
        var count = 0;
        foreach (var b in utf8) if ((b & 0xC0) != 0x80) count++;
        return count;
    }

    /// <summary>
    /// The legacy encoding the bad lines look like, decided from their bytes (no dictionary: byte ranges only):
    /// <list type="bullet">
    /// <item>Big5 (traditional Chinese) when they decode in it without error, its two-byte characters mostly come one after
    /// another (Chinese text, not accented letters between ASCII ones), and at least a fifth of them have a second byte
    /// in 0x40–0x7E, which Big5 uses for about 40% of its common characters and GB2312, the common part of GB18030, never;</item>
    /// <item>GB18030 (simplified Chinese) when they decode in it without error and most runs of non-ASCII bytes are two
    /// bytes or longer (Chinese characters are two or four bytes each);</item>
    /// <item>else Windows-1252 (one byte per accented letter or curly quote, the usual save of English text on Windows).</item>
    /// </list>
    /// </summary>
    internal static int Guess(IEnumerable<ReadOnlyMemory<byte>> lines)
    {
        var gb = Strict(Gb18030);
        var big5 = Strict(Big5);
        int runs = 0, longRuns = 0, pairs = 0, lowTrails = 0, pairRuns = 0;
        bool gbDecodes = true, big5Decodes = true;
        foreach (var memory in lines)
        {
            var line = memory.Span;
            for (var i = 0; i < line.Length;)
            {
                if (line[i] < 0x80) { i++; continue; }
                var run = 0;
                while (i < line.Length && line[i] >= 0x80) { i++; run++; }
                runs++;
                if (run >= 2) longRuns++;
            }

            // Two-byte characters as Big5 reads them: a lead byte from 0x81 takes the next byte, whatever it is.
            var previousWasPair = false;
            for (var i = 0; i < line.Length;)
            {
                if (line[i] < 0x81 || i + 1 >= line.Length) { i++; previousWasPair = false; continue; }
                pairs++;
                if (line[i + 1] is >= 0x40 and <= 0x7E) lowTrails++;
                if (!previousWasPair) pairRuns++;
                previousWasPair = true;
                i += 2;
            }

            gbDecodes &= Decodes(gb, line);
            big5Decodes &= Decodes(big5, line);
        }

        if (big5Decodes && pairs >= 2 && pairs >= pairRuns * 3 / 2 && lowTrails * 5 >= pairs) return Big5;
        return gbDecodes && longRuns * 2 >= runs ? Gb18030 : Windows1252;
    }

    private static Encoding Strict(int codePage) =>
        CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    private static bool Decodes(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            encoding.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static string Name(int codePage) => codePage switch
    {
        Gb18030 => "GB18030",
        Big5 => "Big5",
        _ => "Windows-1252",
    };

    /// <summary>True when the seed holds non-ASCII UTF-8 that is valid: a valid line with such bytes, or a valid multi-byte sequence in a bad line.</summary>
    private static bool HasUtf8(byte[] bytes, int start)
    {
        var rest = bytes.AsSpan(start);
        while (!rest.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(rest, out _, out var consumed);
            if (status == OperationStatus.Done && consumed > 1) return true;
            rest = rest[Math.Max(consumed, 1)..];
        }

        return false;
    }

    /// <summary>The line's bad bytes and what they are in Windows-1252, at most four: <c>0x93 “, 0x94 ”</c>.</summary>
    private static string BadBytes(byte[] bytes, BadLine line)
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(Windows1252)!;
        var found = new List<string>();
        var rest = bytes.AsSpan(line.Start, line.End - line.Start);
        while (!rest.IsEmpty && found.Count < 4)
        {
            var status = Rune.DecodeFromUtf8(rest, out _, out var consumed);
            consumed = Math.Max(consumed, 1);
            if (status != OperationStatus.Done)
            {
                foreach (var b in rest[..consumed])
                {
                    var text = string.Create(CultureInfo.InvariantCulture, $"0x{b:X2} {encoding.GetString([b])}");
                    if (!found.Contains(text) && found.Count < 4) found.Add(text);
                }
            }

            rest = rest[consumed..];
        }

        return string.Join(", ", found);
    }

    /// <summary><c>, where this line reads "…"</c>: the line decoded in <paramref name="codePage"/>, about 60 characters around the bad byte.</summary>
    private static string Reads(int codePage, byte[] bytes, BadLine line)
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(codePage)!;
        var before = encoding.GetString(bytes, line.Start, line.Offset - line.Start);
        var after = encoding.GetString(bytes, line.Offset, line.End - line.Offset);
        var head = before.Length > 20 ? "…" + before[^20..] : before;
        var tail = after.Length > 40 ? after[..40] + "…" : after;
        return $", where this line reads \"{head}{tail}\"";
    }
}
