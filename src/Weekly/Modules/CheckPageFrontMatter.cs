using System.Globalization;
using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Text;

namespace Weekly.Modules;

/// <summary>
/// Checks a page's front matter (<see cref="Keys.FrontMatter"/>) as a seed's is checked: the keys it reads are <c>title</c>,
/// <c>description</c>, <c>slug</c>, <c>layout</c> (text), <c>date</c> (<c>YYYY-MM-DD</c>) and <c>draft</c> (<c>true</c> or
/// <c>false</c>); another key is warning WK0716 (with "did you mean …?"), a value of the wrong type error WK0717. A page whose
/// front matter says <c>draft: true</c> is left out unless the build includes drafts (<see cref="Keys.IncludeDrafts"/>:
/// <c>--drafts</c>, preview), as a draft issue is. Diagnostics are at the key (<see cref="Keys.FrontMatterKeys"/>).
/// </summary>
public sealed class CheckPageFrontMatter : IModule
{
    /// <summary>The keys a page's front matter reads.</summary>
    public static readonly string[] KnownKeys = ["title", "description", "slug", "layout", "date", "draft"];

    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var includeDrafts = context.GetOrDefault(Keys.IncludeDrafts, false);
        var outputs = new List<Document>(inputs.Count);
        foreach (var document in inputs)
        {
            var draft = Check(document, context.Diagnostics);
            if (!draft || includeDrafts) outputs.Add(document);
        }

        return outputs;
    }

    /// <summary>Reports the front matter's problems; true when it says <c>draft: true</c>.</summary>
    private static bool Check(Document document, DiagnosticBag diagnostics)
    {
        var frontMatter = document.GetOrDefault(Keys.FrontMatter, new Dictionary<string, object?>());
        var at = document.GetOrDefault(Keys.FrontMatterKeys, new Dictionary<string, (int, int)>());
        var draft = false;
        foreach (var (key, value) in frontMatter)
        {
            if (value is null) continue;
            var (line, column) = at.TryGetValue(key, out var position) ? position : (1, 1);
            void Wrong(string expected) => diagnostics.Report(Codes.PageValueType, document.Source, line, column, key, expected, Describe(value));
            switch (key)
            {
                case "title" or "description" or "slug" or "layout":
                    if (value is not string) Wrong("text");
                    break;
                case "date":
                    if (value is not string date || !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                        Wrong("a date written YYYY-MM-DD");
                    break;
                case "draft":
                    if (value is "true" or "True" or "TRUE") draft = true;
                    else if (value is not ("false" or "False" or "FALSE")) Wrong("true or false");
                    break;
                default:
                    var closest = Similarity.Closest(KnownKeys, key.ToLowerInvariant(), maxDistance: 2);
                    diagnostics.Report(Codes.UnknownPageKey, document.Source, line, column, key, closest is null ? "" : $"did you mean {closest}? ");
                    break;
            }
        }

        return draft;
    }

    private static string Describe(object value) => value switch
    {
        string text => $"'{(text.Length > 40 ? text[..40] + "…" : text)}'",
        System.Collections.IList => "a list",
        _ => "a mapping",
    };
}
