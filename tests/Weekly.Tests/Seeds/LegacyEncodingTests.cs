using System.Text;
using Weekly.Core;
using Weekly.Seeds;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Seeds;

/// <summary>
/// Issue #16, item 7: a seed saved in a legacy encoding is reported line by line (up to ten, then one summary) with line
/// and column, and the hint names the encoding the bytes look like; a title separator turned into ? is a warning.
/// </summary>
public class LegacyEncodingTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    private static List<string> Parse(byte[] bytes, string path = "seeds/2020-01-06-x.txt")
    {
        var diagnostics = new DiagnosticBag();
        var issue = SeedParser.Parse(path, bytes, diagnostics, RealSections.Names);
        Assert.Null(issue);
        return diagnostics.Sorted().Select(d => d.ToString()).ToList();
    }

    [Fact]
    public void A_windows_1252_seed_with_bad_bytes_on_three_lines_gives_three_errors_with_line_and_column()
    {
        var seed = "Industry Blockchain Weekly 丨 Caf\u00e9 news\n\nRecently, the intro says \u201chello\u201d.\n\n\nGovernment Updates: Local plans\n\n"
            + "Fuzhou: City launches a pilot zone\n\nOn January 4, 2020, Z\u00fcrich and Fuzhou agreed.\n";
        // 丨 has no Windows-1252 byte: a Windows save writes '?' for it, as here.
        var diagnostics = Parse(Windows1252.GetBytes(seed.Replace('丨', '?')));
        string[] expected =
            [
                "seeds/2020-01-06-x.txt:1:33: error WK0103: invalid UTF-8 at byte offset 32 (byte 0xE9) (the bytes look like Windows-1252, where this line reads \"…ckchain Weekly ? Café news\": reopen the seed in that encoding and save it as UTF-8)",
                "seeds/2020-01-06-x.txt:3:26: error WK0103: invalid UTF-8 at byte offset 65 (byte 0x93) (the bytes look like Windows-1252, where this line reads \"…tly, the intro says “hello”.\": reopen the seed in that encoding and save it as UTF-8)",
                "seeds/2020-01-06-x.txt:10:22: error WK0103: invalid UTF-8 at byte offset 166 (byte 0xFC) (the bytes look like Windows-1252, where this line reads \"…n January 4, 2020, Zürich and Fuzhou agreed.\": reopen the seed in that encoding and save it as UTF-8)",
            ];
        Assert.Equal(expected.Length, diagnostics.Count);
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], diagnostics[i]);
    }

    [Fact]
    public void A_gb18030_seed_is_named_as_such_with_the_column_in_characters()
    {
        var seed = "Industry Blockchain Weekly 丨 区块链\n\n近日，福州市发布了区块链试点方案。\n";
        var diagnostics = Parse(Gb18030.GetBytes(seed));
        Assert.Equal(2, diagnostics.Count);
        Assert.StartsWith("seeds/2020-01-06-x.txt:1:30: error WK0103:", diagnostics[0], StringComparison.Ordinal);
        Assert.StartsWith("seeds/2020-01-06-x.txt:3:1: error WK0103:", diagnostics[1], StringComparison.Ordinal);
        Assert.All(diagnostics, d => Assert.Contains("the bytes look like GB18030, where this line reads", d, StringComparison.Ordinal));
        Assert.Contains("\"近日，福州市发布了区块链试点方案。\"", diagnostics[1], StringComparison.Ordinal);
    }

    [Fact]
    public void After_ten_bad_lines_one_summary()
    {
        var lines = Enumerable.Range(1, 14).Select(i => $"Line {i} caf\u00e9");
        var diagnostics = Parse(Windows1252.GetBytes("Weekly 丨 Title\r\n\r\n" + string.Join("\r\n", lines) + "\r\n"));
        Assert.Equal(11, diagnostics.Count);
        Assert.All(diagnostics.Take(10), d => Assert.Contains("WK0103", d, StringComparison.Ordinal));
        Assert.Equal(
            "seeds/2020-01-06-x.txt:13:12: error WK0105: this line and 3 more lines after it are not valid UTF-8 either (the first 10 such lines are reported one by one) (the bytes look like Windows-1252, where this line reads \"Line 11 café\": reopen the seed in that encoding and save it as UTF-8)",
            diagnostics[10]);
    }

    [Fact]
    public void A_title_separator_turned_into_a_question_mark_is_a_warning()
    {
        var seed = "Industry Blockchain Weekly ? Local two sessions\n\nRecently, the intro.\n\n\nGovernment Updates: Local plans\n\n"
            + "Fuzhou: City launches a pilot zone\n\nOn January 4, 2020, Fuzhou said so.\n";
        var diagnostics = new DiagnosticBag();
        var issue = SeedParser.Parse("seeds/2020-01-06-x.txt", Encoding.ASCII.GetBytes(seed), diagnostics, RealSections.Names)!;
        Assert.Equal(("Industry Blockchain Weekly", "Local two sessions"), (issue.Newsletter, issue.Title));
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal("seeds/2020-01-06-x.txt:1:28: warning WK0207: the title line has ? where the separator 丨 belongs; read as newsletter \"Industry Blockchain Weekly\" and title \"Local two sessions\" "
            + "(saving in Windows-1252 or another legacy encoding turns 丨 into ?: write 丨 (U+4E28) in its place and save the seed as UTF-8)", warning.ToString());
    }

    [Fact]
    public void A_question_in_a_title_is_not_a_separator()
    {
        var diagnostics = new DiagnosticBag();
        var issue = SeedParser.Parse("seeds/2020-01-06-x.txt", Encoding.UTF8.GetBytes("Industry Blockchain Weekly 丨 Who leads? Fuzhou\n\nRecently, the intro.\n"), diagnostics, RealSections.Names)!;
        Assert.Equal("Who leads? Fuzhou", issue.Title);
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.Code == "WK0207");
    }

    [Fact]
    public void A_question_mark_standing_alone_on_another_line_is_a_warning_at_its_column()
    {
        var seed = "Industry Blockchain Weekly 丨 Local two sessions\n\nRecently, the intro.\n\n\nGovernment Updates: Local plans\n\n"
            + "Fuzhou: City launches a pilot zone\n\nOn January 4, 2020, Fuzhou said so. Is it new? Yes.\n\n\n"
            + "Review of previous period : Industry Blockchain Weekly ? The Supreme Law speaks\n";
        var diagnostics = new DiagnosticBag();
        SeedParser.Parse("seeds/2020-01-06-x.txt", Encoding.UTF8.GetBytes(seed), diagnostics, RealSections.Names);
        var warning = Assert.Single(diagnostics.Sorted(), d => d.Code == "WK0208");
        Assert.Equal((13, 56), (warning.Line, warning.Column));
        Assert.Contains("\"Review of previous period : Industry Blockchain Weekly ? The Supreme Law speaks\"", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_1252_bytes_in_an_otherwise_utf8_seed_are_named_by_value_without_mojibake()
    {
        var utf8 = Encoding.UTF8.GetBytes("Industry Blockchain Weekly 丨 Mixed\n\nRecently, 福州 said ");
        byte[] seed = [.. utf8, 0x93, (byte)'h', (byte)'i', 0x94, (byte)'.', (byte)'\n'];
        var error = Assert.Single(Parse(seed));
        Assert.Equal(
            "seeds/2020-01-06-x.txt:3:19: error WK0103: invalid UTF-8 at byte offset 60 (byte 0x93) (the bytes look like Windows-1252 (0x93 “, 0x94 ”) in a seed that is otherwise UTF-8: "
            + "retype those characters and save the seed as UTF-8 (reopening it in that encoding would garble the rest))",
            error);
        Assert.DoesNotContain("ç¦", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_big5_seed_is_named_big5_and_read_in_it()
    {
        var big5 = CodePagesEncodingProvider.Instance.GetEncoding(950)!;
        var seed = "Industry Blockchain Weekly | 區塊鏈新聞\n\n近日，福州市發布了區塊鏈試點方案，並與台北的企業合作。\n";
        var diagnostics = Parse(big5.GetBytes(seed));
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Contains("the bytes look like Big5, where this line reads", d, StringComparison.Ordinal));
        Assert.Contains("\"近日，福州市發布了區塊鏈試點方案，並與台北的企業合作。\"", diagnostics[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Simplified_chinese_stays_gb18030_and_accented_english_stays_windows_1252()
    {
        Assert.All(Parse(Gb18030.GetBytes("Weekly | 区块链\n\n近日，福州市发布了区块链试点方案。上海、北京也在推进。\n")), d => Assert.Contains("look like GB18030", d, StringComparison.Ordinal));
        Assert.All(Parse(Windows1252.GetBytes("Weekly | Résumé\n\nThe café in Zürich, a naïve résumé.\n")), d => Assert.Contains("look like Windows-1252", d, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_without_a_bom_is_read(bool bigEndian)
    {
        var text = "Industry Blockchain Weekly 丨 Saved as UTF-16\r\n\r\nRecently, the intro.\r\n\r\n\r\nGovernment Updates: Local plans\r\n\r\n"
            + "Fuzhou: City launches a pilot zone\r\n\r\nOn January 4, 2020, Fuzhou said so.\r\n";
        var diagnostics = new DiagnosticBag();
        var issue = SeedParser.Parse("seeds/2020-01-06-x.txt", new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(text), diagnostics, RealSections.Names);
        Assert.Equal([], diagnostics.Sorted().Where(d => d.Severity == Severity.Error).Select(d => d.ToString()));
        Assert.Equal("Saved as UTF-16", issue!.Title);
        Assert.Equal("Fuzhou: City launches a pilot zone", issue.Stories.Single().Headline);
    }

    [Fact]
    public void A_binary_file_with_zero_bytes_at_alternate_positions_is_still_binary()
    {
        byte[] bytes = [.. Enumerable.Range(0, 64).SelectMany(i => new byte[] { (byte)(i % 5 == 0 ? 1 : 'a'), 0 })];
        var diagnostics = new DiagnosticBag();
        Assert.Null(SeedParser.Parse("seeds/x.txt", bytes, diagnostics));
        Assert.Equal("WK0102", Assert.Single(diagnostics.Sorted()).Code);
    }
}
