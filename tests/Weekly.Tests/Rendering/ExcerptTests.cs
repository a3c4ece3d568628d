using Weekly.Rendering;

namespace Weekly.Tests.Rendering;

public class ExcerptTests
{
    [Fact]
    public void Short_text_is_kept_with_whitespace_collapsed()
    {
        Assert.Equal("On January 4, the mayor spoke.", Excerpt.Make("On  January 4,\n the mayor spoke. "));
    }

    [Fact]
    public void Long_text_is_cut_at_a_word_boundary()
    {
        Assert.Equal("alpha beta…", Excerpt.Make("alpha beta gamma", 12));
        Assert.Equal("one two…", Excerpt.Make("one two, three", 10));
    }

    [Fact]
    public void Text_without_spaces_is_cut_between_text_elements()
    {
        var text = string.Concat(Enumerable.Repeat("福州𠀀", 10)); // 𠀀 is a surrogate pair
        var excerpt = Excerpt.Make(text, 7); // 7 UTF-16 units: the next pair would need 8
        Assert.Equal("福州𠀀福州…", excerpt);
    }

    [Fact]
    public void Story_counts_are_worded()
    {
        Assert.Equal(["0 stories", "1 story", "24 stories"], new[] { 0, 1, 24 }.Select(Excerpt.StoryCount));
    }

    [Fact]
    public void Dates_have_fixed_formats()
    {
        Assert.Equal("2020-01-06", DateFormats.Iso(new DateOnly(2020, 1, 6)));
        Assert.Equal("6 January 2020", DateFormats.Display(new DateOnly(2020, 1, 6)));
        Assert.Equal(new DateOnly(2019, 12, 31), DateFormats.FromObject("2019-12-31"));
        Assert.Null(DateFormats.FromObject("31/12/2019"));
    }
}
