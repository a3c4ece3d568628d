using Weekly.Core;
using Weekly.Domain;

namespace Weekly.Modules;

/// <summary>
/// One document per term page (<see cref="Keys.Term"/>): every province, its cities, every topic —
/// only terms with stories exist in the site model. Last-modified is the newest story's issue date.
/// </summary>
public sealed class CreateTermPages : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var site = context.Get(Keys.Site);
        return site.Regions.SelectMany(p => p.Children.Prepend(p)).Concat(site.Topics)
            .Select(term =>
            {
                var permalink = Permalinks.Term(term);
                return Document.Create(null)
                    .With(Keys.Term, term)
                    .With(Keys.Permalink, permalink)
                    .With(Keys.LastModified, term.Stories.Max(s => s.Issue.Date))
                    .WithDestination(Permalinks.ToDestination(permalink));
            })
            .ToList();
    }
}
