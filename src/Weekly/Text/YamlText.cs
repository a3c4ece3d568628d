using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Weekly.Text;

/// <summary>
/// Loads YAML text (a settings file, a taxonomy, front matter) into YamlDotNet's node tree without throwing: every way
/// YamlDotNet refuses text becomes one <see cref="YamlProblem"/> with a position, so each loader reports it as its own
/// "not valid YAML" diagnostic. Nesting deeper than <see cref="YamlDepth.MaxDepth"/> is refused before loading (the
/// loader recurses). YamlDotNet is kept; this only turns its exceptions into positions.
/// </summary>
public static class YamlText
{
    /// <summary>
    /// Returns the first document's root node (null for empty text, a comment-only text, or a problem); on a problem
    /// <paramref name="problem"/> holds its 1-based line and column in <paramref name="yaml"/> and the reason.
    /// </summary>
    public static YamlNode? Load(string yaml, out YamlProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        problem = null;
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

        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    /// <summary>Drops YamlDotNet's "(Line: 1, Col: 1, Idx: 0) - (Line: ...): " prefix: the diagnostic has the position.</summary>
    private static string StripMark(string message)
    {
        if (!message.StartsWith("(Line:", StringComparison.Ordinal)) return message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut < 0 ? message : message[(cut + 3)..];
    }
}

/// <summary>Why YAML text was refused, at a 1-based line and column of the text.</summary>
public sealed record YamlProblem(int Line, int Column, string Message);
