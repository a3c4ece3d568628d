using Weekly.Tests.TestKit;

namespace Weekly.Tests.Site;

/// <summary>
/// Which files of seeds/ are read: .txt in any case, in subfolders too; any other file is a warning, never silently
/// dropped; dot-files are skipped on purpose. Moving a published seed into a subfolder keeps its URLs and feed ids.
/// </summary>
public class SeedFolderSiteTests
{
    private const string BaseUrl = "https://example.org/";

    private static string Seed(string title) => SeedText.Issue(title, null, SeedText.Fuzhou);

    [Fact]
    public void Seeds_with_an_upper_case_extension_and_in_subfolders_are_read_and_other_files_are_warned_about()
    {
        using var site = new TestSite(
            "-- seeds/2020-01-06-first.txt --\n" + Seed("First")
            + "-- seeds/2020-02-17 Big.TXT --\n" + Seed("Big")
            + "-- seeds/2020/2020-01-13-filed.txt --\n" + Seed("Filed in a year folder")
            + "-- seeds/x.md --\n# Notes\n"
            + "-- seeds/2020/notes.docx --\nnot text\n"
            + "-- seeds/README --\nWhat goes here.\n"
            + "-- seeds/.hidden.md --\nskipped on purpose\n"
            + "-- seeds/.drafts/2020-03-02-x.txt --\n" + Seed("In a hidden folder"));
        var result = site.Build(BaseUrl);
        Assert.True(result.Succeeded, result.DiagnosticsText());
        Assert.Equal(["2020-02-17-big", "2020-01-13-filed", "2020-01-06-first"], result.Site!.Issues.Select(i => i.Slug));
        Assert.Equal(new DateOnly(2020, 2, 17), result.Site.Issues[0].Date);
        Assert.True(result.Has("issues/2020-01-13-filed/index.html"));
        Assert.Equal(
            ["seeds/2020/notes.docx WK0121", "seeds/README WK0121", "seeds/x.md WK0121"],
            result.Diagnostics.Where(d => d.Code == "WK0121").Select(d => $"{d.File} {d.Code}"));
        Assert.Contains("only .txt files are seeds", result.Diagnostics.First(d => d.Code == "WK0121").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Moving_a_published_seed_into_a_year_folder_keeps_its_urls_and_feed_ids()
    {
        using var site = new TestSite("-- seeds/2020-01-06-two-sessions.txt --\n" + SeedText.Issue("Two sessions", null, SeedText.Fuzhou, SeedText.Bank));
        var first = site.BuildAndSaveLock(BaseUrl);
        Directory.CreateDirectory(Path.Combine(site.Root, "seeds", "2020"));
        site.Move("seeds/2020-01-06-two-sessions.txt", "seeds/2020/2020-01-06-two-sessions.txt");

        var second = site.BuildAndSaveLock(BaseUrl);

        Assert.DoesNotContain(second.Diagnostics, d => d.Code.StartsWith("WK041", StringComparison.Ordinal));
        Assert.False(second.Has("_redirects"));
        Assert.Equal(first.Text("feed.xml"), second.Text("feed.xml"));
        Assert.Equal(first.Text("issues/2020-01-06-two-sessions/index.html"), second.Text("issues/2020-01-06-two-sessions/index.html"));
        var lockText = site.Read("permalinks.lock");
        Assert.Contains("\"seeds/2020/2020-01-06-two-sessions.txt\"", lockText, StringComparison.Ordinal);
        Assert.DoesNotContain("\"seeds/2020-01-06-two-sessions.txt\"", lockText, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_seeds_with_one_file_name_in_two_folders_get_distinct_urls_with_a_warning()
    {
        using var site = new TestSite(
            "-- seeds/2019/2020-01-06-x.txt --\n" + Seed("One")
            + "-- seeds/2020/2020-01-06-x.txt --\n" + Seed("Two"));
        var result = site.Build(BaseUrl);
        Assert.True(result.Succeeded, result.DiagnosticsText());
        Assert.Equal(["2020-01-06-x", "2020-01-06-x-2"], result.Site!.Issues.Select(i => i.Slug).Order(StringComparer.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == "WK0401");
    }
}
