using Weekly.Core;
using Weekly.Search;

namespace Weekly.Modules;

/// <summary>
/// Writes the static search index (<see cref="SearchIndex"/>) of every story in the site model
/// (<see cref="Keys.Site"/>): its headline, body paragraphs and the names of its regions and topics are
/// indexed; results show the headline, issue, issue date and excerpt. Needs <see cref="Keys.Renderer"/>
/// for the story views. Outputs one document per index file, its UTF-8 JSON in <see cref="Keys.Bytes"/>.
/// </summary>
public sealed class GenerateSearchIndex : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var site = context.Get(Keys.Site);
        var views = context.Get(Keys.Renderer).Views;
        var stories = site.Stories.Select(entry =>
        {
            var view = views.Story(entry);
            var paragraphs = entry.Story.Paragraphs;
            var texts = new string[1 + paragraphs.Count + view.Regions.Count + view.Topics.Count];
            var n = 0;
            texts[n++] = entry.Story.Headline;
            foreach (var p in paragraphs) texts[n++] = p.Text;
            foreach (var r in view.Regions) texts[n++] = r.Title;
            foreach (var t in view.Topics) texts[n++] = t.Title;
            return new SearchDocument(view.Headline, view.Url, view.Issue.Title, view.IssueDateDisplay, Rendering.Excerpt.Make(view.Excerpt, 160), texts);
        }).ToList();
        return SearchIndex.Build(stories)
            .Select(file => Document.Create(null).With(Keys.Bytes, file.Json).WithDestination(Permalinks.ToDestination(file.Url)))
            .ToList();
    }
}
