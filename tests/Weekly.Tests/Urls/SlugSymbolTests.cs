using Weekly.Urls;

namespace Weekly.Tests.Urls;

/// <summary>Symbols drop out of slugs: AnyAscii's names for them (<c>arrow-forward</c>, <c>sqrt</c>) are no words of a title.</summary>
public class SlugSymbolTests
{
    [Theory]
    [InlineData("→ Beijing: Blockchain platform", "beijing-blockchain-platform")]
    [InlineData("√ Baidu: Super chain open source", "baidu-super-chain-open-source")]
    [InlineData("★ Tianjin ▶ port ➤ platform ✔", "tianjin-port-platform")]
    [InlineData("Blockchain 🚀 takes off", "blockchain-takes-off")]
    [InlineData("Xiamen 丨 Blockchain", "xiamen-blockchain")]
    [InlineData("Xiamen丨Blockchain", "xiamen-blockchain")]
    [InlineData("5G + blockchain: 100 enterprises", "5g-blockchain-100-enterprises")]
    public void Symbols_drop_out_of_slugs(string text, string slug) => Assert.Equal(slug, Slugs.From(text));
}
