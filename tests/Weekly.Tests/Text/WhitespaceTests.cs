using Weekly.Text;

namespace Weekly.Tests.Text;

public class WhitespaceTests
{
    [Theory]
    [InlineData("  Fuzhou:\tpilot \r\n zone  ", "Fuzhou: pilot zone")]
    [InlineData("a\u3000\u00A0b", "a b")]
    [InlineData(" \t\n", "")]
    [InlineData("", "")]
    public void Runs_of_white_space_are_one_space_trimmed(string text, string expected) =>
        Assert.Equal(expected, Whitespace.Collapse(text));
}
