using Weekly.Tagging;
using Weekly.Text;

namespace Weekly.Tests.Tagging;

/// <summary>The tagger's first sentence ends where <see cref="Sentences"/> says, as the event date's does.</summary>
public class SentenceTaggingTests
{
    private static string Tag(string headline, params string[] body) =>
        string.Join(" ", RegionTagger.Default.Find(headline, body).Select(RegionTagger.Default.Tree.PathOf));

    /// <summary>"Co. Ltd." ends no sentence: the place named after it is in the first sentence, which tags the story.</summary>
    [Fact]
    public void A_company_suffix_does_not_end_the_first_sentence()
    {
        Assert.Equal("sichuan/chengdu", Tag("A blockchain company opens its headquarters",
            "On January 6, Blockchain Technology Co. Ltd. opened its headquarters in Chengdu. The firm has 40 staff."));
        Assert.Equal(12, Sentences.FirstEnd("Hello world. Again."));
        Assert.Equal(34, Sentences.FirstEnd("Acme Co. Ltd. of the U.S. said so. Then."));
    }
}
