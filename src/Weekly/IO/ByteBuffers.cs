namespace Weekly.IO;

/// <summary>
/// Helpers for the byte arrays a build hands to its output: a file's bytes are written once into a
/// buffer reused from file to file, then copied into an array of exactly their size.
/// </summary>
internal static class ByteBuffers
{
    [ThreadStatic] private static MemoryStream? t_stream;

    /// <summary>
    /// A copy of <paramref name="bytes"/> in a new array that is not zeroed first: every byte is overwritten at
    /// once, so zeroing would be wasted work on every file of a build.
    /// </summary>
    public static byte[] Copy(ReadOnlySpan<byte> bytes)
    {
        var array = GC.AllocateUninitializedArray<byte>(bytes.Length);
        bytes.CopyTo(array);
        return array;
    }

    /// <summary>
    /// An empty stream for the calling thread, reused from call to call (its capacity stays, so a
    /// large feed does not grow a new stream by doubling each time). Valid until the thread's next
    /// call: take its bytes with <see cref="Copy"/> of <see cref="Written"/> before that.
    /// </summary>
    public static MemoryStream Stream()
    {
        var stream = t_stream ??= new MemoryStream(64 * 1024);
        stream.SetLength(0);
        return stream;
    }

    /// <summary>The bytes written to <paramref name="stream"/> (one from <see cref="Stream"/>).</summary>
    public static ReadOnlySpan<byte> Written(MemoryStream stream) => stream.GetBuffer().AsSpan(0, checked((int)stream.Length));
}
