using Weekly.Core;
using Weekly.Publishing;

namespace Weekly.Modules;

/// <summary>
/// Applies <c>permalinks.lock</c> (<see cref="Keys.PermalinkLock"/>; none: an empty lock) to the issue documents with
/// <see cref="PermalinkHistory"/> (the scheduled issues the build leaves out, <see cref="Keys.HeldIssues"/>, are recorded
/// too; a recorded issue gone before its day is dropped, see <see cref="PermalinkHistory.Apply"/>): their issues get the feed ids they were first published with, and one more document
/// carries the result (<see cref="Keys.PermalinkUpdate"/>: the redirects of moved pages, the lock to save). Other documents pass through.
/// </summary>
public sealed class ApplyPermalinkLock : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var issueDocuments = inputs.Where(d => d.Has(Keys.Issue)).ToList();
        // Seeds with errors are not in issueDocuments, but they are not withdrawn either.
        var unreadable = context.Diagnostics.Sorted().Where(d => d.Severity == Severity.Error && d.File is not null)
            .Select(d => d.File!).ToHashSet(StringComparer.Ordinal);
        var held = inputs.Where(d => d.Has(Keys.HeldIssues)).SelectMany(d => d.Get(Keys.HeldIssues)).ToList();
        // The build clock's day in the site's zone: a recorded issue dated after it was never published (none without a clock).
        var now = context.GetOrDefault(Keys.Now, DateTimeOffset.MaxValue);
        DateOnly? today = now == DateTimeOffset.MaxValue
            ? null
            : DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Content.SiteTime.Zone(context.GetOrDefault(Keys.Settings, new Domain.SiteSettings()))).DateTime);
        var update = PermalinkHistory.Apply(issueDocuments.Select(d => d.Get(Keys.Issue)).ToList(),
            context.GetOrDefault(Keys.PermalinkLock, PermalinkLock.Empty), context.Diagnostics, unreadable, held, today);
        var issues = new Dictionary<Document, Domain.Issue>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < issueDocuments.Count; i++) issues[issueDocuments[i]] = update.Issues[i];
        var outputs = inputs.Select(d => issues.TryGetValue(d, out var issue) ? d.With(Keys.Issue, issue) : d).ToList();
        outputs.Add(Document.Create(null).With(Keys.PermalinkUpdate, update));
        return outputs;
    }
}
