using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Weekly.Core;
using Weekly.Diagnostics;

namespace Weekly.IO;

/// <summary>
/// The one reader of text inputs other than seeds (<c>input/site.yml</c>, <c>topics.yml</c>, <c>sections.yml</c>, pages, theme
/// layouts and partials, <c>input/static/_redirects</c>), as strict as the seeds' reader: UTF-8 with or without a BOM, or
/// UTF-16 with a BOM; CRLF and CR become LF. Refused, with the file left unused (null): a file that cannot be read (WK0017),
/// invalid UTF-8 (WK0006 at each bad line's line:column, naming the encoding it looks like; WK0007 past ten lines), invalid
/// UTF-16 or a NUL character (WK0020), and git conflict markers (WK0008, <see cref="ConflictMarkers"/>).
/// </summary>
public static class TextInput
{
    /// <summary>
    /// Reads and decodes the file at <paramref name="fullPath"/>; <paramref name="displayPath"/> (site-relative) names it in
    /// diagnostics; <paramref name="unreadable"/> is the code for a file that cannot be read (WK0017 unless given, a template's WK0705).
    /// </summary>
    public static string? ReadFile(string fullPath, string displayPath, DiagnosticBag diagnostics, DiagnosticCode? unreadable = null)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(unreadable ?? Codes.Unreadable, displayPath, 0, 0, e.Message);
            return null;
        }

        return Decode(displayPath, bytes, diagnostics);
    }

    /// <summary>Decodes <paramref name="bytes"/> as <see cref="TextInput"/> says; null after reporting when they are refused.</summary>
    public static string? Decode(string displayPath, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        string text;
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            try
            {
                text = new UnicodeEncoding(bigEndian: bytes[0] == 0xFE, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes[2..]);
            }
            catch (DecoderFallbackException e)
            {
                diagnostics.Report(Codes.InputNotText, displayPath, 0, 0, 2 + Math.Max(e.Index, 0));
                return null;
            }
        }
        else
        {
            var start = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            var body = bytes[start..];
            if (body.IndexOf((byte)0) is var zero and >= 0)
            {
                diagnostics.Report(Codes.InputNotText, displayPath, 0, 0, start + zero);
                return null;
            }

            var chars = new char[body.Length];
            if (Utf8.ToUtf16(body, chars, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                InvalidUtf8Lines.Report(displayPath, bytes.ToArray(), start, diagnostics, Codes.InputInvalidUtf8, Codes.MoreInputInvalidUtf8, "file");
                return null;
            }

            text = new string(chars, 0, written);
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            diagnostics.Report(Codes.InputNotText, displayPath, 0, 0, 2 + 2 * text.IndexOf('\0', StringComparison.Ordinal));
            return null;
        }

        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return ConflictMarkers.Report(displayPath, text.Split('\n'), diagnostics) ? null : text;
    }
}
