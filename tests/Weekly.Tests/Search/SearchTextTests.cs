using Weekly.Search;

namespace Weekly.Tests.Search;

public class SearchTextTests
{
    [Theory]
    [InlineData("Fuzhou", "fuzhou")]
    [InlineData("FUZHOU", "fuzhou")]
    [InlineData("Chóngqìng", "chongqing")]
    [InlineData("Ｆｕｚｈｏｕ", "fuzhou")]       // full-width letters
    [InlineData("Ürümqi", "urumqi")]
    public void Normalize_folds_case_accents_and_width(string text, string expected) =>
        Assert.Equal(expected, SearchText.Normalize(text));

    [Fact]
    public void Tokens_are_letter_and_digit_runs_and_single_cjk_characters()
    {
        Assert.Equal(["blockchain", "based", "5g", "people", "s", "copyright"], SearchText.Tokenize("Blockchain-based 5G: People's “copyright”"));
        Assert.Equal(["industry", "weekly", "丨", "区", "块", "链", "2020"], SearchText.Tokenize("Industry Weekly 丨 区块链2020"));
        Assert.Empty(SearchText.Tokenize(" — …  "));
    }

    [Theory]
    [InlineData("Hongkou District, SHANGHAI: 47 BaaS nodes by 2021 (on-chain)")]
    [InlineData("  a--b  C9 x_y z ")]
    public void Ascii_text_gives_the_same_tokens_as_with_other_characters_around(string ascii)
    {
        // ASCII text is lower-cased in place; text with any other character goes through full normalisation.
        Assert.Equal([.. SearchText.Tokenize(ascii), "e"], SearchText.Tokenize(ascii + " é"));
        Assert.Equal([.. SearchText.Tokenize(ascii), "chongqing"], SearchText.Tokenize(ascii + " Chóngqìng"));
    }

    [Fact]
    public void Normalisation_runs_after_lower_casing_as_in_the_browser() =>
        Assert.Equal(["Hx1"], SearchText.Tokenize("ℌX1")); // ℌ has no lower case; NFKD then makes it H

    [Fact]
    public void Normalize_does_not_depend_on_the_culture()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            Assert.Equal(["binhai", "district"], SearchText.Tokenize("BINHAI DISTRICT"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}
