using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Weekly.Text;

/// <summary>
/// Guards YamlDotNet's recursive loaders (<c>YamlStream.Load</c>, <c>Deserializer</c>) against deeply
/// nested input such as <c>title: [[[[…</c>, which would overflow the stack and kill the process:
/// the text is first read with YamlDotNet's event parser, which does not recurse, and refused when
/// its mappings and sequences nest deeper than <see cref="MaxDepth"/>. Linear in the text's length.
/// </summary>
internal static class YamlDepth
{
    /// <summary>Deepest nesting of mappings and sequences accepted (front matter needs about 5).</summary>
    public const int MaxDepth = 64;

    /// <summary>Why YAML nested too deeply is refused, as the end of a "not valid YAML" message.</summary>
    public static readonly string TooDeepMessage = $"it nests lists and mappings deeper than {MaxDepth} levels";

    /// <summary>
    /// Why truncated YAML is refused, as the end of a "not valid YAML" message: YamlDotNet's scanner throws an
    /// <see cref="InvalidOperationException"/> instead of a <see cref="YamlException"/> for some of it, e.g. <c>title: [unclosed</c>.
    /// </summary>
    public const string UnclosedMessage = "it ends inside an unclosed [ or { or quote";

    /// <summary>
    /// Returns the position (1-based line and column, as YamlDotNet's marks, in <paramref name="yaml"/>) where the nesting first
    /// exceeds <see cref="MaxDepth"/>, or null when it never does. Syntax errors are left for the loader
    /// to report: scanning stops at the first one and returns null.
    /// </summary>
    public static (long Line, long Column)? TooDeep(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart or SequenceStart:
                        if (++depth > MaxDepth) return (parser.Current.Start.Line, parser.Current.Start.Column);
                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // InvalidOperationException: YamlDotNet's scanner on some truncated input, e.g. "title: [unclosed".
            return null;
        }
        return null;
    }
}
