using Weekly.Core;

namespace Weekly.Modules;

/// <summary>
/// Splits each listing document (one with a <see cref="Keys.Permalink"/>, e.g. a term page) into one
/// document per page of <paramref name="pageSize"/> items, Statiq's <c>PaginateDocuments</c> for one
/// listing at a time. Every output carries its <see cref="Keys.Pagination"/>; page 1 keeps the input's
/// permalink and destination, page n gets <c>&lt;permalink&gt;page/n/</c> (<see cref="Permalinks.Paged"/>).
/// Other metadata (term, last-modified) is kept on every page. Order: listings in input order, pages in order.
/// </summary>
/// <param name="pageSize">Items per page (at least 1).</param>
/// <param name="itemCount">How many items a listing document has, e.g. <c>d =&gt; d.Get(Keys.Term).Stories.Count</c>.</param>
public sealed class PaginateDocuments(int pageSize, Func<Document, int> itemCount) : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) =>
        inputs.SelectMany(document =>
        {
            var first = document.Get(Keys.Permalink);
            return Pagination.For(itemCount(document), pageSize, first).Select(page => page.Number == 1
                ? document.With(Keys.Pagination, page)
                : document.With(Keys.Pagination, page).With(Keys.Permalink, page.Url).WithDestination(Permalinks.ToDestination(page.Url)));
        }).ToList();
}
