using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.IO;

namespace Weekly.Seeds;

/// <summary>
/// Turns a seed's bytes into lines of clean text. Accepts UTF-8 with or without a BOM and UTF-16
/// (LE or BE) with a BOM, or without one when its bytes leave no doubt (<see cref="Utf16WithoutBom"/>); CRLF, CR and LF line ends. Refuses empty files (WK0101), binary files with
/// NUL characters (WK0102) and invalid UTF-8 (WK0103 for each bad line, see <see cref="InvalidUtf8Lines"/>).
/// </summary>
internal static class SeedText
{
    private static readonly SearchValues<char> Specials = SearchValues.Create("\t\u00A0\u2007\u202F\u200B\u200C\u200D\uFEFF\u00AD");

    /// <summary>
    /// Decodes <paramref name="bytes"/> and splits them into lines. Element <c>i</c> of the result is
    /// line <c>i + 1</c> of the original file (U+2028 and U+2029, the line and paragraph separators, end lines as CRLF, CR
    /// and LF do), with zero-width characters (U+200B..U+200D, U+FEFF) and soft hyphens (U+00AD: "Hang\u00ADzhou" is Hangzhou)
    /// removed, tabs and non-breaking spaces (U+00A0, U+2007, U+202F) turned into spaces, and trailing
    /// white space trimmed. Returns null (after reporting an error) when the file cannot be read.
    /// </summary>
    public static string[]? ReadLines(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        var text = Decode(path, bytes, diagnostics);
        if (text is null) return null;
        var lines = SplitLines(text);
        var blank = true;
        foreach (var line in lines)
        {
            if (line.Length > 0) { blank = false; break; }
        }

        if (blank)
        {
            diagnostics.Report(Codes.EmptySeed, path, 0, 0);
            return null;
        }

        // A merge left half done would publish both versions as stories: the seed is not used until it is resolved.
        return ConflictMarkers.Report(path, lines, diagnostics) ? null : lines;
    }

    /// <summary>Decodes the bytes to text (BOM removed), or reports why it cannot and returns null.</summary>
    internal static string? Decode(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        if (bytes.Length == 0)
        {
            diagnostics.Report(Codes.EmptySeed, path, 0, 0);
            return null;
        }

        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            var utf16 = DecodeUtf16(path, bytes, new UnicodeEncoding(bigEndian: bytes[0] == 0xFE, byteOrderMark: false, throwOnInvalidBytes: true), diagnostics);
            if (utf16 is null) return null;
            var nulChar = utf16.IndexOf('\0', StringComparison.Ordinal);
            if (nulChar >= 0)
            {
                ReportBinary(path, 2 + 2 * nulChar, diagnostics);
                return null;
            }

            return utf16;
        }

        if (Utf16WithoutBom(bytes) is { } text) return text;
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var nul = Array.IndexOf(bytes, (byte)0, start);
        if (nul >= 0)
        {
            ReportBinary(path, nul, diagnostics);
            return null;
        }

        var body = bytes.AsSpan(start);
        var chars = new char[body.Length];
        var status = Utf8.ToUtf16(body, chars, out _, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            InvalidUtf8Lines.Report(path, bytes, start, diagnostics);
            return null;
        }

        return new string(chars, 0, written);
    }

    /// <summary>
    /// The text of UTF-16 (LE or BE) saved without a BOM, or null for anything else. Latin text in UTF-16 has a zero byte in
    /// every other position, so: at least 30% of the bytes at one parity are zero and at most 2% at the other, the length
    /// is even, and the bytes decode as UTF-16 without error into text with no control character but tab and line ends
    /// (the checks a text editor makes, as Windows' IsTextUnicode does). Such a file is read as the BOM would have said.
    /// </summary>
    private static string? Utf16WithoutBom(byte[] bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return null;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < bytes.Length; i += 2)
        {
            if (bytes[i] == 0) evenZeros++;
            if (bytes[i + 1] == 0) oddZeros++;
        }

        var half = bytes.Length / 2;
        bool? bigEndian = oddZeros * 10 >= half * 3 && evenZeros * 50 <= half ? false
            : evenZeros * 10 >= half * 3 && oddZeros * 50 <= half ? true
            : null;
        if (bigEndian is null) return null;
        try
        {
            var text = new UnicodeEncoding(bigEndian.Value, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes);
            return text.AsSpan().ContainsAnyInRange('\0', '\u0008') || text.AsSpan().ContainsAnyInRange('\u000E', '\u001F') || text.Contains('\u000B', StringComparison.Ordinal)
                ? null
                : text.TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string? DecodeUtf16(string path, byte[] bytes, Encoding encoding, DiagnosticBag diagnostics)
    {
        try
        {
            return encoding.GetString(bytes, 2, bytes.Length - 2);
        }
        catch (DecoderFallbackException e)
        {
            diagnostics.Report(Codes.InvalidUtf16, path, 0, 0, 2 + Math.Max(e.Index, 0));
            return null;
        }
    }

    private static void ReportBinary(string path, int offset, DiagnosticBag diagnostics) =>
        diagnostics.Report(Codes.BinarySeed, path, 0, 0, offset);

    /// <summary>
    /// Splits on CRLF, CR, LF, U+2028 or U+2029 (and CR CR LF, <see cref="LineEndLength"/>) and cleans each line (see
    /// <see cref="ReadLines"/>). A final line end does not start a new line.
    /// </summary>
    internal static string[] SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('\n' or '\r' or '\u2028' or '\u2029')) continue;
            lines.Add(Clean(text.AsSpan(start, i - start)));
            i += LineEndLength(text, i) - 1;
            start = i + 1;
        }

        if (start < text.Length) lines.Add(Clean(text.AsSpan(start)));
        return [.. lines];
    }

    /// <summary>
    /// Length of the line end at <c>text[i]</c> (a CR or LF): 3 for CR CR LF, the CRLF of a file converted to CRLF twice (by
    /// git's autocrlf and then an editor or a mail client), which is one line end as git, grep and vim count lines, not a
    /// line and a blank one (that would set every wrapped line apart as a paragraph); 2 for CRLF; else 1.
    /// </summary>
    private static int LineEndLength(string text, int i) =>
        text[i] != '\r' ? 1
        : i + 1 < text.Length && text[i + 1] == '\n' ? 2
        : i + 2 < text.Length && text[i + 1] == '\r' && text[i + 2] == '\n' ? 3
        : 1;

    /// <summary>One line cleaned (see <see cref="ReadLines"/>): zero-width characters and soft hyphens removed, tabs and non-breaking spaces made spaces, trailing white space trimmed.</summary>
    internal static string Clean(ReadOnlySpan<char> line)
    {
        if (line.IndexOfAny(Specials) < 0) return line.TrimEnd().ToString();
        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            switch (c)
            {
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD':
                    break;
                case '\t' or '\u00A0' or '\u2007' or '\u202F':
                    builder.Append(' ');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        var end = builder.Length;
        while (end > 0 && char.IsWhiteSpace(builder[end - 1])) end--;
        return builder.ToString(0, end);
    }
}
