using Weekly.Diagnostics;
using Weekly.Modules;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Modules;

/// <summary>The editorial warnings of <see cref="CheckIssues"/>, on whole small sites.</summary>
public class CheckIssuesTests
{
    private static readonly FixedClock Clock = new(new DateTimeOffset(2020, 3, 1, 12, 0, 0, TimeSpan.Zero));

    private static List<string> Problems(string txtar, TimeProvider? clock = null)
    {
        using var site = new TestSite(txtar);
        var result = SiteBuilder.Build(new BuildOptions(site.Root, Clock: clock ?? Clock));
        return result.Diagnostics.Select(d => $"{d.File}:{d.Line} {d.Severity} {d.Code}").ToList();
    }

    private static string Seed(string name, string title, string? frontMatter, params (string, string)[] stories) =>
        $"-- seeds/{name}.txt --\n{SeedText.Issue(title, frontMatter, stories)}";

    [Fact]
    public void A_clean_site_has_no_problems() =>
        Assert.Empty(Problems(Seed("2020-01-06-a", "First", null, SeedText.Fuzhou, SeedText.Beijing)
            + Seed("2020-01-13-b", "Second", null, SeedText.Bank)));

    [Fact]
    public void Headline_over_200_characters_is_a_warning_at_its_line()
    {
        var headline = "Fuzhou: " + new string('x', 193);
        Assert.Equal(201, headline.Length);
        Assert.Equal(["seeds/2020-01-06-a.txt:8 Warning WK0901"],
            Problems(Seed("2020-01-06-a", "First", null, (headline, "On January 4, something happened in Fuzhou that matters a lot.")))
                .Where(p => p.Contains("WK09")));
        Assert.DoesNotContain(Problems(Seed("2020-01-06-a", "First", null, (headline[..200], "On January 4, something happened."))), p => p.Contains("WK0901"));
    }

    [Fact]
    public void The_same_story_twice_is_a_warning_on_the_later_one()
    {
        var problems = Problems(Seed("2020-01-06-a", "First", null, SeedText.Fuzhou, SeedText.Beijing)
            + Seed("2020-01-13-b", "Second", null, SeedText.Bank, (SeedText.Fuzhou.Item1.Replace(" ", "  ", StringComparison.Ordinal), "On January 10, another body.")));
        Assert.Contains("seeds/2020-01-13-b.txt:12 Warning WK0902", problems);
        Assert.Single(problems, p => p.Contains("WK0902"));
    }

    [Fact]
    public void Dates_in_the_future_far_from_neighbours_or_shared_are_warnings()
    {
        var problems = Problems(
            Seed("a", "A", "date: 2020-01-06\nnumber: 1", SeedText.Fuzhou)
            + Seed("b", "B", "date: 2020-01-13\nnumber: 2", SeedText.Beijing)
            + Seed("c", "C", "date: 2020-01-13\nnumber: 3", SeedText.Bank)
            + Seed("d", "D", "date: 2020-09-01\nnumber: 4", ("Shanghai: A new blockchain lab opens", "On August 30, a new lab opened in Shanghai."))
            + Seed("e", "E", "date: 2019-06-03\nnumber: 0", ("Shenzhen: A court uses blockchain evidence", "On June 1, a court in Shenzhen accepted blockchain evidence.")));
        Assert.Equal(
            [
                "seeds/b.txt:2 Warning WK0906", "seeds/c.txt:2 Warning WK0906",
                "seeds/d.txt:2 Warning WK0903", // scheduled, so left out: no longer far from anything in the site
                "seeds/e.txt:2 Warning WK0904",
            ],
            problems.Where(p => p.Contains("WK09")).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(Problems(Seed("d", "D", "date: 2020-09-01", SeedText.Bank), new FixedClock(new DateTimeOffset(2020, 9, 1, 0, 0, 0, TimeSpan.Zero))),
            p => p.Contains("WK0903"));
    }

    [Fact]
    public void The_future_is_judged_in_the_sites_time_zone()
    {
        // 2020-03-01 20:00 UTC is already 2 March in Asia/Shanghai (input/site.yml).
        var evening = new FixedClock(new DateTimeOffset(2020, 3, 1, 20, 0, 0, TimeSpan.Zero));
        Assert.DoesNotContain(Problems(Seed("a", "A", "date: 2020-03-02", SeedText.Bank), evening), p => p.Contains("WK0903"));
        Assert.Contains("seeds/a.txt:2 Warning WK0903", Problems(Seed("a", "A", "date: 2020-03-02", SeedText.Bank)));
    }

    [Fact]
    public void Two_issues_with_one_number_and_numbers_against_date_order_are_warnings()
    {
        var problems = Problems(
            Seed("2020-01-06-a", "A", "number: 7", SeedText.Fuzhou)
            + Seed("2020-01-13-b", "B", "title: B\nnumber: 7", SeedText.Beijing)
            + Seed("2020-01-20-c", "C", "number: 5", SeedText.Bank));
        Assert.Equal(
            ["seeds/2020-01-06-a.txt:2 Warning WK0905", "seeds/2020-01-13-b.txt:3 Warning WK0905", "seeds/2020-01-20-c.txt:2 Warning WK0907"],
            problems.Where(p => p.Contains("WK09")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_automatic_number_colliding_with_a_given_one_is_reported()
    {
        // a is numbered 1 automatically; b says number: 1.
        var problems = Problems(Seed("2020-01-06-a", "A", null, SeedText.Fuzhou) + Seed("2020-01-13-b", "B", "number: 1", SeedText.Beijing));
        Assert.Equal(["seeds/2020-01-06-a.txt:1 Warning WK0905", "seeds/2020-01-13-b.txt:2 Warning WK0905"],
            problems.Where(p => p.Contains("WK0905")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Without_an_injected_clock_the_system_clock_holds_back_a_scheduled_issue()
    {
        using var site = new TestSite(Seed("a", "A", "date: 2999-01-01", SeedText.Bank) + Seed("b", "B", "date: 2020-01-06", SeedText.Fuzhou));
        var result = site.Build();
        Assert.Equal("seeds/a.txt", Assert.Single(result.Diagnostics, d => d.Code == Codes.Scheduled.Id).File);
        Assert.False(result.Has("issues/a/index.html"));
    }

    [Fact]
    public void Overrides_naming_an_unknown_region_or_topic_are_warnings_at_the_override()
    {
        var problems = Problems(
            "-- seeds/2020-01-06-a.txt --\n" + SeedText.Issue("A", "stories:\n  - story: 1\n    regions: { add: [atlantis] }\n    topics: { add: [nonsense] }",
                SeedText.Fuzhou));
        Assert.Equal(["seeds/2020-01-06-a.txt:3 Warning WK0501", "seeds/2020-01-06-a.txt:3 Warning WK0620"], problems);
    }
}
