using Weekly.Editing;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Editing;

/// <summary>The one <see cref="Archetype"/> of <c>weekly new</c> and the placeholder check (WK0908).</summary>
public class ArchetypeTests
{
    [Fact]
    public void Front_matter_ends_at_its_fence_and_sample_lines_are_the_body_text_but_the_title_line()
    {
        var archetype = new Archetype("\uFEFF---\r\ndate: {{ date }}\r\n---\r\n{{ title }}\r\n\r\nWrite the intro.\r\n  Write the intro.  \r\nOn {{ story_date -3 }}, a body.\r\n");
        Assert.Equal(2, archetype.FrontMatterEnd);
        Assert.Equal(["Write the intro.", "On {{ story_date -3 }}, a body."], archetype.SampleLines);
        Assert.Equal(-1, new Archetype("Title\n---\nText\n").FrontMatterEnd);
    }

    [Fact]
    public void Pieces_split_at_the_placeholders_new_fills_and_nowhere_else()
    {
        Assert.Equal(["On ", ", the first body paragraph."], Archetype.Pieces("On {{ story_date -3 }}, the first body paragraph."));
        Assert.Equal(["", " and ", ""], Archetype.Pieces("{{ title }} and {{ previous_title }}"));
        // Not a placeholder of weekly new: it stays in the seed as written, so it is literal text here too.
        Assert.Equal(["Write {{ anything }} here."], Archetype.Pieces("Write {{ anything }} here."));
    }

    [Fact]
    public void The_check_reads_the_archetype_with_the_builds_reader_so_a_conflicted_archetype_is_reported()
    {
        using var site = new TestSite("-- seeds/2020-01-13-a.txt --\n" + SeedText.Issue("Pilots", "date: 2020-01-13", SeedText.Fuzhou));
        site.Write(Archetype.RelativePath, "{{ title }}\n<<<<<<< HEAD\nWrite the intro.\n=======\nWrite an intro.\n>>>>>>> other\n");
        var result = site.Build();
        Assert.Equal([(Archetype.RelativePath, 2), (Archetype.RelativePath, 4), (Archetype.RelativePath, 6)],
            result.Diagnostics.Where(d => d.Code == "WK0008").Select(d => (d.File, d.Line)));
    }

    [Fact]
    public void A_brace_text_that_is_no_placeholder_is_matched_literally_not_as_a_wildcard()
    {
        using var site = new TestSite("-- seeds/2020-01-13-a.txt --\n"
            + SeedText.Issue("Pilots", "date: 2020-01-13", ("Fuzhou: Pilots begin", "Write {{ anything }} here."), ("Beijing: Banks join", "Write something here.")));
        site.Write(Archetype.RelativePath, "{{ title }}\n\nWrite {{ anything }} here.\n");
        var result = site.Build();
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "WK0908");
        Assert.Contains("{{ anything }}", warning.Message, StringComparison.Ordinal);
    }
}
