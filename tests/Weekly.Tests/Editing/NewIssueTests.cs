using Weekly.Core;
using Weekly.Editing;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Editing;

/// <summary>Acceptance 3 of issue #4: <c>weekly new</c> with a fixed clock.</summary>
public class NewIssueTests
{
    // 2020-01-26 17:00 UTC is already Monday 27 January in Asia/Shanghai, the site's time zone.
    private static readonly FixedClock Clock = new(new DateTimeOffset(2020, 1, 26, 17, 0, 0, TimeSpan.Zero));

    [Fact]
    public void New_writes_the_next_numbered_seed_dated_today_from_the_archetype()
    {
        using var site = new TestSite(
            "-- seeds/2020-01-06-a.txt --\n" + SeedText.Issue("A", "number: 6", SeedText.Fuzhou)
            + "-- seeds/2020-01-13-b.txt --\n" + SeedText.Issue("B", null, SeedText.Beijing)
            + "-- seeds/2020-01-20-c.txt --\n" + SeedText.Issue("C", "draft: true", SeedText.Bank));
        var bag = new DiagnosticBag();
        var seed = NewIssue.Create(site.Root, "Local \"two sessions\" kicked off", Clock, bag);
        Assert.Empty(bag.Sorted());
        Assert.Equal(new NewSeed("seeds/2020-01-27-local-two-sessions-kicked-off.txt", 9, new DateOnly(2020, 1, 27), "Local \"two sessions\" kicked off"), seed);
        var text = File.ReadAllText(Path.Combine(site.Root, seed!.RelativePath));
        Assert.StartsWith("---\ndate: 2020-01-27\nnumber: 9\ndraft: true\n---\nIndustry Blockchain Weekly 丨 Local \"two sessions\" kicked off\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);

        // The new seed builds, with the number and date it was given.
        var result = SiteBuilder.Build(new BuildOptions(site.Root, IncludeDrafts: true, Clock: Clock));
        Assert.True(result.Succeeded, result.DiagnosticsText());
        var issue = result.Site!.Issues[0];
        Assert.Equal((9, new DateOnly(2020, 1, 27), "Local \"two sessions\" kicked off"), (issue.Number!.Value, issue.Date, issue.Title));

        // ...but every line of placeholder text left unedited is a warning, at its line.
        var placeholders = result.Diagnostics.Where(d => d.Code == "WK0908" && d.File == seed.RelativePath).Select(d => d.Line).ToList();
        Assert.Equal([8, 11, 13, 15, 17, 19, 22, 25, 27, 29, 32], placeholders);

        // A draft until the editor deletes draft: true: a plain build neither publishes it nor records its placeholder URLs.
        var plain = SiteBuilder.Build(new BuildOptions(site.Root, Clock: Clock));
        Assert.DoesNotContain(plain.Site!.Issues, i => i.SourcePath == seed.RelativePath);
        Assert.DoesNotContain(seed.RelativePath, File.Exists(Path.Combine(site.Root, "permalinks.lock")) ? File.ReadAllText(Path.Combine(site.Root, "permalinks.lock")) : "", StringComparison.Ordinal);

        // The title line is the title: no title: key in the front matter overrides an edit of it.
        File.WriteAllText(Path.Combine(site.Root, seed.RelativePath), text.Replace("丨 Local \"two sessions\" kicked off", "丨 Shenzhen opens a sandbox", StringComparison.Ordinal));
        var edited = SiteBuilder.Build(new BuildOptions(site.Root, IncludeDrafts: true, Clock: Clock));
        Assert.Equal("Shenzhen opens a sandbox", edited.Site!.Issues.Single(i => i.SourcePath == seed.RelativePath).Title);
    }

    [Fact]
    public void New_fills_in_the_previous_issue_s_title_and_sample_dates_that_follow_the_new_issue_s_date()
    {
        using var site = new TestSite(
            "-- seeds/2020-01-13-b.txt --\n" + SeedText.Issue("Shenzhen opens a sandbox", null, SeedText.Beijing)
            + "-- seeds/2020-01-06-a.txt --\n" + SeedText.Issue("Pilots", "number: 6", SeedText.Fuzhou)
            + "-- seeds/2020-02-03-later.txt --\n" + SeedText.Issue("Scheduled for later", "draft: true", SeedText.Bank));
        var seed = NewIssue.Create(site.Root, "Third", Clock, new DiagnosticBag())!;
        var text = File.ReadAllText(Path.Combine(site.Root, seed.RelativePath));
        Assert.Equal(8, seed.Number); // the number its date gives it, before the later draft (now 9); the footer names the issue before it:
        Assert.EndsWith("\nReview of previous period : Industry Blockchain Weekly 丨 Shenzhen opens a sandbox\n", text, StringComparison.Ordinal);
        // Dated Monday 27 January: the sample stories happened in the days before it.
        Assert.Contains("\nOn January 24, the first body paragraph, starting with the event date.\n", text, StringComparison.Ordinal);
        Assert.Contains("\nOn January 25, its body paragraph.\n", text, StringComparison.Ordinal);
        Assert.Contains("\nOn January 26, the body paragraph.\n", text, StringComparison.Ordinal);

        // The footer links to the previous issue's page, the new issue knows its number, and the sample text is still flagged.
        var result = SiteBuilder.Build(new BuildOptions(site.Root, IncludeDrafts: true, Clock: Clock) { IncludeFuture = true });
        Assert.True(result.Succeeded, result.DiagnosticsText());
        var issue = result.Site!.Issues.Single(i => i.SourcePath == seed.RelativePath);
        Assert.Equal("Third", issue.Title);
        Assert.Equal(("Shenzhen opens a sandbox", 8), (issue.Previous!.Title.Split(" 丨 ")[1], issue.Number!.Value));
        Assert.Equal(9, result.Site.Issues.Single(i => i.SourcePath == "seeds/2020-02-03-later.txt").Number);
        Assert.Contains("<p class=\"previous-issue\">Review of previous period:\n <a href=\"/issues/2020-01-13-b/\">",
            result.Files.Single(f => f.Destination == "issues/2020-01-27-third/index.html").Text, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Code == "WK0908" && d.File == seed.RelativePath && d.Message.Contains("On January 24", StringComparison.Ordinal));
    }

    [Fact]
    public void Placeholders_in_the_text_put_in_are_written_as_they_are_not_filled_in()
    {
        const string archetype = "---\ndate: {{ date }}\nnumber: {{ number }}\n---\nWeekly 丨 {{ title }}\n\nOn {{ story_date -1 }}, x.\n\nReview : {{ previous_title }}\n";
        var text = NewIssue.Fill(archetype, "A {{ date }} B {{ story_date }}", new DateOnly(2026, 12, 7), 5, "P {{ number }} {{ title }} {{ story_date -1 }}");
        Assert.Equal("---\ndate: 2026-12-07\nnumber: 5\n---\nWeekly 丨 A {{ date }} B {{ story_date }}\n\nOn December 6, x.\n\nReview : P {{ number }} {{ title }} {{ story_date -1 }}\n", text);
    }

    [Fact]
    public void The_first_issue_has_no_previous_issue_line()
    {
        using var site = new TestSite();
        var seed = NewIssue.Create(site.Root, null, Clock, new DiagnosticBag())!;
        var text = File.ReadAllText(Path.Combine(site.Root, seed.RelativePath));
        Assert.DoesNotContain("Review of previous period", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
    }

    [Fact]
    public void New_refuses_to_overwrite_and_numbers_from_one()
    {
        using var site = new TestSite();
        var bag = new DiagnosticBag();
        var first = NewIssue.Create(site.Root, null, Clock, bag);
        Assert.Equal(new NewSeed("seeds/2020-01-27-issue-1.txt", 1, new DateOnly(2020, 1, 27), "Issue 1"), first);
        File.WriteAllText(Path.Combine(site.Root, "seeds/2020-01-27-issue-2.txt"), "kept as it is");
        File.Delete(Path.Combine(site.Root, first!.RelativePath));
        File.WriteAllText(Path.Combine(site.Root, "seeds/2020-01-27-issue-2.txt"), "kept as it is");
        Assert.Null(NewIssue.Create(site.Root, "Issue 2", Clock, bag));
        Assert.Equal("seeds/2020-01-27-issue-2.txt:1:1: error WK0910: the seed already exists; it is left as it is (edit it, or pass another --title)",
            Assert.Single(bag.Sorted()).ToString());
        Assert.Equal("kept as it is", File.ReadAllText(Path.Combine(site.Root, "seeds/2020-01-27-issue-2.txt")));
    }

    [Fact]
    public void The_command_writes_the_file_and_says_so()
    {
        using var site = new TestSite();
        var run = CliProcess.Run(site.Root, null, "new", "--title", "Pilot zones");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var file = Assert.Single(Directory.GetFiles(Path.Combine(site.Root, "seeds")));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}-pilot-zones\.txt$", Path.GetFileName(file));
        Assert.Equal($"Wrote seeds/{Path.GetFileName(file)}: issue 1, dated {Path.GetFileName(file)[..10]}, a draft. Edit it and run weekly preview (weekly check --drafts checks it); when it is final, rename the file after its title, delete draft: true from its front matter and run weekly check, which records its URLs in permalinks.lock.\n", run.Stdout);
        var again = CliProcess.Run(site.Root, null, "new", "--title", "Pilot zones");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("error WK0910", again.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("base_url: https://example.org/\ntime_zone: Asia/Shangai\n", "input/site.yml:2:1: error WK0005")]
    [InlineData("base_url: https://example.org/\ntitle: [bad", "input/site.yml:3:1: error WK0001")]
    public void New_stops_on_a_settings_error_as_build_does_and_writes_nothing(string siteYml, string expected)
    {
        using var site = new TestSite("-- seeds/2020-01-06-a.txt --\n" + SeedText.Issue("A", null, SeedText.Fuzhou));
        site.Write("input/site.yml", siteYml);
        var bag = new DiagnosticBag();
        Assert.Null(NewIssue.Create(site.Root, "Next", Clock, bag));
        Assert.StartsWith(expected, Assert.Single(bag.Sorted()).ToString(), StringComparison.Ordinal);
        Assert.Equal(["2020-01-06-a.txt"], Directory.GetFiles(Path.Combine(site.Root, "seeds")).Select(Path.GetFileName));

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(1, Weekly.Cli.NewCommand.Run(site.Root, "Next", Clock, stdout, stderr));
        Assert.Contains(expected, stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void New_numbers_after_seeds_in_subfolders_and_with_an_upper_case_extension()
    {
        using var site = new TestSite(
            "-- seeds/2019/2019-12-30-a.txt --\n" + SeedText.Issue("A", "number: 6", SeedText.Fuzhou)
            + "-- seeds/2020-01-13 B.TXT --\n" + SeedText.Issue("B", null, SeedText.Beijing));
        var seed = NewIssue.Create(site.Root, "Next", Clock, new DiagnosticBag())!;
        Assert.Equal(8, seed.Number);
    }

    [Fact]
    public void A_second_new_issue_on_one_day_takes_the_next_number_and_no_issue_clashes_with_itself()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.Zero));
        using var site = new TestSite("-- seeds/2026-11-30-first.txt --\n" + SeedText.Issue("First", null, SeedText.Fuzhou));
        var bag = new DiagnosticBag();
        Assert.Equal(2, NewIssue.Create(site.Root, "Test issue", clock, bag)!.Number);
        Assert.Equal(3, NewIssue.Create(site.Root, "Another", clock, bag)!.Number);
        Assert.Null(NewIssue.Create(site.Root, "Test issue", clock, bag));
        Assert.Equal(["WK0910"], bag.Sorted().Select(d => d.Code));
    }

    [Fact]
    public void New_takes_the_number_its_date_gives_it_before_a_scheduled_issue()
    {
        // Monday 7 December 2026 in Shanghai; an issue is scheduled for the 14th, unnumbered.
        var clock = new FixedClock(new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.Zero));
        using var site = new TestSite(
            "-- seeds/2026-11-30-first.txt --\n" + SeedText.Issue("First", "number: 1", SeedText.Fuzhou)
            + "-- seeds/2026-12-14-scheduled.txt --\n" + SeedText.Issue("Scheduled", null, SeedText.Beijing));
        var bag = new DiagnosticBag();

        var seed = NewIssue.Create(site.Root, "Second", clock, bag);

        Assert.Empty(bag.Sorted());
        Assert.Equal(2, seed!.Number);
        Assert.Contains("\nnumber: 2\n", File.ReadAllText(Path.Combine(site.Root, seed.RelativePath)), StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(site.Root, seed.RelativePath), SeedText.Issue("Second", "number: 2", SeedText.Bank));
        var result = SiteBuilder.Build(new BuildOptions(site.Root, Clock: clock) { IncludeFuture = true });
        Assert.Equal([3, 2, 1], result.Site!.Issues.Select(i => i.Number!.Value));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "WK0905" or "WK0907");
    }

    [Fact]
    public void New_warns_when_its_number_is_already_an_issue_s_front_matter_number()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.Zero));
        using var site = new TestSite(
            "-- seeds/2026-11-30-first.txt --\n" + SeedText.Issue("First", "number: 1", SeedText.Fuzhou)
            + "-- seeds/2026-12-14-scheduled.txt --\n" + SeedText.Issue("Scheduled", "number: 2", SeedText.Beijing));
        var bag = new DiagnosticBag();

        var seed = NewIssue.Create(site.Root, "Second", clock, bag);

        Assert.Equal(2, seed!.Number);
        var warning = Assert.Single(bag.Sorted());
        Assert.Equal(("WK0905", "seeds/2026-12-07-second.txt"), (warning.Code, warning.File));
        Assert.Contains("seeds/2026-12-14-scheduled.txt", warning.Message, StringComparison.Ordinal);
    }
}
