using Weekly.Core;

namespace Weekly.Modules;

/// <summary>
/// One document per story of the site model (<see cref="Keys.Story"/>), with its permalink,
/// destination and last-modified date (its issue's date). Site order: newest issue first. Made in
/// parallel (tens of thousands of documents, on the preview's path to the reload signal).
/// </summary>
public sealed class CreateStories : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) =>
        ParallelMap.Ordered(context.Get(Keys.Site).Stories, entry =>
        {
            var permalink = Permalinks.Story(entry.Issue, entry.Story);
            return Document.Create(entry.Issue.SourcePath, Permalinks.ToDestination(permalink),
                Keys.Story.Item(entry), Keys.Permalink.Item(permalink), Keys.LastModified.Item(entry.Issue.Date));
        }, context.CancellationToken);
}
