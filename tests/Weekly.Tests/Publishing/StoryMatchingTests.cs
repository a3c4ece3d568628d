using Weekly.Domain;
using Weekly.Publishing;

namespace Weekly.Tests.Publishing;

public class StoryMatchingTests
{
    private static Story Story(int ordinal, string slug, string body) => new()
    {
        Headline = slug,
        Line = ordinal,
        Ordinal = ordinal,
        Paragraphs = [new Paragraph(body, ordinal + 1)],
        Slug = slug,
    };

    private static LockedStory Recorded(Story story) => new($"issues/x/{story.Ordinal}", $"/issues/x/{story.Slug}/", StoryFingerprint.Of(story), []);

    private static string[] Match(Story[] now, Story[] before) =>
        StoryMatching.Match(now, now.Select(StoryFingerprint.Of).ToList(), before.Select(Recorded).ToList()).Select(m => m?.Id ?? "new").ToArray();

    [Fact]
    public void Stories_are_found_by_slug_then_by_first_paragraph_then_by_a_similar_slug()
    {
        Story[] before =
        [
            Story(1, "fuzhou-launches-pilot", "On January 4, Fuzhou launched a pilot."),
            Story(2, "xiamen-issues-invoices", "On January 5, Xiamen issued invoices."),
            Story(3, "bank-of-china-pilot", "On January 6, the bank said so."),
        ];
        Story[] now =
        [
            Story(1, "a-story-inserted-first", "On January 3, something new happened."),
            Story(2, "fuzhou-launches-pilot", "On January 4, Fuzhou launched a pilot (corrected)."),
            Story(3, "xiamen-tax-bureau-issues-invoices", "On January 5, Xiamen issued invoices."),
            Story(4, "bank-of-chnia-pilot", "On January 6, the bank said so, corrected."),
        ];
        Assert.Equal(["new", "issues/x/1", "issues/x/2", "issues/x/3"], Match(now, before));
    }

    [Fact]
    public void A_rewritten_story_is_a_new_story_and_an_equal_text_is_whitespace_blind()
    {
        Story[] before = [Story(1, "fuzhou-launches-pilot", "On January 4,  Fuzhou\tlaunched a pilot.")];
        Assert.Equal(["new"], Match([Story(1, "beijing-court-rules", "A court in Beijing ruled.")], before));
        Assert.Equal(["issues/x/1"], Match([Story(1, "a-new-headline-entirely", " On January 4, Fuzhou launched a pilot. ")], before));
        Assert.Equal(StoryFingerprint.Length, StoryFingerprint.Of(before[0]).Length);
    }
}
