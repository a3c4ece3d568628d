using Weekly.Content;
using Weekly.Core;

namespace Weekly.Modules;

/// <summary>Orders issue documents in the site's order, newest first (<see cref="IssueOrder.NewestFirst"/>).</summary>
public sealed class OrderDocuments : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) =>
        inputs.OrderBy(d => d.Get(Keys.Issue), IssueOrder.NewestFirst).ToList();
}
