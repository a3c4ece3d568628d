namespace Weekly.IO;

/// <summary>A file of the output folder cannot be written: told apart from an input that cannot be read (WK0016, not WK0017).</summary>
/// <param name="inner">The system's exception, whose message says why.</param>
public sealed class OutputWriteException(Exception inner) : IOException(inner.Message, inner);
