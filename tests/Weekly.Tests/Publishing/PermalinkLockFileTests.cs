using System.Text;
using Weekly.Core;
using Weekly.Publishing;

namespace Weekly.Tests.Publishing;

public class PermalinkLockFileTests
{
    private static readonly PermalinkLock Sample = new(1,
    [
        new LockedIssue("seeds/a.txt", "issues/a", "/issues/a/", "Two “sessions” 丨 \"quoted\"", "2020-01-06", ["/issues/old-a/"],
        [
            new LockedStory("issues/a/1", "/issues/a/fuzhou/", "0123456789ab", []),
            new LockedStory("issues/a/2", "/issues/a/gone/", "ba9876543210", ["/issues/old-a/gone/"], Removed: true),
        ]),
        new LockedIssue("seeds/b.txt", "issues/b", "/issues/b/", "B", "2020-01-13", [], [], Removed: true),
    ]);

    [Fact]
    public void The_file_has_one_line_per_story_and_reads_back_as_written()
    {
        var bytes = PermalinkLockFile.Serialize(Sample);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("        {\"id\": \"issues/a/1\", \"url\": \"/issues/a/fuzhou/\", \"text\": \"0123456789ab\"},\n", text, StringComparison.Ordinal);
        Assert.Contains("        {\"id\": \"issues/a/2\", \"url\": \"/issues/a/gone/\", \"text\": \"ba9876543210\", \"aliases\": [\"/issues/old-a/gone/\"], \"removed\": true}\n", text, StringComparison.Ordinal);
        Assert.Contains("\"title\": \"Two “sessions” 丨 \\\"quoted\\\"\"", text, StringComparison.Ordinal);
        Assert.EndsWith("]\n}\n", text, StringComparison.Ordinal);

        var bag = new DiagnosticBag();
        var read = PermalinkLockFile.Parse(bytes, bag);
        Assert.Empty(bag.Sorted());
        Assert.Equal(bytes, PermalinkLockFile.Serialize(read));
        Assert.True(read.Issues[1].Removed);
        Assert.Equal("gone", read.Issues[0].Stories[1].Slug);
    }

    [Fact]
    public void A_broken_lock_is_an_error_at_its_line_and_column()
    {
        var bag = new DiagnosticBag();
        PermalinkLockFile.Parse("{\n  \"version\": 1,\n  \"issues\": [\n    {\"source\": \"seeds/a.txt\",, }\n  ]\n}\n"u8, bag);
        var error = Assert.Single(bag.Sorted());
        Assert.Equal(("WK0410", "permalinks.lock", 4, 30), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains("git checkout HEAD -- permalinks.lock", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lock_of_another_version_or_with_an_entry_missing_its_url_is_refused()
    {
        var bag = new DiagnosticBag();
        PermalinkLockFile.Parse("{\"version\": 2, \"issues\": []}"u8, bag);
        PermalinkLockFile.Parse("{\"version\": 1, \"issues\": [{\"source\": \"seeds/a.txt\", \"id\": \"issues/a\"}]}"u8, bag);
        Assert.Equal(["its version is 2; this Weekly reads version 1", "this entry has no \"url\""],
            bag.Sorted().Select(d => d.Message.Split(": ")[1]).Order(StringComparer.Ordinal));
    }
}
