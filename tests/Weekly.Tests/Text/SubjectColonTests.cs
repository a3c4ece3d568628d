using Weekly.Seeds;
using Weekly.Text;

namespace Weekly.Tests.Text;

/// <summary>One rule for a headline's subject colon (<see cref="SubjectColon"/>), used by the seed parser and the tagger.</summary>
public class SubjectColonTests
{
    [Theory]
    [InlineData("Shanghai: Blockchain pilot launched", 8)]
    [InlineData("上海：区块链", 2)]
    [InlineData("No subject here", -1)]
    public void The_first_ascii_or_full_width_colon_ends_the_subject(string headline, int index)
    {
        Assert.Equal(index, SubjectColon.Index(headline));
        Assert.Equal(index, LineShape.ColonIndex(headline));
    }
}
