using Markdig;
using Markdig.Extensions.Yaml;
using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Text;
using YamlDotNet.RepresentationModel;

namespace Weekly.Modules;

/// <summary>
/// Reads the YAML front matter of Markdown documents (a <c>---</c> line, YAML, a <c>---</c> line at the
/// very start; found with Markdig's YAML front matter extension, parsed with YamlDotNet) into
/// <see cref="Keys.FrontMatter"/> (string keys; scalars as strings, sequences as lists, mappings as
/// dictionaries), and removes it from the content. A document without front matter gets an empty
/// dictionary, and the line the body starts on in <see cref="Keys.BodyLine"/>. Diagnostics: WK0710 YAML syntax error (at its line in the file; also YAML nested deeper than 64 levels, which would overflow YamlDotNet's recursive loader), WK0711 front matter
/// that is not a mapping. Either way the document keeps going with empty front matter (and <see cref="Keys.FrontMatterFailed"/> after a YAML error).
/// Front matter not closed, or fenced other than with <c>---</c> (TOML's <c>+++</c>), is error WK0715 and the page is left out.
/// </summary>
public sealed partial class ExtractFrontMatter : IModule
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) =>
        inputs.Select(d => Extract(d, context.Diagnostics)).OfType<Document>().ToList();

    /// <summary>The document with its front matter read, or null (after error WK0715) when its front matter is not closed or not fenced with <c>---</c>.</summary>
    private static Document? Extract(Document document, DiagnosticBag diagnostics)
    {
        var text = document.Content.ToText(diagnostics).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        YamlFrontMatterBlock? block;
        try
        {
            block = Markdown.Parse(text, Pipeline).OfType<YamlFrontMatterBlock>().FirstOrDefault();
        }
        catch (ArgumentException ex)
        {
            // Markdig refuses input nested deeper than its limit (e.g. 50,000 '>' in a row) with this exception.
            diagnostics.Report(Codes.MarkdownTooDeep, document.Source, 1, 1, "read", ex.Message);
            return document.WithContent(DocumentContent.Empty).With(Keys.FrontMatter, Empty()).With(Keys.BodyLine, 1);
        }
        if (block is null)
        {
            if (FenceProblem(text) is { } fence)
            {
                diagnostics.Report(Codes.PageFrontMatterFence, document.Source, 1, 1, fence);
                return null;
            }
            return document.WithContent(DocumentContent.FromText(text)).With(Keys.FrontMatter, Empty()).With(Keys.BodyLine, 1);
        }

        var body = text[Math.Min(text.Length, block.Span.End + 1)..];
        if (body.StartsWith('\n')) body = body[1..];
        var bodyLine = text.AsSpan(0, text.Length - body.Length).Count('\n') + 1;
        var yaml = block.Lines.ToString();
        IReadOnlyDictionary<string, object?> frontMatter = Empty();
        // Lines of the YAML text are 1-based and start on the line after the opening '---' (block.Line is 0-based); the
        // trailing newline puts an "ends inside an unclosed [" problem on the closing '---'.
        var root = YamlText.Load(yaml + "\n", out var problem, out var cleaned);
        foreach (var c in cleaned) diagnostics.Report(Codes.UnsafeCharacter, document.Source, block.Line + 1 + c.Line, c.Column, c.Removed);
        if (problem is not null)
        {
            diagnostics.Report(Codes.PageFrontMatterSyntax, document.Source, block.Line + 1 + problem.Line, problem.Column, problem.Message);
            document = document.With(Keys.FrontMatterFailed, true);
        }
        else if (root is not null && Convert(root) is { } parsed)
        {
            if (parsed is Dictionary<string, object?> map)
            {
                frontMatter = map;
                var at = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
                foreach (var key in ((YamlMappingNode)root).Children.Keys) at.TryAdd((key as YamlScalarNode)?.Value ?? "", (block.Line + 1 + (int)key.Start.Line, (int)key.Start.Column));
                document = document.With(Keys.FrontMatterKeys, at);
            }
            else diagnostics.Report(Codes.PageFrontMatterNotMapping, document.Source, block.Line + 2, 1);
        }

        return document.WithContent(DocumentContent.FromText(body)).With(Keys.FrontMatter, frontMatter).With(Keys.BodyLine, bodyLine);
    }

    private static Dictionary<string, object?> Empty() => new(StringComparer.Ordinal);

    /// <summary>
    /// Why a page without front matter (as Markdig finds it) looks as if it meant some, or null: a first line <c>---</c> never
    /// closed (Markdig then reads it as a rule and the YAML as text), or a first line fencing it the wrong way (<c>+++</c>,
    /// TOML as Hugo writes it; <c>----</c>; a word processor's dash) followed by a <c>key:</c> line, as seeds are checked.
    /// </summary>
    private static string? FenceProblem(string text)
    {
        var lines = text.Split('\n', 3);
        if (lines[0].TrimEnd() == "---")
        {
            return lines.Length > 1 && Seeds.FrontMatterBlocks.IsFence(lines[1]) ? null : "opened on line 1 is not closed";
        }
        if (lines.Length < 2 || Seeds.FrontMatterBlocks.WrongFence(lines[0]) is not { } found) return null;
        return KeyLine().IsMatch(lines[1]) ? $"is fenced with {found}" : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[a-z_][A-Za-z0-9_-]*\s*[:=]")]
    private static partial System.Text.RegularExpressions.Regex KeyLine();

    /// <summary>
    /// A YAML node as plain values: a mapping as a dictionary (keys as text; YamlDotNet refuses duplicate keys), a sequence
    /// as a list, a null scalar (<c>key:</c>, <c>~</c>, <c>null</c>) as null, any other scalar as its text.
    /// </summary>
    private static object? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => ConvertMapping(map),
        YamlSequenceNode list => list.Children.Select(Convert).ToList(),
        YamlScalarNode scalar => Seeds.FrontMatterValues.IsNull(scalar) ? null : scalar.Value,
        _ => null,
    };

    /// <summary>A mapping as a dictionary; keys that read as one text (<c>~</c> and <c>null</c>, two lists): the later wins.</summary>
    private static Dictionary<string, object?> ConvertMapping(YamlMappingNode map)
    {
        var result = Empty();
        foreach (var (key, value) in map.Children) result[(key as YamlScalarNode)?.Value ?? ""] = Convert(value);
        return result;
    }
}
