using Weekly.Rendering.Markup;

namespace Weekly.Rendering.ViewModels;

/// <summary>Navigation between the pages of a paginated listing (the <c>page.pager</c> object).</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Count">Number of pages.</param>
/// <param name="Label">"Page 2 of 3".</param>
/// <param name="Previous">The previous (newer) page, or null on page 1; linked with <c>rel="prev"</c>.</param>
/// <param name="Next">The next (older) page, or null on the last page; linked with <c>rel="next"</c>.</param>
public sealed record PagerView(int Number, int Count, string Label, LinkView? Previous, LinkView? Next);

/// <summary>A chart drawn at build time and the table that gives its numbers as text.</summary>
/// <param name="Svg">The inline SVG (made by <see cref="SvgCharts"/>, every text escaped).</param>
/// <param name="Caption">Caption of the data table, e.g. "Stories per province".</param>
/// <param name="LabelHeading">Heading of the table's first column, e.g. "Province".</param>
/// <param name="ValueHeading">Heading of the table's second column, e.g. "Stories".</param>
/// <param name="Rows">The chart's data, in chart order.</param>
public sealed record ChartView(TrustedHtml Svg, string Caption, string LabelHeading, string ValueHeading, IReadOnlyList<ChartRowView> Rows);

/// <summary>One row of a chart's data table.</summary>
/// <param name="Label">Text of the row, e.g. <c>Fujian</c>.</param>
/// <param name="Url">Page the label links to, or null.</param>
/// <param name="Value">The number.</param>
public sealed record ChartRowView(string Label, string? Url, int Value);

/// <summary>"More from Fuzhou" / "More on Copyright" on a story page: other stories of one of its terms.</summary>
/// <param name="Heading">Heading text, e.g. <c>More from Fuzhou</c>.</param>
/// <param name="Term">The term's page.</param>
/// <param name="Stories">Up to five other stories of the term, newest first (the story itself left out).</param>
public sealed record RelatedView(string Heading, LinkView Term, IReadOnlyList<LinkView> Stories);
