using System.Globalization;
using System.Text;

namespace Weekly.Rendering;

/// <summary>One bar of a chart: a label (text, escaped on output), its value and an optional title for a tooltip.</summary>
/// <param name="Label">The bar's label, e.g. <c>Fujian</c> or an issue date.</param>
/// <param name="Value">The bar's value (0 or more), e.g. a story count.</param>
/// <param name="Tooltip">Text of the bar's SVG <c>&lt;title&gt;</c>, or null for "Label: value".</param>
public sealed record ChartBar(string Label, int Value, string? Tooltip = null);

/// <summary>
/// Small charts drawn at build time as inline SVG (no JavaScript, no external files): every text is
/// escaped with <see cref="Html.Escape"/>; numbers use the invariant culture; colours come from CSS
/// classes (<c>chart-bar</c>, <c>chart-text</c>, <c>chart-axis</c>) so both colour schemes apply. Each chart
/// is <c>role="img"</c> with a <c>&lt;title&gt;</c> and <c>&lt;desc&gt;</c> naming it, and the page shows
/// the same numbers in a table for screen readers and text browsers (the SVG is its picture).
/// Output is deterministic for the same input.
/// </summary>
public static class SvgCharts
{
    /// <summary>Width of the SVG's coordinate system (it scales to its container).</summary>
    public const int Width = 640;

    private const int RowHeight = 26, BarHeight = 18, FontSize = 14, Gap = 8;

    /// <summary>
    /// A horizontal bar chart, one row per bar in the given order: the label right-aligned on the left,
    /// the bar, and the value as text after it (so the numbers are readable without the table).
    /// </summary>
    /// <param name="id">Id prefix, unique on the page (e.g. <c>regions-chart</c>), for the title and desc ids.</param>
    /// <param name="title">The chart's accessible name.</param>
    /// <param name="description">One sentence describing what it shows.</param>
    /// <param name="bars">The bars, top to bottom.</param>
    public static TrustedHtml HorizontalBars(string id, string title, string description, IReadOnlyList<ChartBar> bars)
    {
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var longest = bars.Count == 0 ? 4 : bars.Max(b => b.Label.Length);
        var labelWidth = Math.Clamp(longest * 8 + 8, 64, 220);
        var valueWidth = 8 * (max.ToString(CultureInfo.InvariantCulture).Length + 1);
        var barSpace = Width - labelWidth - Gap - valueWidth;
        var height = Math.Max(1, bars.Count) * RowHeight + Gap;
        var svg = Open(id, title, description, height);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Gap / 2 + i * RowHeight;
            var length = bar.Value <= 0 ? 0 : Math.Max(2, (int)Math.Round((double)barSpace * bar.Value / max, MidpointRounding.AwayFromZero));
            var textY = y + BarHeight / 2 + FontSize * 35 / 100;
            svg.Append(CultureInfo.InvariantCulture, $"<g><title>{Html.Escape(bar.Tooltip ?? $"{bar.Label}: {N(bar.Value)}")}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-text\" x=\"{labelWidth}\" y=\"{textY}\" text-anchor=\"end\">{Html.Escape(bar.Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"chart-bar\" x=\"{labelWidth + Gap}\" y=\"{y}\" width=\"{length}\" height=\"{BarHeight}\" rx=\"2\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-text chart-value\" x=\"{labelWidth + Gap + length + 6}\" y=\"{textY}\">{N(bar.Value)}</text></g>");
        }
        return Close(svg);
    }

    /// <summary>
    /// A column chart over time, one column per bar in the given order (oldest left): a baseline, the
    /// maximum value as a label on the left, and the first and last labels under the axis. A zero is a
    /// short tick on the baseline. Each column's tooltip gives its label and value.
    /// </summary>
    /// <param name="id">Id prefix, unique on the page.</param>
    /// <param name="title">The chart's accessible name.</param>
    /// <param name="description">One sentence describing what it shows.</param>
    /// <param name="bars">The columns, left to right.</param>
    public static TrustedHtml Columns(string id, string title, string description, IReadOnlyList<ChartBar> bars)
    {
        const int height = 150, top = 10, plotBottom = 116, left = 32;
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var slot = bars.Count == 0 ? 0.0 : (double)(Width - left - 4) / Math.Max(bars.Count, 8);
        var barWidth = Math.Max(1.0, Math.Min(40, slot * 0.7));
        var svg = Open(id, title, description, height);
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-text chart-small\" x=\"{left - 6}\" y=\"{top + 10}\" text-anchor=\"end\">{N(max)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-text chart-small\" x=\"{left - 6}\" y=\"{plotBottom}\" text-anchor=\"end\">0</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"chart-axis\" x1=\"{left}\" y1=\"{plotBottom + 0.5}\" x2=\"{Width - 2}\" y2=\"{plotBottom + 0.5}\"/>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var x = left + 2 + i * slot + (slot - barWidth) / 2;
            var h = bar.Value <= 0 ? 2.0 : Math.Max(3.0, (plotBottom - top) * (double)bar.Value / max);
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"{(bar.Value <= 0 ? "chart-axis-fill" : "chart-bar")}\" x=\"{F(x)}\" y=\"{F(plotBottom - h)}\" width=\"{F(barWidth)}\" height=\"{F(h)}\"><title>{Html.Escape(bar.Tooltip ?? $"{bar.Label}: {N(bar.Value)}")}</title></rect>");
        }
        if (bars.Count > 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-text chart-small\" x=\"{left}\" y=\"{height - 8}\">{Html.Escape(bars[0].Label)}</text>");
            if (bars.Count > 1)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-text chart-small\" x=\"{Width - 2}\" y=\"{height - 8}\" text-anchor=\"end\">{Html.Escape(bars[^1].Label)}</text>");
            }
        }
        return Close(svg);
    }

    private static StringBuilder Open(string id, string title, string description, int height)
    {
        var sb = new StringBuilder(4096);
        var safeId = Html.Escape(id);
        sb.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{safeId}-title {safeId}-desc\" font-size=\"{FontSize}\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{safeId}-title\">{Html.Escape(title)}</title><desc id=\"{safeId}-desc\">{Html.Escape(description)}</desc>");
        return sb;
    }

    private static TrustedHtml Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string F(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);
}
