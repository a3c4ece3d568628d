using Weekly.Content;
using Weekly.Core;

namespace Weekly.Modules;

/// <summary>Numbers the unnumbered issues of ordered issue documents (<see cref="IssueNumbers"/>); their order is kept.</summary>
public sealed class NumberIssues : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var numbered = IssueNumbers.Assign(inputs.Select(d => d.Get(Keys.Issue)).ToList());
        return inputs.Select((d, i) => d.With(Keys.Issue, numbered[i])).ToList();
    }
}
