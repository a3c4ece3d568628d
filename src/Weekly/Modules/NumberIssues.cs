using Weekly.Content;
using Weekly.Core;

namespace Weekly.Modules;

/// <summary>
/// Numbers the unnumbered issues of ordered issue documents (<see cref="IssueNumbers"/>), then puts them in the site's
/// order with their numbers (<see cref="IssueOrder.NewestFirst"/>: issues of one instant by number, then source path):
/// the order every page and feed lists them in, decided here once. Other documents follow, in their order.
/// </summary>
public sealed class NumberIssues : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var documents = inputs.Where(d => d.Has(Keys.Issue)).ToList();
        var numbered = IssueNumbers.Assign(documents.Select(d => d.Get(Keys.Issue)).ToList());
        return documents.Select((d, i) => d.With(Keys.Issue, numbered[i]))
            .OrderBy(d => d.Get(Keys.Issue), IssueOrder.NewestFirst)
            .Concat(inputs.Where(d => !d.Has(Keys.Issue)))
            .ToList();
    }
}
