using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Weekly.Core;
using Weekly.Diagnostics;

namespace Weekly.Seeds;

/// <summary>
/// Reports a seed that is not valid UTF-8 line by line: each bad line (WK0103, at its first bad byte) up to
/// <see cref="MaxReported"/>, then one summary (WK0105) for the rest. The column counts the characters of the line
/// before the bad byte (as UTF-8 decodes them) plus one. The hint names the encoding the bad lines look like
/// (<see cref="Guess"/>) and shows the line decoded in it, so the editor sees which text it is.
/// </summary>
internal static class InvalidUtf8Lines
{
    /// <summary>Most bad lines reported one by one.</summary>
    public const int MaxReported = 10;

    private const int Windows1252 = 1252, Gb18030 = 54936;

    /// <summary>A line with invalid UTF-8: its 1-based number, its bytes' range, and the offset and column of its first bad byte.</summary>
    private readonly record struct BadLine(int Number, int Start, int End, int Offset, int Column);

    /// <summary>Reports the bad lines of <c>bytes[start..]</c> (<paramref name="start"/> is past a BOM); returns false when there are none.</summary>
    public static bool Report(string path, byte[] bytes, int start, DiagnosticBag diagnostics)
    {
        var bad = Find(bytes, start);
        if (bad.Count == 0) return false;
        var encoding = Guess(bad.Select(b => (ReadOnlyMemory<byte>)bytes.AsMemory(b.Start, b.End - b.Start)));
        for (var i = 0; i < bad.Count && i <= MaxReported; i++)
        {
            var line = bad[i];
            var code = i < MaxReported ? Codes.InvalidUtf8 : Codes.MoreInvalidUtf8;
            object[] head = i < MaxReported ? [line.Offset, bytes[line.Offset]] : [bad.Count - MaxReported - 1, MaxReported];
            diagnostics.Report(code, path, line.Number, line.Column, [.. head, Name(encoding), Reads(encoding, bytes, line)]);
        }

        return true;
    }

    /// <summary>The lines (split at CRLF, CR or LF) holding invalid UTF-8, in file order.</summary>
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
            lineStart = end + (bytes[end] == (byte)'\r' && end + 1 < bytes.Length && bytes[end + 1] == (byte)'\n' ? 2 : 1);
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
    /// The legacy encoding the bad lines look like, decided from their bytes: GB18030 when they decode in it without
    /// error and most runs of non-ASCII bytes are two bytes or longer (Chinese characters are two or four bytes each);
    /// else Windows-1252 (one byte per accented letter or curly quote, the usual save of English text on Windows).
    /// </summary>
    internal static int Guess(IEnumerable<ReadOnlyMemory<byte>> lines)
    {
        var gb = CodePagesEncodingProvider.Instance.GetEncoding(Gb18030, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;
        int runs = 0, longRuns = 0;
        var decodes = true;
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

            try
            {
                gb.GetCharCount(line);
            }
            catch (DecoderFallbackException)
            {
                decodes = false;
            }
        }

        return decodes && longRuns * 2 >= runs ? Gb18030 : Windows1252;
    }

    private static string Name(int codePage) => codePage == Gb18030 ? "GB18030" : "Windows-1252";

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
