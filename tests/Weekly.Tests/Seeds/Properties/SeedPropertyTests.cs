using System.Text;
using FsCheck.Xunit;
using Weekly.Core;
using Weekly.Domain;
using Weekly.Seeds;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Seeds.Properties;

/// <summary>
/// Issue #6, "nothing lost": property tests over generated seeds (<see cref="SeedGenerators"/>), 1,000
/// cases each from a fixed seed (replayable). Every line the editor wrote appears in exactly one place of
/// the parsed issue (title, intro, a section heading, a headline, a story paragraph, a commentary, the
/// footer, or the unplaced paragraphs), whole; only the "For more industry blockchain services"
/// boilerplate is dropped (documented on <see cref="SeedParser.Parse"/>). And the parser never throws,
/// whatever the bytes: it returns an issue, or null with an error diagnostic.
/// </summary>
public class SeedPropertyTests
{
    private const string Replay = "20200106,20200113";

    [Property(MaxTest = 1000, Replay = Replay, Arbitrary = [typeof(SeedGenerators)], QuietOnSuccess = true)]
    public void Every_line_of_a_generated_seed_is_placed_exactly_once(GeneratedSeed seed)
    {
        var diagnostics = new DiagnosticBag();
        var issue = SeedParser.Parse("seeds/generated.txt", seed.Bytes, diagnostics, RealSections.Names)
            ?? throw new Xunit.Sdk.XunitException("parser returned null:\n" + string.Join("\n", diagnostics.Sorted()));
        var pieces = Pieces(issue);
        var problems = new List<string>();
        foreach (var line in seed.MarkedLines)
        {
            var holders = pieces.Where(p => p.Text.Contains(line.Marker!, StringComparison.Ordinal)).ToList();
            var count = holders.Sum(p => Occurrences(p.Text, line.Marker!));
            if (count != 1) problems.Add($"{line.Marker} found {count} times: {line.Text}");
            // A headline's or heading's list number or mark (07, 3., ▌) is dropped on purpose (HeadlineMarks, HeadingMarks).
            else if (!Normalize(holders[0].Text).Contains(Normalize(holders[0].Where is "headline" or "heading" ? HeadlineMarks.Strip(HeadingMarks.Strip(line.Text)) : line.Text), StringComparison.Ordinal))
                problems.Add($"{line.Marker} in {holders[0].Where} \"{holders[0].Text}\" is not the whole line \"{line.Text}\"");
        }
        if (pieces.Any(p => p.Text.Contains("For more industry blockchain services", StringComparison.Ordinal))) problems.Add("boilerplate kept");
        if (problems.Count > 0) throw new Xunit.Sdk.XunitException(string.Join("\n", problems));
    }

    [Property(MaxTest = 1000, Replay = Replay, Arbitrary = [typeof(SeedGenerators)], QuietOnSuccess = true)]
    public void Any_bytes_give_an_issue_or_null_with_an_error_and_never_throw(byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        var issue = SeedParser.Parse("seeds/random.txt", bytes, diagnostics, RealSections.Names);
        if (issue is null)
        {
            Assert.Contains(diagnostics.Sorted(), d => d.Severity == Severity.Error && d.Code.StartsWith("WK01", StringComparison.Ordinal));
        }
        else
        {
            Assert.All(issue.Stories, s => Assert.NotEmpty(s.Headline));
        }
    }

    [Fact]
    public void The_generator_makes_every_kind_of_paragraph()
    {
        var texts = FsCheck.Fluent.Gen.Sample(SeedGenerators.Seeds().Generator, 300).Select(s => s.Text).ToList();
        foreach (var needle in new[] { " 丨 ", " | ", " ｜ ", "Title ", "picture of", ". .\n", "INDUSTRIAL POLICY", "government update", "Market Watch", "：", " 01 ".Trim(),
                     "A very long headline", "\nAugust", "The bank said", "\nand ", "The editor thinks", "Review of previous period", "For more industry", "\u00A0", "\t", "\u200B", "\nx " })
        {
            Assert.True(texts.Any(t => t.Contains(needle, StringComparison.Ordinal)), "never generated: " + needle);
        }
    }

    private sealed record Piece(string Where, string Text);

    /// <summary>Everything the parsed issue holds, as text: headings rejoined as "name title", the footer with its prefix.</summary>
    private static List<Piece> Pieces(Issue issue)
    {
        var pieces = new List<Piece> { new("title line", issue.Newsletter + " " + issue.Title) };
        pieces.AddRange(issue.Intro.Select(p => new Piece("intro", p.Text)));
        foreach (var section in issue.Sections)
        {
            pieces.Add(new Piece("heading", section.Name + " " + section.Title));
            foreach (var story in section.Stories)
            {
                pieces.Add(new Piece("headline", story.Headline));
                pieces.AddRange(story.Paragraphs.Select(p => new Piece("paragraph", p.Text)));
            }
            pieces.AddRange(section.Commentary.Select(p => new Piece("commentary", p.Text)));
        }
        if (issue.Previous is { } previous) pieces.Add(new Piece("footer", "Review of previous period " + previous.Title));
        pieces.AddRange(issue.Unplaced.Select(p => new Piece("unplaced", p.Text)));
        return pieces;
    }

    private static int Occurrences(string text, string marker)
    {
        var count = 0;
        for (var i = text.IndexOf(marker, StringComparison.Ordinal); i >= 0; i = text.IndexOf(marker, i + marker.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    /// <summary>What the parser's cleaning does (zero-width removed, tabs and no-break spaces as spaces), separators and colons as spaces, white space runs as one space.</summary>
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD') continue; // SeedText removes these and the soft hyphen
            builder.Append(c is '\t' or '\u00A0' or '\u2007' or '\u202F' or '丨' or '|' or '｜' or ':' or '：' ? ' ' : c);
        }
        return string.Join(' ', builder.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
