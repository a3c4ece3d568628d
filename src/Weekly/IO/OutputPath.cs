namespace Weekly.IO;

/// <summary>
/// Checks that a document's destination is a safe relative path inside the output folder: not
/// rooted, no <c>..</c> or empty segments, no backslashes or drive letters, no Windows-reserved
/// names (CON, NUL, COM1, ...), no control characters, each segment at most 200 bytes.
/// </summary>
public static class OutputPath
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>True when <paramref name="destination"/> (e.g. <c>issues/x/index.html</c>) is safe to write under the output folder.</summary>
    public static bool IsSafe(string destination)
    {
        if (string.IsNullOrEmpty(destination) || destination.StartsWith('/') || destination.Contains('\\') || destination.Contains(':'))
        {
            return false;
        }
        foreach (var segment in destination.Split('/'))
        {
            if (segment.Length == 0 || segment is "." or ".." || segment.EndsWith('.') || segment.EndsWith(' ')
                || System.Text.Encoding.UTF8.GetByteCount(segment) > 200
                || segment.Any(c => char.IsControl(c) || c is '<' or '>' or '"' or '|' or '?' or '*')
                || Reserved.Contains(segment.Split('.')[0]))
            {
                return false;
            }
        }
        return true;
    }
}
