using System.Buffers;
using System.Runtime.CompilerServices;
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

    // Matching a build against the lock asks for each story's fingerprint several times: each is computed once per story object.
    private static readonly ConditionalWeakTable<Story, string> Computed = new();

    /// <summary>The fingerprint of <paramref name="story"/>.</summary>
    public static string Of(Story story) => Computed.GetValue(story, Compute);

    private static string Compute(Story story)
    {
        if (story.Paragraphs.Count == 0) return "";
        var paragraph = story.Paragraphs[0].Text;
        var chars = ArrayPool<char>.Shared.Rent(paragraph.Length);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(paragraph.Length));
        try
        {
            var length = 0;
            var gap = false;
            foreach (var c in paragraph)
            {
                if (char.IsWhiteSpace(c)) { gap = length > 0; continue; }
                if (gap) { chars[length++] = ' '; gap = false; }
                chars[length++] = c;
            }
            if (length == 0) return "";
            var count = Encoding.UTF8.GetBytes(chars.AsSpan(0, length), bytes);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, count), hash);
            return Convert.ToHexStringLower(hash[..(Length / 2)]);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
