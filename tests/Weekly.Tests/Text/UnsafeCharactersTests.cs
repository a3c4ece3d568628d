using Weekly.Text;

namespace Weekly.Tests.Text;

/// <summary>Control characters, noncharacters and unpaired surrogates (<see cref="UnsafeCharacters"/>).</summary>
public class UnsafeCharactersTests
{
    [Theory]
    [InlineData("a\uFFFEb", "ab")]
    [InlineData("a\uFFFFb\uFDD0c\uFDEFd", "abcd")]
    [InlineData("a\u000Bb\u000Cc", "a b c")]
    [InlineData("a\u001B[31mb\u0007c\u007Fd\u0085e\u009Ff\u0000g", "a[31mbcdefg")]
    public void Unsafe_characters_are_removed_and_line_and_page_breaks_become_spaces(string text, string expected) =>
        Assert.Equal(expected, UnsafeCharacters.Clean(text));

    [Fact]
    public void Noncharacters_of_the_other_planes_and_unpaired_surrogates_are_removed() =>
        Assert.Equal("abc😀d", UnsafeCharacters.Clean("a\U0001FFFEb\U0010FFFFc😀\uD800d\uDC00")); // not InlineData: xUnit does not keep them

    [Fact]
    public void Safe_text_is_returned_as_it_is()
    {
        const string text = "Tab\tLF\nCR\r 丨 “quotes” 😀 \uFDCF\uFDF0\uFFFD\U0001FFFD é";
        Assert.Same(text, UnsafeCharacters.Clean(text));
    }

    [Fact]
    public void Each_character_found_is_reported_at_its_index()
    {
        var found = new List<UnsafeCharacters.Found>();
        UnsafeCharacters.Clean("ab\u000Bc😀\U0001FFFEd", found);
        Assert.Equal(["2 U+000B (a vertical tab, Word's manual line break) True", "6 U+1FFFE (a noncharacter) False"],
            found.Select(f => $"{f.Index} {f.Describe()} {f.BecameSpace}"));
    }

    [Fact]
    public void Search_normalisation_does_not_throw_on_noncharacters()
    {
        Assert.Equal("ab", Weekly.Search.SearchText.Normalize("A\uFFFEB"));
        Assert.Equal(["ab"], Weekly.Search.SearchText.Tokenize("A\uFFFEB\uD800"));
    }
}
