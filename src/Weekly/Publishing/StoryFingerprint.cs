using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Weekly.Domain;
using Weekly.Text;

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
        var text = Whitespace.Collapse(story.Paragraphs[0].Text);
        if (text.Length == 0) return "";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, Length / 2));
    }
}
