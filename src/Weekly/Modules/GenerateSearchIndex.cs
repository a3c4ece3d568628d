using Weekly.Core;
using Weekly.Search;

namespace Weekly.Modules;

/// <summary>
/// Writes the static search index (<see cref="SearchIndex"/>) of every story in the site model
/// (<see cref="Keys.Site"/>): its headline, body paragraphs and the names of its regions and topics are
/// indexed; results show the headline, issue, issue date and excerpt. Needs <see cref="Keys.Renderer"/>
/// for the story views. Outputs one document per index file.
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
            var texts = new List<string> { entry.Story.Headline };
            texts.AddRange(entry.Story.Paragraphs.Select(p => p.Text));
            texts.AddRange(view.Regions.Select(r => r.Title));
            texts.AddRange(view.Topics.Select(t => t.Title));
            return new SearchDocument(view.Headline, view.Url, view.Issue.Title, view.IssueDateDisplay, Rendering.Excerpt.Make(view.Excerpt, 160), texts);
        }).ToList();
        return SearchIndex.Build(stories)
            .Select(file => Document.Create(null, file.Json).WithDestination(Permalinks.ToDestination(file.Url)))
            .ToList();
    }
}
