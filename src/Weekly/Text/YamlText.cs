using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Weekly.Text;

/// <summary>
/// Loads YAML text (a settings file, a taxonomy, front matter) into YamlDotNet's node tree without throwing: every way
/// YamlDotNet refuses text becomes one <see cref="YamlProblem"/> with a position, so each loader reports it as its own
/// "not valid YAML" diagnostic. Nesting deeper than <see cref="YamlDepth.MaxDepth"/> is refused before loading (the
/// loader recurses). YamlDotNet is kept; this only turns its exceptions into positions. Every scalar value comes back
/// clean of <see cref="UnsafeCharacters"/> (escapes such as <c>"\x01"</c> or <c>"\u0085"</c> are decoded by YamlDotNet after
/// any raw-text clean-up could see them), so no loader can pass a control character on to a page.
/// </summary>
public static class YamlText
{
    /// <summary>
    /// Returns the first document's root node (null for empty text, a comment-only text, or a problem); on a problem
    /// <paramref name="problem"/> holds its 1-based line and column in <paramref name="yaml"/> and the reason.
    /// </summary>
    public static YamlNode? Load(string yaml, out YamlProblem? problem) => Load(yaml, out problem, out _);

    /// <summary>
    /// As <see cref="Load(string, out YamlProblem?)"/>; <paramref name="cleaned"/> lists each value that held characters
    /// <see cref="UnsafeCharacters"/> removed, at its key's 1-based line and column (the value's own in a sequence), for the
    /// loader to report as WK0209 with its file.
    /// </summary>
    public static YamlNode? Load(string yaml, out YamlProblem? problem, out IReadOnlyList<YamlCleaned> cleaned)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        problem = null;
        cleaned = [];
        if (YamlDepth.TooDeep(yaml) is { } deep)
        {
            problem = new YamlProblem((int)deep.Line, (int)deep.Column, YamlDepth.TooDeepMessage);
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var inner = e.InnerException as YamlException ?? e;
            problem = new YamlProblem(Math.Max(1, (int)e.Start.Line), Math.Max(1, (int)e.Start.Column), StripMark(inner.Message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException for some truncated input, e.g. "- name: [bad"
            // at the end of the text: the problem is where the text ends.
            problem = new YamlProblem(yaml.AsSpan().Count('\n') + 1, 1, YamlDepth.UnclosedMessage);
            return null;
        }

        if (stream.Documents.Count == 0) return null;
        var root = stream.Documents[0].RootNode;
        var found = new List<YamlCleaned>();
        CleanValues(root, root, found);
        cleaned = found;
        return root;
    }

    /// <summary>
    /// Cleans every scalar value under <paramref name="node"/> in place. Keys are left as written (changing one would
    /// corrupt its mapping; a key is never shown on a page, and one with a control character is an unknown key).
    /// </summary>
    private static void CleanValues(YamlNode node, YamlNode at, List<YamlCleaned> cleaned)
    {
        switch (node)
        {
            case YamlScalarNode { Value: { } value } scalar:
                var removed = new List<UnsafeCharacters.Found>();
                var clean = UnsafeCharacters.Clean(value, removed);
                if (removed.Count == 0) return;
                scalar.Value = clean;
                cleaned.Add(new YamlCleaned((int)at.Start.Line, (int)at.Start.Column, UnsafeCharacters.Describe(removed)));
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children) CleanValues(item, item, cleaned);
                break;
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children) CleanValues(value, value is YamlScalarNode ? key : value, cleaned);
                break;
        }
    }

    /// <summary>Drops YamlDotNet's "(Line: 1, Col: 1, Idx: 0) - (Line: ...): " prefix: the diagnostic has the position.</summary>
    private static string StripMark(string message)
    {
        if (!message.StartsWith("(Line:", StringComparison.Ordinal)) return message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut < 0 ? message : message[(cut + 3)..];
    }
}

/// <summary>A value <see cref="YamlText"/> cleaned, at a 1-based line and column of the text; <paramref name="Removed"/> says what went (<see cref="UnsafeCharacters.Describe"/>).</summary>
public sealed record YamlCleaned(int Line, int Column, string Removed);

/// <summary>Why YAML text was refused, at a 1-based line and column of the text.</summary>
public sealed record YamlProblem(int Line, int Column, string Message);
