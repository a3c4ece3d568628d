using AngleSharp.Html.Parser;
using Weekly.Rendering;

namespace Weekly.Tests.Rendering;

public class SvgChartsTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Horizontal_bars_label_every_bar_with_its_name_and_value_and_scale_to_the_largest()
    {
        var svg = SvgCharts.HorizontalBars("c", "Stories per province", "Bars.", [new("Fujian", 4), new("Beijing", 2), new("Tibet", 0)]).Html;
        var doc = Parser.ParseDocument("<body>" + svg);
        var texts = doc.QuerySelectorAll("svg text").Select(t => t.TextContent).ToArray();
        Assert.Equal(["Fujian", "4", "Beijing", "2", "Tibet", "0"], texts);
        var widths = doc.QuerySelectorAll("svg rect").Select(r => int.Parse(r.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(widths[0], widths[1] * 2);
        Assert.Equal(0, widths[2]);
        Assert.Equal("img", doc.QuerySelector("svg")!.GetAttribute("role"));
        Assert.Equal("Stories per province", doc.GetElementById("c-title")!.TextContent);
    }

    [Fact]
    public void Every_text_is_escaped()
    {
        var svg = SvgCharts.Columns("x\"y", "<b>T</b>", "D & d", [new("</svg><script>alert(1)</script>", 1, "<i>tip</i>")]).Html;
        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;/svg&gt;&lt;script&gt;", svg, StringComparison.Ordinal);
        Assert.Contains("aria-labelledby=\"x&quot;y-title x&quot;y-desc\"", svg, StringComparison.Ordinal);
        Assert.Equal(1, Parser.ParseDocument("<body>" + svg).QuerySelectorAll("svg").Length);
    }

    [Fact]
    public void Columns_are_invariant_and_deterministic()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            var bars = new List<ChartBar> { new("2020-01-06", 3), new("2020-01-13", 0), new("2020-01-20", 1) };
            var invariant = SvgCharts.Columns("t", "T", "D", bars).Html;
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal(invariant, SvgCharts.Columns("t", "T", "D", bars).Html);
            Assert.DoesNotContain(",5\"", invariant, StringComparison.Ordinal);
            Assert.Contains("<text class=\"chart-text chart-small\" x=\"32\" y=\"142\">2020-01-06</text>", invariant, StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}
