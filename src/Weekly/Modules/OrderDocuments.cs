using Weekly.Core;
using Weekly.Domain;

namespace Weekly.Modules;

/// <summary>
/// Orders issue documents newest first: by date (publication instant when given), then number
/// (descending, unnumbered last), then slug (ordinal) — a total order, so output never depends on
/// file-system order.
/// </summary>
public sealed class OrderDocuments : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) =>
        inputs.OrderBy(d => d.Get(Keys.Issue), NewestFirst).ToList();

    /// <summary>The site's issue order: newest first, ties broken by number then slug.</summary>
    public static readonly IComparer<Issue> NewestFirst = Comparer<Issue>.Create((a, b) =>
    {
        var c = b.Date.CompareTo(a.Date);
        if (c != 0) return c;
        c = Nullable.Compare(b.PublishedAt, a.PublishedAt);
        if (c != 0) return c;
        c = Nullable.Compare(b.Number, a.Number);
        return c != 0 ? c : string.CompareOrdinal(a.Slug, b.Slug);
    });
}
