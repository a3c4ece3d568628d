using System.Text;
using Weekly.Rendering;

namespace Weekly.Tests.Rendering;

/// <summary>The theme's UTF-8 output gives the same bytes as encoding the whole text once, however Scriban splits its writes.</summary>
public class Utf8OutputTests
{
    [Fact]
    public void Text_written_in_pieces_encodes_like_the_whole_text_even_when_a_surrogate_pair_is_split()
    {
        const string text = "福州 \U0001F600 & <b>naïve</b> \U00020000 end";
        var output = new Utf8Output();
        for (var cut = 0; cut <= text.Length; cut++)
        {
            output.Write(text, 0, cut);
            output.Write(text, cut, text.Length - cut);
            Assert.Equal(Encoding.UTF8.GetBytes(text), output.TakeSpan().ToArray());
        }
    }

    [Fact]
    public void Each_take_starts_empty_and_a_lone_high_surrogate_becomes_the_replacement_character()
    {
        var output = new Utf8Output();
        output.Write(new string('x', 3 << 20), 0, 3 << 20); // past the kept capacity
        Assert.Equal(3 << 20, output.TakeSpan().ToArray().Length);
        output.Write("a\uD83D", 0, 2);
        Assert.Equal("a\uFFFD", Encoding.UTF8.GetString(output.TakeSpan().ToArray()));
        Assert.Empty(output.TakeSpan().ToArray());
    }
}
