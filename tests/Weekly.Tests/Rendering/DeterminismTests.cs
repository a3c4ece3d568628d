using System.Globalization;

namespace Weekly.Tests.Rendering;

public class DeterminismTests
{
    private static List<(string Name, string Html)> RenderAll(string culture)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            var f = new RenderFixture();
            var pages = f.AllPages().ToList();
            Assert.Empty(f.Diagnostics.Sorted());
            return pages;
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    }

    [Fact]
    public void Two_renders_are_identical()
    {
        Assert.Equal(RenderAll(""), RenderAll(""));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("zh-CN")]
    public void Output_does_not_depend_on_the_culture(string culture)
    {
        var invariant = RenderAll("");
        var other = RenderAll(culture);
        Assert.Equal(invariant.Count, other.Count);
        for (var i = 0; i < invariant.Count; i++) Assert.True(invariant[i] == other[i], $"{invariant[i].Name} differs under {culture}");
        Assert.Contains("6 January 2020", invariant.Single(p => p.Name == "home").Html, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", string.Concat(invariant.Select(p => p.Html)), StringComparison.Ordinal);
    }
}
