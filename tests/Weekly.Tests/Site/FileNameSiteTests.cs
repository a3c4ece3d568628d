using Weekly.Tagging;
using Weekly.Tests.TestKit;
using Weekly.Urls;

namespace Weekly.Tests.Site;

/// <summary>
/// Issue #16, item 5: seed file names dated with the separators people use, and one slug rule (<see cref="Slugs.From"/>)
/// for every name that becomes a URL: seed file names, headlines, pages and terms.
/// </summary>
public class FileNameSiteTests
{
    private static string Seed(string title) => SeedText.Issue(title, null, SeedText.Fuzhou);

    [Fact]
    public void A_file_name_with_a_space_after_the_date_dates_the_issue_and_slugs_like_any_name()
    {
        using var site = new TestSite(
            "-- seeds/2020-01-13 Big News.txt --\n" + Seed("Big news") +
            "-- seeds/2020_01_20-more.txt --\n" + Seed("More") +
            "-- seeds/2020.01.27 Third.txt --\n" + Seed("Third") +
            "-- seeds/20200203-fourth.txt --\n" + Seed("Fourth"));
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "WK0303" or "WK0306");

        // Dated from the name (the story is dated 4 January, which dated the issue before).
        foreach (var (slug, date) in new[] { ("2020-01-13-big-news", "2020-01-13"), ("2020-01-20-more", "2020-01-20"), ("2020-01-27-third", "2020-01-27"), ("20200203-fourth", "2020-02-03") })
        {
            var page = result.Html($"issues/{slug}/index.html");
            Assert.Equal(date, page.QuerySelector("article.issue header time")!.GetAttribute("datetime"));
        }
    }

    [Fact]
    public void A_name_that_looks_like_a_date_in_another_form_is_a_warning()
    {
        // build, check and preview report the same diagnostics (the content stage is one).
        using var site = new TestSite("-- seeds/13-01-2020 Big News.txt --\n" + Seed("Big news"));
        var result = site.Build();
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "WK0306");
        Assert.Equal("seeds/13-01-2020 Big News.txt", warning.File);
        Assert.Contains("because the year comes last", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_term_slug_is_what_the_one_slugger_makes_of_it()
    {
        foreach (var place in RegionTree.Default.Places) Assert.Equal(place.Slug, Slugs.From(place.Slug));
        var diagnostics = new Weekly.Core.DiagnosticBag();
        foreach (var topic in TopicTaxonomy.LoadFile(Repo.PathOf("input", "topics.yml"), "input/topics.yml", diagnostics)) Assert.Equal(topic.Slug, Slugs.From(topic.Slug));
        Assert.Empty(diagnostics.Sorted());
    }
}
