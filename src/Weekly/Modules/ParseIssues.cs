using Weekly.Content;
using Weekly.Core;
using Weekly.Seeds;

namespace Weekly.Modules;

/// <summary>
/// Parses each seed document (its bytes) into an <see cref="Domain.Issue"/>
/// (<see cref="Keys.Issue"/>) with <see cref="SeedParser"/>, in parallel, keeping input order; dates in the site's time
/// zone (<see cref="Keys.Settings"/>), the site's title taken for the newsletter's name on title lines.
/// Seeds that cannot be read at all, or whose date could not be determined, are dropped (the parser
/// reported why, as an error, so the build fails); draft issues are dropped unless the build includes
/// drafts (<see cref="Keys.IncludeDrafts"/>).
/// </summary>
/// <param name="sections">The known section names (<c>input/sections.yml</c>).</param>
public sealed class ParseIssues(SectionNames sections) : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var includeDrafts = context.GetOrDefault(Keys.IncludeDrafts, false);
        var settings = context.GetOrDefault(Keys.Settings, new Domain.SiteSettings());
        var zone = SiteTime.Zone(settings);
        var issues = ParallelMap.Ordered(inputs, doc => SeedParser.Parse(doc.Source!, doc.Content.ToBytes(context.Diagnostics), context.Diagnostics, sections, zone, settings.Title));
        var outputs = new List<Document>(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            if (issues[i] is { } issue && issue.Date != DateOnly.MinValue && (includeDrafts || !issue.Draft))
                outputs.Add(Document.Create(inputs[i].Source).With(Keys.Issue, issue));
        }
        return outputs;
    }
}
