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
        Assert.Equal(9, seed.Number); // after the scheduled draft's 8, but the footer names the issue before this one:
        Assert.EndsWith("\nReview of previous period : Industry Blockchain Weekly 丨 Shenzhen opens a sandbox\n", text, StringComparison.Ordinal);
        // Dated Monday 27 January: the sample stories happened in the days before it.
        Assert.Contains("\nOn January 24, the first body paragraph, starting with the event date.\n", text, StringComparison.Ordinal);
        Assert.Contains("\nOn January 25, its body paragraph.\n", text, StringComparison.Ordinal);
        Assert.Contains("\nOn January 26, the body paragraph.\n", text, StringComparison.Ordinal);

        // The footer links to the previous issue's page, the new issue knows its number, and the sample text is still flagged.
        var result = SiteBuilder.Build(new BuildOptions(site.Root, IncludeDrafts: true, Clock: Clock));
        Assert.True(result.Succeeded, result.DiagnosticsText());
        var issue = result.Site!.Issues.Single(i => i.SourcePath == seed.RelativePath);
        Assert.Equal("Third", issue.Title);
        Assert.Equal(("Shenzhen opens a sandbox", 9), (issue.Previous!.Title.Split(" 丨 ")[1], issue.Number!.Value));
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
        Assert.Equal("seeds/2020-01-27-issue-2.txt:1:1: error WK0910: The seed already exists; it is left as it is. (edit it, or pass another --title)",
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
        Assert.Equal($"Wrote seeds/{Path.GetFileName(file)}: issue 1, dated {Path.GetFileName(file)[..10]}, a draft. Edit it and run weekly preview; to publish, delete draft: true from its front matter and run weekly check.\n", run.Stdout);
        var again = CliProcess.Run(site.Root, null, "new", "--title", "Pilot zones");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("error WK0910", again.Stderr, StringComparison.Ordinal);
    }
}
