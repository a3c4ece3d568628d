using Weekly.Domain;
using Weekly.Publishing;

namespace Weekly.Tests.Publishing;

/// <summary>The lock's story fingerprint: the SHA-256 of the first paragraph with white space collapsed, pinned.</summary>
public class StoryFingerprintTests
{
    private static Story With(string paragraph) => new() { Headline = "Fuzhou: Pilot", Line = 5, Paragraphs = [new Paragraph(paragraph, 7)], Ordinal = 1 };

    [Fact]
    public void Runs_of_white_space_do_not_change_the_fingerprint_and_its_value_is_pinned()
    {
        // printf 'On January 4, a pilot.' | sha256sum: the first 12 hex digits.
        var plain = StoryFingerprint.Of(With("On January 4, a pilot."));
        Assert.Equal("19c27ad89450", plain);
        Assert.Equal(plain, StoryFingerprint.Of(With(" On\u3000January 4,\n\ta  pilot.\u00A0")));
        Assert.Equal("", StoryFingerprint.Of(With(" \n ")));
    }
}
