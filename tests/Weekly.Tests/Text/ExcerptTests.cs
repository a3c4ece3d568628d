using System.Globalization;
using FsCheck.Xunit;
using Weekly.Rendering.Markup;
using Weekly.Text;

namespace Weekly.Tests.Text;

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

    /// <summary>
    /// Excerpts read only as far as the cut needs; they must equal excerpts of the whole text with all its
    /// whitespace collapsed first (the straightforward definition, kept here as the oracle).
    /// </summary>
    [Property(MaxTest = 2000, Replay = "20200106,20200113", QuietOnSuccess = true)]
    public bool Excerpts_equal_those_of_the_fully_collapsed_text(string? text, byte max)
    {
        text ??= "";
        var pieces = new[] { " ", "\n", "\t", "\u3000", "福", "𠀀", "e\u0301", ",", "，", "a", "word " };
        var mixed = string.Concat(text.Select((c, i) => i % 3 == 0 ? pieces[c % pieces.Length] : c.ToString()));
        var maxLength = max % 64 + 2;
        return Excerpt.Make(mixed, maxLength) == Oracle(mixed, maxLength);

        static string Oracle(string text, int maxLength)
        {
            var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (collapsed.Length <= maxLength) return collapsed;
            var cut = collapsed.LastIndexOf(' ', maxLength);
            if (cut < maxLength / 2)
            {
                cut = 0;
                var e = StringInfo.GetTextElementEnumerator(collapsed);
                while (e.MoveNext() && e.ElementIndex + e.GetTextElement().Length <= maxLength) cut = e.ElementIndex + e.GetTextElement().Length;
            }
            return collapsed[..cut].TrimEnd(' ', ',', ';', ':', '，', '、') + "…";
        }
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
        Assert.Equal("0099-01-06", Weekly.Text.IsoDates.Format(new DateOnly(99, 1, 6)));
        Assert.Equal("6 January 2020", DateFormats.Display(new DateOnly(2020, 1, 6)));
        Assert.Equal(new DateOnly(2019, 12, 31), DateFormats.FromObject("2019-12-31"));
        Assert.Null(DateFormats.FromObject("31/12/2019"));
    }
}
