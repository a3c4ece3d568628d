namespace Weekly.Urls;

/// <summary>
/// One page of a paginated listing (a term page's stories, the issue archive): which slice of the
/// listing's items it shows and the URLs of its neighbours, all from <see cref="Permalinks.Paged"/>.
/// </summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Count">Number of pages (at least 1, even for an empty listing).</param>
/// <param name="PageSize">Items per page.</param>
/// <param name="ItemCount">Items in the whole listing.</param>
/// <param name="FirstUrl">Site-relative URL of page 1, e.g. <c>/regions/beijing/</c>.</param>
public sealed record Pagination(int Number, int Count, int PageSize, int ItemCount, string FirstUrl)
{
    /// <summary>Items per page on term pages and the archive: 30.</summary>
    public const int DefaultPageSize = 30;

    /// <summary>Index of the page's first item in the listing (0-based).</summary>
    public int Skip => (Number - 1) * PageSize;

    /// <summary>Items on this page.</summary>
    public int Take => Math.Max(0, Math.Min(PageSize, ItemCount - Skip));

    /// <summary>This page's site-relative URL: <see cref="FirstUrl"/> for page 1, else <c>&lt;first&gt;page/n/</c>.</summary>
    public string Url => Permalinks.Paged(FirstUrl, Number);

    /// <summary>The previous page's URL (<c>rel="prev"</c>), or null on page 1.</summary>
    public string? PreviousUrl => Number > 1 ? Permalinks.Paged(FirstUrl, Number - 1) : null;

    /// <summary>The next page's URL (<c>rel="next"</c>), or null on the last page.</summary>
    public string? NextUrl => Number < Count ? Permalinks.Paged(FirstUrl, Number + 1) : null;

    /// <summary>Applies the page's slice to <paramref name="items"/> (the whole listing).</summary>
    public IReadOnlyList<T> Slice<T>(IReadOnlyList<T> items) => items.Skip(Skip).Take(Take).ToList();

    /// <summary>
    /// The pages of a listing of <paramref name="itemCount"/> items, <paramref name="pageSize"/> a page,
    /// whose first page is at <paramref name="firstUrl"/>; one page when the listing is empty.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is below 1 or <paramref name="itemCount"/> is negative.</exception>
    public static IReadOnlyList<Pagination> For(int itemCount, int pageSize, string firstUrl)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(itemCount);
        var count = Math.Max(1, (itemCount + pageSize - 1) / pageSize);
        return Enumerable.Range(1, count).Select(n => new Pagination(n, count, pageSize, itemCount, firstUrl)).ToList();
    }
}
