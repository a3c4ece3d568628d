using System.Text;

namespace Weekly.Search;

/// <summary>
/// The text of one key's postings in a shard (format in <see cref="SearchIndex"/>): ascending story ids,
/// delta-encoded, in base 36, joined by commas. The length is known before writing, so a shard's size can
/// be measured before it is cut and the text written straight into the JSON buffer.
/// </summary>
internal static class Postings
{
    /// <summary>Delta-encodes ascending ids in base 36, comma-separated (<c>[0, 1, 11]</c> → <c>"0,1,a"</c>).</summary>
    public static string Encode(IReadOnlyList<int> ascendingIds)
    {
        var ids = ascendingIds.ToArray();
        var bytes = new byte[EncodedLength(ids)];
        EncodeTo(ids, bytes);
        return Encoding.ASCII.GetString(bytes);
    }

    /// <summary>Length in characters (= UTF-8 bytes) of <see cref="Encode"/>'s text for <paramref name="ascendingIds"/>.</summary>
    public static int EncodedLength(ReadOnlySpan<int> ascendingIds)
    {
        var length = Math.Max(0, ascendingIds.Length - 1); // commas
        var previous = 0;
        foreach (var id in ascendingIds)
        {
            var delta = id - previous;
            previous = id;
            do
            {
                length++;
                delta /= 36;
            } while (delta > 0);
        }
        return length;
    }

    /// <summary>Writes <see cref="Encode"/>'s text for <paramref name="ascendingIds"/> as ASCII to the start of <paramref name="destination"/> (at least <see cref="EncodedLength"/> bytes).</summary>
    public static void EncodeTo(ReadOnlySpan<int> ascendingIds, Span<byte> destination)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        Span<byte> reversed = stackalloc byte[8];
        var n = 0;
        var previous = 0;
        for (var i = 0; i < ascendingIds.Length; i++)
        {
            if (i > 0) destination[n++] = (byte)',';
            var delta = ascendingIds[i] - previous;
            previous = ascendingIds[i];
            var count = 0;
            do
            {
                reversed[count++] = (byte)digits[delta % 36];
                delta /= 36;
            } while (delta > 0);
            while (count > 0) destination[n++] = reversed[--count];
        }
    }
}
