namespace Weekly.IO;

/// <summary>
/// Checks that a document's destination is a safe relative path inside the output folder: not
/// rooted, no <c>..</c> or empty segments, no backslashes or drive letters, no Windows-reserved
/// names (CON, NUL, COM1, ...), no control characters, each segment at most 200 bytes.
/// </summary>
public static class OutputPath
{
    /// <summary>True when <paramref name="destination"/> (e.g. <c>issues/x/index.html</c>) is safe to write under the output folder.</summary>
    public static bool IsSafe(string destination)
    {
        if (string.IsNullOrEmpty(destination) || destination[0] == '/') return false;
        foreach (var range in destination.AsSpan().Split('/'))
        {
            if (!IsSafeSegment(destination.AsSpan(range))) return false;
        }
        return true;
    }

    private static bool IsSafeSegment(ReadOnlySpan<char> segment)
    {
        // Empty, ".", ".." and names ending in '.' or ' ' (which Windows strips) are refused.
        if (segment.IsEmpty || segment[^1] is '.' or ' ') return false;
        foreach (var c in segment)
        {
            if (char.IsControl(c) || c is '<' or '>' or '"' or '|' or '?' or '*' or '\\' or ':') return false;
        }
        // A UTF-16 code unit is at most 3 UTF-8 bytes, so only long segments need counting.
        if (segment.Length > 200 / 3 && System.Text.Encoding.UTF8.GetByteCount(segment) > 200) return false;
        return !FileNames.IsWindowsDeviceName(segment);
    }
}
