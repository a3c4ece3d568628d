using Markdig;
using Markdig.Extensions.Yaml;
using Weekly.Core;
using Weekly.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Weekly.Modules;

/// <summary>
/// Reads the YAML front matter of Markdown documents (a <c>---</c> line, YAML, a <c>---</c> line at the
/// very start; found with Markdig's YAML front matter extension, parsed with YamlDotNet) into
/// <see cref="Keys.FrontMatter"/> (string keys; scalars as strings, sequences as lists, mappings as
/// dictionaries), and removes it from the content. A document without front matter gets an empty
/// dictionary, and the line the body starts on in <see cref="Keys.BodyLine"/>. Diagnostics: WK0710 YAML syntax error (at its line in the file; also YAML nested deeper than 64 levels, which would overflow YamlDotNet's recursive loader), WK0711 front matter
/// that is not a mapping. Either way the document keeps going with empty front matter.
/// </summary>
public sealed class ExtractFrontMatter : IModule
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) =>
        inputs.Select(d => Extract(d, context.Diagnostics)).ToList();

    private static Document Extract(Document document, DiagnosticBag diagnostics)
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
        if (block is null) return document.WithContent(DocumentContent.FromText(text)).With(Keys.FrontMatter, Empty()).With(Keys.BodyLine, 1);

        var body = text[Math.Min(text.Length, block.Span.End + 1)..];
        if (body.StartsWith('\n')) body = body[1..];
        var bodyLine = text.AsSpan(0, text.Length - body.Length).Count('\n') + 1;
        var yaml = block.Lines.ToString();
        IReadOnlyDictionary<string, object?> frontMatter = Empty();
        if (Seeds.YamlDepth.TooDeep(yaml) is { } deep)
        {
            diagnostics.Report(Codes.PageFrontMatterSyntax, document.Source, block.Line + 1 + (int)deep.Line, (int)deep.Column, Seeds.YamlDepth.TooDeepMessage);
            return document.WithContent(DocumentContent.FromText(body)).With(Keys.FrontMatter, frontMatter).With(Keys.BodyLine, bodyLine);
        }
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            var parsed = stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
            if (parsed is null) { }
            else if (parsed is Dictionary<string, object?> map) frontMatter = map;
            else diagnostics.Report(Codes.PageFrontMatterNotMapping, document.Source, block.Line + 2, 1);
        }
        catch (YamlException ex)
        {
            // Mark lines are 1-based within the YAML text, which starts on the line after the opening '---'.
            diagnostics.Report(Codes.PageFrontMatterSyntax, document.Source, block.Line + 1 + (int)ex.Start.Line, (int)ex.Start.Column, ex.Message);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException for some truncated input, e.g. "title: [unclosed".
            diagnostics.Report(Codes.PageFrontMatterSyntax, document.Source, block.Line + 1, 1, Seeds.YamlDepth.UnclosedMessage);
        }
        return document.WithContent(DocumentContent.FromText(body)).With(Keys.FrontMatter, frontMatter).With(Keys.BodyLine, bodyLine);
    }

    private static Dictionary<string, object?> Empty() => new(StringComparer.Ordinal);

    /// <summary>
    /// A YAML node as plain values: a mapping as a dictionary (keys as text; YamlDotNet refuses duplicate keys), a sequence
    /// as a list, a null scalar (<c>key:</c>, <c>~</c>, <c>null</c>) as null, any other scalar as its text.
    /// </summary>
    private static object? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.ToDictionary(kv => Convert(kv.Key)?.ToString() ?? "", kv => Convert(kv.Value), StringComparer.Ordinal),
        YamlSequenceNode list => list.Children.Select(Convert).ToList(),
        YamlScalarNode scalar => Seeds.FrontMatterValues.IsNull(scalar) ? null : scalar.Value,
        _ => null,
    };
}
