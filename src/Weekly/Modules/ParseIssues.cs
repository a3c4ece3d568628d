using Weekly.Core;
using Weekly.Seeds;

namespace Weekly.Modules;

/// <summary>
/// Parses each seed document (<see cref="Keys.Bytes"/>) into an <see cref="Domain.Issue"/>
/// (<see cref="Keys.Issue"/>) with <see cref="SeedParser"/>, in parallel, keeping input order.
/// Seeds that cannot be read at all, or whose date could not be determined, are dropped (the parser
/// reported why, as an error, so the build fails); draft issues are dropped unless the build includes
/// drafts (<see cref="Keys.IncludeDrafts"/>).
/// </summary>
public sealed class ParseIssues : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var includeDrafts = context.GetOrDefault(Keys.IncludeDrafts, false);
        return inputs
            .AsParallel().AsOrdered()
            .Select(doc => (doc, issue: SeedParser.Parse(doc.Source!, doc.Get(Keys.Bytes), context.Diagnostics)))
            .Where(x => x.issue is not null && x.issue.Date != DateOnly.MinValue && (includeDrafts || !x.issue.Draft))
            .Select(x => Document.Create(x.doc.Source).With(Keys.Issue, x.issue!))
            .ToList();
    }
}
