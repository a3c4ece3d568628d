using System.Globalization;
using System.Text;

namespace Weekly.Rendering.Markup;

/// <summary>One bar of a chart: a label (text, escaped on output), its value and an optional title for a tooltip.</summary>
/// <param name="Label">The bar's label, e.g. <c>Fujian</c> or an issue date.</param>
/// <param name="Value">The bar's value (0 or more), e.g. a story count.</param>
/// <param name="Tooltip">Text of the bar's SVG <c>&lt;title&gt;</c>, or null for "Label: value".</param>
/// <param name="NoBar">True for a row that only gives a number (the "other topics" of a top-N chart): label and value, no bar.</param>
public sealed record ChartBar(string Label, int Value, string? Tooltip = null, bool NoBar = false);

/// <summary>
/// Small charts drawn at build time as inline SVG (no JavaScript, no external files): every text is
/// escaped with <see cref="Html.Escape"/>; numbers use the invariant culture; colours come from CSS
/// classes (<c>chart-bar</c>, <c>chart-text</c>, <c>chart-axis</c>) so both colour schemes apply. Each chart
/// is <c>role="img"</c> with a <c>&lt;title&gt;</c> and <c>&lt;desc&gt;</c> naming it, and the page shows
/// the same numbers in a table for screen readers and text browsers (the SVG is its picture).
/// The SVG has no <c>viewBox</c>: one unit is one CSS pixel, so its text keeps the stylesheet's size on a
/// 360 px phone as on a wide screen (a scaled <c>viewBox</c> shrank 14 px labels to 8 px); widths and
/// horizontal positions are percentages of the chart's width. Output is deterministic for the same input.
/// </summary>
public static class SvgCharts
{
    private const int RowHeight = 40, TextBaseline = 15, BarTop = 21, BarHeight = 12;

    /// <summary>
    /// A horizontal bar chart, one row per bar in the given order: the label on the left and the value on the
    /// right on one line, the bar under them, as long as the chart is wide for the largest value.
    /// </summary>
    /// <param name="id">Id prefix, unique on the page (e.g. <c>regions-chart</c>), for the title and desc ids.</param>
    /// <param name="title">The chart's accessible name.</param>
    /// <param name="description">One sentence describing what it shows.</param>
    /// <param name="bars">The bars, top to bottom.</param>
    public static TrustedHtml HorizontalBars(string id, string title, string description, IReadOnlyList<ChartBar> bars)
    {
        var max = Math.Max(1, bars.Where(b => !b.NoBar).Select(b => b.Value).DefaultIfEmpty(1).Max());
        var height = Math.Max(1, bars.Count) * RowHeight;
        var svg = Open(id, title, description, height, "chart-bars");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = i * RowHeight;
            svg.Append(CultureInfo.InvariantCulture, $"<g><title>{Html.Escape(bar.Tooltip ?? $"{bar.Label}: {N(bar.Value)}")}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-text\" x=\"0\" y=\"{y + TextBaseline}\">{Html.Escape(bar.Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-text chart-value\" x=\"100%\" y=\"{y + TextBaseline}\" text-anchor=\"end\">{N(bar.Value)}</text>");
            if (!bar.NoBar)
            {
                var percent = bar.Value <= 0 ? 0 : Math.Max(0.5, 100.0 * bar.Value / max);
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"chart-bar\" x=\"0\" y=\"{y + BarTop}\" width=\"{F(percent)}%\" height=\"{BarHeight}\" rx=\"2\"/>");
            }
            svg.Append("</g>");
        }
        return Close(svg);
    }

    /// <summary>
    /// A column chart over time, one column per bar in the given order (oldest left): the largest value as a
    /// label above the plot, a baseline, and the first and last labels under it. A zero is a short tick on the
    /// baseline. Each column's tooltip gives its label and value.
    /// </summary>
    /// <param name="id">Id prefix, unique on the page.</param>
    /// <param name="title">The chart's accessible name.</param>
    /// <param name="description">One sentence describing what it shows.</param>
    /// <param name="bars">The columns, left to right.</param>
    /// <param name="unit">What the largest value counts, after it: <c>stories</c> gives "Most: 4 stories".</param>
    public static TrustedHtml Columns(string id, string title, string description, IReadOnlyList<ChartBar> bars, string unit = "stories")
    {
        const int height = 160, top = 24, plotBottom = 126;
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var slot = bars.Count == 0 ? 0.0 : 100.0 / Math.Max(bars.Count, 8);
        var barWidth = Math.Min(slot * 0.7, 6.0);
        var svg = Open(id, title, description, height, "chart-columns");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-text chart-small\" x=\"0\" y=\"14\">Most: {N(max)} {Html.Escape(unit)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"chart-axis\" x1=\"0\" y1=\"{plotBottom + 0.5}\" x2=\"100%\" y2=\"{plotBottom + 0.5}\"/>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var x = i * slot + (slot - barWidth) / 2;
            var h = bar.Value <= 0 ? 2.0 : Math.Max(3.0, (plotBottom - top) * (double)bar.Value / max);
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"{(bar.Value <= 0 ? "chart-axis-fill" : "chart-bar")}\" x=\"{F(x)}%\" y=\"{F(plotBottom - h)}\" width=\"{F(barWidth)}%\" height=\"{F(h)}\"><title>{Html.Escape(bar.Tooltip ?? $"{bar.Label}: {N(bar.Value)}")}</title></rect>");
        }
        if (bars.Count > 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-text chart-small\" x=\"0\" y=\"{height - 12}\">{Html.Escape(bars[0].Label)}</text>");
            if (bars.Count > 1)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-text chart-small\" x=\"100%\" y=\"{height - 12}\" text-anchor=\"end\">{Html.Escape(bars[^1].Label)}</text>");
            }
        }
        return Close(svg);
    }

    private static StringBuilder Open(string id, string title, string description, int height, string kind)
    {
        var sb = new StringBuilder(4096);
        var safeId = Html.Escape(id);
        sb.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart {kind}\" xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"{height}\" role=\"img\" aria-labelledby=\"{safeId}-title {safeId}-desc\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{safeId}-title\">{Html.Escape(title)}</title><desc id=\"{safeId}-desc\">{Html.Escape(description)}</desc>");
        return sb;
    }

    private static TrustedHtml Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string F(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
}
