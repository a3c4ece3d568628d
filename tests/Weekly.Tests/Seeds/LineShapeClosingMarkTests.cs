using Weekly.Seeds;

namespace Weekly.Tests.Seeds;

/// <summary>A closed headline's end is read through the same closing quotes and brackets as <see cref="LineShape.EndsSentence"/>, CJK ones too.</summary>
public class LineShapeClosingMarkTests
{
    [Theory]
    [InlineData("”")]
    [InlineData("」")]
    [InlineData("』")]
    [InlineData("》")]
    public void A_line_ending_in_a_comma_before_a_closing_mark_is_no_closed_headline(string mark)
    {
        Assert.True(LineShape.EndsSentence("Beijing: Blockchain pilot zone opens," + mark));
        Assert.False(LineShape.IsClosedHeadline("Beijing: Blockchain pilot zone opens," + mark));
        Assert.True(LineShape.IsClosedHeadline("Beijing: Blockchain pilot zone opens." + mark));
    }
}
