using System.Security.Cryptography;
using System.Text;
using Weekly.Domain;

namespace Weekly.Publishing;

/// <summary>
/// A story's first paragraph as a short fingerprint: the first 12 hex digits (48 bits) of the SHA-256 of its text with
/// runs of white space made one space and trimmed; empty for a story without paragraphs. Enough to tell a story's body
/// from the others of its issue, and a fixed 12 characters however long the paragraph.
/// </summary>
public static class StoryFingerprint
{
    /// <summary>Hex digits kept.</summary>
    public const int Length = 12;

    /// <summary>The fingerprint of <paramref name="story"/>.</summary>
    public static string Of(Story story)
    {
        if (story.Paragraphs.Count == 0) return "";
        var text = string.Join(' ', story.Paragraphs[0].Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length == 0) return "";
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash)[..Length];
    }
}
