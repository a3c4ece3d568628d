using Weekly.Tests.TestKit;

namespace Weekly.Tests.Site;

/// <summary>Whole builds with bad input report diagnostics (never crash) and leave nothing behind.</summary>
public class BadInputBuildTests
{
    [Fact]
    public void Seeds_without_a_date_or_a_year_are_errors_and_other_seeds_are_still_checked()
    {
        using var site = new TestSite(withRealSeed: true);
        site.Write("seeds/no-date.txt", "Industry Blockchain Weekly 丨 Undated\n\nNanjing launched a platform.\n\n\nGovernment Updates: Plans\n\nNanjing: A platform\n\nNanjing launched a blockchain platform.\n");
        site.Write("seeds/no-year.txt", "Industry Blockchain Weekly 丨 Yearless\n\nNanjing launched a platform.\n\n\nGovernment Updates: Plans\n\nNanjing: A platform\n\nOn March 3, Nanjing launched a blockchain platform.\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.File == "seeds/no-date.txt" && d.Code == "WK0302");
        Assert.Contains(result.Diagnostics, d => d.File == "seeds/no-year.txt" && d.Code == "WK0301");
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Output_that_is_a_file_is_refused_and_nothing_is_left_behind()
    {
        using var site = new TestSite(withRealSeed: true);
        site.Write("afile", "hi\n");
        var run = CliProcess.Run(site.Root, null, "build", "--output", "afile");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error WK0011: Output folder", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("is a file; refusing to write there", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("is a file", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("hi\n", File.ReadAllText(Path.Combine(site.Root, "afile")));
        Assert.Empty(Directory.GetDirectories(site.Root, ".afile.*"));
    }

    [Fact]
    public void A_folder_holding_a_git_repository_is_refused_even_with_force()
    {
        using var site = new TestSite(withRealSeed: true);
        site.Write("elsewhere/.git/HEAD", "ref: refs/heads/main\n");
        site.Write("elsewhere/notes.txt", "keep me\n");
        var run = CliProcess.Run(site.Root, null, "build", "--output", "elsewhere", "--force");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error WK0011: Output folder", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("is a git repository", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("keep me\n", File.ReadAllText(Path.Combine(site.Root, "elsewhere", "notes.txt")));
        Assert.True(File.Exists(Path.Combine(site.Root, "elsewhere", ".git", "HEAD")));
    }

    [Theory]
    [InlineData("example.org")]
    [InlineData("https://example.org/blog")]
    [InlineData("ftp://example.org/")]
    public void A_base_url_that_is_not_a_host_root_is_an_error(string baseUrl)
    {
        using var site = new TestSite(withRealSeed: true);
        var result = site.Build(baseUrl);
        Assert.Contains(result.Diagnostics, d => d.Code == "WK0004");
        Assert.Empty(result.Files);
    }
}
