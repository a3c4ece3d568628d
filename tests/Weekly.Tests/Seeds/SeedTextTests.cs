using System.Text;
using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Seeds;

namespace Weekly.Tests.Seeds;

public class SeedTextTests
{
    [Fact]
    public void Line_ends_of_every_kind_keep_original_line_numbers()
    {
        var lines = SeedText.ReadLines("s.txt", Encoding.UTF8.GetBytes("a\r\nb\rc\n\nd  \t\n"), new DiagnosticBag())!;
        Assert.Equal(["a", "b", "c", "", "d"], lines);
    }

    [Fact]
    public void Zero_width_characters_are_removed_and_non_breaking_spaces_become_spaces()
    {
        var lines = SeedText.ReadLines("s.txt", Encoding.UTF8.GetBytes("\uFEFFa\u200Bb\u200C\u200Dc\uFEFF\u00A0d\te\u202Ff\u00A0"), new DiagnosticBag())!;
        Assert.Equal(["abc d e f"], lines);
    }

    [Fact]
    public void Soft_hyphens_are_removed_and_unicode_line_and_paragraph_separators_end_lines()
    {
        var lines = SeedText.ReadLines("s.txt", Encoding.UTF8.GetBytes("Hang\u00ADzhou copy\u00ADright\u2028b\u2029\u2029c\n"), new DiagnosticBag())!;
        Assert.Equal(["Hangzhou copyright", "b", "", "c"], lines);
    }

    [Fact]
    public void A_soft_hyphen_does_not_hide_a_place_from_the_tagger()
    {
        var seed = "Industry Blockchain Weekly 丨 A title\n\nOn January 2, 2021, the intro.\n\n\nChain News: first\n\nHang\u00ADzhou Court: Blockchain evidence used\n\nOn January 3, 2021, the court in Hang\u00ADzhou ruled.\n\nThe commentary.\n";
        var diagnostics = new DiagnosticBag();
        var issue = Weekly.Tagging.RegionTagger.Default.Tag(SeedParser.Parse("seeds/x.txt", Encoding.UTF8.GetBytes(seed), diagnostics)!, diagnostics);
        var story = Assert.Single(issue.Stories);
        Assert.Equal("Hangzhou Court: Blockchain evidence used", story.Headline);
        Assert.Equal(["zhejiang/hangzhou"], story.Places.Select(Weekly.Tagging.RegionTree.Default.PathOf));
    }

    [Fact]
    public void Invalid_utf8_names_the_byte_offset_and_line()
    {
        var bag = new DiagnosticBag();
        Assert.Null(SeedText.ReadLines("s.txt", [(byte)'a', (byte)'\n', (byte)'b', 0xE4, 0xB8, (byte)'c'], bag));
        Assert.Equal("s.txt:2:2: error WK0103: invalid UTF-8 at byte offset 3 (byte 0xE4) (the bytes look like GB18030, where this line reads \"b涓c\": reopen the seed in that encoding and save it as UTF-8)", Assert.Single(bag.Sorted()).ToString());
    }

    [Fact]
    public void Utf16_with_an_unpaired_surrogate_is_an_error()
    {
        var bag = new DiagnosticBag();
        Assert.Null(SeedText.ReadLines("s.txt", [0xFF, 0xFE, (byte)'a', 0, 0x00, 0xD8, (byte)'b', 0], bag));
        Assert.Equal(Codes.InvalidUtf16.Id, Assert.Single(bag.Sorted()).Code);
    }

    [Fact]
    public void Utf16_holding_a_nul_is_binary()
    {
        var bag = new DiagnosticBag();
        Assert.Null(SeedText.ReadLines("s.txt", [0xFF, 0xFE, (byte)'a', 0, 0, 0], bag));
        Assert.Equal("s.txt:1:1: error WK0102: the seed is a binary file, not text (NUL at byte offset 4) (seeds are plain UTF-8 text)", Assert.Single(bag.Sorted()).ToString());
    }
}
