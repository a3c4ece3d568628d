using System.Text;

namespace Weekly.Search;

/// <summary>
/// The text of one key's postings in a shard (format in <c>docs/search-index.md</c>): ascending story ids, each
/// written as its distance from the one before (from 0) times 2, plus 1 when the key is in the story's headline,
/// in base 36, joined by commas. The length is known before writing, so a shard's size can be measured before it
/// is cut and the text written straight into the JSON buffer.
/// </summary>
internal static class Postings
{
    /// <summary>
    /// Encodes postings given as <c>id * 2 + headline</c> (ascending): <c>[0, 2, 23]</c> (story 0; story 1; story 11,
    /// headline) → <c>"0,2,l"</c>.
    /// </summary>
    public static string Encode(IReadOnlyList<int> ascendingPostings)
    {
        var postings = ascendingPostings.ToArray();
        var bytes = new byte[EncodedLength(postings)];
        EncodeTo(postings, bytes);
        return Encoding.ASCII.GetString(bytes);
    }

    /// <summary>Length in characters (= UTF-8 bytes) of <see cref="Encode"/>'s text for <paramref name="ascendingPostings"/>.</summary>
    public static int EncodedLength(ReadOnlySpan<int> ascendingPostings)
    {
        var length = Math.Max(0, ascendingPostings.Length - 1); // commas
        var previous = 0;
        foreach (var posting in ascendingPostings)
        {
            var value = Value(posting, ref previous);
            do
            {
                length++;
                value /= 36;
            } while (value > 0);
        }
        return length;
    }

    /// <summary>Writes <see cref="Encode"/>'s text for <paramref name="ascendingPostings"/> as ASCII to the start of <paramref name="destination"/> (at least <see cref="EncodedLength"/> bytes).</summary>
    public static void EncodeTo(ReadOnlySpan<int> ascendingPostings, Span<byte> destination)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        Span<byte> reversed = stackalloc byte[8];
        var n = 0;
        var previous = 0;
        for (var i = 0; i < ascendingPostings.Length; i++)
        {
            if (i > 0) destination[n++] = (byte)',';
            var value = Value(ascendingPostings[i], ref previous);
            var count = 0;
            do
            {
                reversed[count++] = (byte)digits[value % 36];
                value /= 36;
            } while (value > 0);
            while (count > 0) destination[n++] = reversed[--count];
        }
    }

    /// <summary>The number written for a posting: (id − previous id) * 2 + headline flag; moves <paramref name="previousId"/> on.</summary>
    private static int Value(int posting, ref int previousId)
    {
        var id = posting >> 1;
        var value = (id - previousId) << 1 | (posting & 1);
        previousId = id;
        return value;
    }
}
