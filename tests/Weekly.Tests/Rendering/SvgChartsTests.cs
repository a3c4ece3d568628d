using AngleSharp.Html.Parser;
using Weekly.Rendering.Markup;

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
        Assert.Equal(["100%", "50%", "0%"], doc.QuerySelectorAll("svg rect").Select(r => r.GetAttribute("width")));
        Assert.Equal("img", doc.QuerySelector("svg")!.GetAttribute("role"));
        Assert.Equal("Stories per province", doc.GetElementById("c-title")!.TextContent);
    }

    /// <summary>Issue #17: a viewBox scaled 14 px text to 8 px on a phone; without one, a unit is a CSS pixel and text keeps its size.</summary>
    [Fact]
    public void Charts_have_no_view_box_so_their_text_is_not_scaled()
    {
        foreach (var svg in new[] { SvgCharts.HorizontalBars("a", "A", "A.", [new("Fujian", 4)]).Html, SvgCharts.Columns("b", "B", "B.", [new("2020-01-06", 1)]).Html })
        {
            var element = Parser.ParseDocument("<body>" + svg).QuerySelector("svg")!;
            Assert.False(element.HasAttribute("viewBox"), svg);
            Assert.Equal("100%", element.GetAttribute("width"));
        }
    }

    [Fact]
    public void A_row_without_a_bar_gives_its_label_and_number_only()
    {
        var svg = SvgCharts.HorizontalBars("c", "T", "D.", [new("Fujian", 4), new("6 other topics", 9, NoBar: true)]).Html;
        var doc = Parser.ParseDocument("<body>" + svg);
        Assert.Equal(["Fujian", "4", "6 other topics", "9"], doc.QuerySelectorAll("svg text").Select(t => t.TextContent));
        Assert.Equal(["100%"], doc.QuerySelectorAll("svg rect").Select(r => r.GetAttribute("width"))); // the 9 does not stretch the scale
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
            Assert.Contains("<text class=\"chart-text chart-small\" x=\"0\" y=\"148\">2020-01-06</text>", invariant, StringComparison.Ordinal);
            Assert.Contains("x=\"3.25%\"", invariant, StringComparison.Ordinal); // at least 8 slots of 12.5%; a column is 6% wide, centred in its slot
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}
