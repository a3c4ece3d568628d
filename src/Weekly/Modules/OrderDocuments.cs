using Weekly.Content;
using Weekly.Core;

namespace Weekly.Modules;

/// <summary>Orders issue documents in the site's order, newest first (<see cref="IssueOrder.NewestFirst"/>); other documents follow, in their order.</summary>
public sealed class OrderDocuments : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) =>
        inputs.Where(d => d.Has(Keys.Issue)).OrderBy(d => d.Get(Keys.Issue), IssueOrder.NewestFirst).Concat(inputs.Where(d => !d.Has(Keys.Issue))).ToList();
}
