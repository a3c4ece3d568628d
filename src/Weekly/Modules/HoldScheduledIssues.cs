using Weekly.Content;
using Weekly.Core;
using Weekly.Diagnostics;

namespace Weekly.Modules;

/// <summary>
/// Scheduled issues, as Hugo's <c>buildFuture</c> and Jekyll's <c>future</c>: an issue whose publication instant
/// (<see cref="Domain.Issue.Published"/>, after <see cref="SetPublicationDates"/>) is after the build's
/// <see cref="Keys.Now"/> is left out, unless the build includes the future (<see cref="Keys.IncludeFuture"/>:
/// <c>--future</c>, preview), which keeps it marked <see cref="Domain.Issue.Scheduled"/>. Either way WK0903 says when it
/// will appear. The issues left out go on one more document (<see cref="Keys.HeldIssues"/>, when there are any), for
/// <c>permalinks.lock</c>. Without <see cref="Keys.Now"/> nothing is scheduled.
/// </summary>
public sealed class HoldScheduledIssues : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var now = context.GetOrDefault(Keys.Now, DateTimeOffset.MaxValue);
        var includeFuture = context.GetOrDefault(Keys.IncludeFuture, false);
        var zone = SiteTime.Zone(context.GetOrDefault(Keys.Settings, new Domain.SiteSettings()));
        var outputs = new List<Document>(inputs.Count);
        var held = new List<Domain.Issue>();
        foreach (var document in inputs)
        {
            if (!document.Has(Keys.Issue) || document.Get(Keys.Issue) is not { Published: { } published } issue || published <= now)
            {
                outputs.Add(document);
                continue;
            }
            context.Diagnostics.Report(Codes.Scheduled, issue.SourcePath, Math.Max(issue.DateLine, 1), 1, published, zone.Id);
            if (includeFuture) outputs.Add(document.With(Keys.Issue, issue with { Scheduled = true }));
            else held.Add(issue with { Scheduled = true });
        }
        if (held.Count > 0) outputs.Add(Document.Create(null).With(Keys.HeldIssues, held));
        return outputs;
    }
}
