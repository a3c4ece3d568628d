using static Weekly.Tests.TestKit.LayoutSeeds;

namespace Weekly.Tests.Seeds;

/// <summary>A story's list number or bullet is not part of its headline; a number that is part of the words stays.</summary>
public class HeadlineMarkTests
{
    [Theory]
    [InlineData("1. Beijing: A blockchain plan", "Beijing: A blockchain plan")]
    [InlineData("2、Beijing: A blockchain plan", "Beijing: A blockchain plan")]
    [InlineData("(3) Beijing: A blockchain plan", "Beijing: A blockchain plan")]
    [InlineData("（2）Beijing: A blockchain plan", "Beijing: A blockchain plan")]
    [InlineData("１．Beijing: A blockchain plan", "Beijing: A blockchain plan")]
    [InlineData("01 Jiangsu Province", "Jiangsu Province")]
    [InlineData("No. 4 Ningbo: Blockchain invoices", "Ningbo: Blockchain invoices")]
    [InlineData("① Hunan: Issued the \"Plan (2020-2022)\"", "Hunan: Issued the \"Plan (2020-2022)\"")]
    [InlineData("• Ant Group: Launched a platform", "Ant Group: Launched a platform")]
    [InlineData("◆ Beijing: A blockchain plan", "Beijing: A blockchain plan")]
    [InlineData("■ Beijing: A blockchain plan", "Beijing: A blockchain plan")]
    [InlineData("★ Beijing: A blockchain plan", "Beijing: A blockchain plan")]
    [InlineData("➤ Xi'an: Blockchain traceability", "Xi'an: Blockchain traceability")]
    [InlineData("→ Beijing: A blockchain plan", "Beijing: A blockchain plan")]
    [InlineData("▶ JD Digits: Released a platform 3.0", "JD Digits: Released a platform 3.0")]
    [InlineData("√ Baidu: Super chain open source", "Baidu: Super chain open source")]
    [InlineData("- Beijing: A blockchain plan", "Beijing: A blockchain plan")]
    [InlineData("* Beijing: A blockchain plan", "Beijing: A blockchain plan")]
    [InlineData("5G + blockchain: Operators build a network", "5G + blockchain: Operators build a network")]
    [InlineData("2021 digital economy summit opens", "2021 digital economy summit opens")]
    [InlineData("100 enterprises join the alliance", "100 enterprises join the alliance")]
    [InlineData("3D printing meets blockchain", "3D printing meets blockchain")]
    [InlineData("3.5 billion yuan raised by blockchain firms", "3.5 billion yuan raised by blockchain firms")]
    [InlineData("No. 1 Central Document mentions blockchain", "No. 1 Central Document mentions blockchain")]
    public void A_headlines_number_or_bullet_is_dropped(string written, string headline)
    {
        var (issue, codes) = Parse(Intro + $"Chain News: first\n\n{written}\n\nOn January 3, 2021, the story.\n\n{Story("Beijing", 4)}\nThe commentary.\n");
        Assert.Empty(codes);
        Assert.Equal([headline, "Beijing: A blockchain plan is released"], Headlines(issue.Sections[0]));
    }
}
