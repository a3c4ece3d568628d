using Weekly.Tests.TestKit;

namespace Weekly.Tests.Rendering;

/// <summary>A Markdown page's link or image into the site that points at nothing the build writes is warned about at the link.</summary>
public class PageLinkTests
{
    [Fact]
    public void Broken_internal_links_and_images_are_warned_about_at_their_line_and_column()
    {
        using var site = new TestSite("-- seeds/2020-01-13-x.txt --\n" + SeedText.Issue("Links", "date: 2020-01-13", SeedText.Fuzhou) + """
            -- input/pages/help.md --
            ---
            title: Help
            ---
            See [the issues](/issues/), [the feed](/feed.xml), [an issue](/issues/2020-01-13-x/#section-1) and [the top](#top).

            Not there: [nope](/nope/) and ![a picture](pic.png "A picture"), [about](../about) and [mail](mailto:a@example.org).
            -- input/static/logo.png --
            png
            """ + "\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());
        var broken = result.Diagnostics.Where(d => d.Code == "WK0714").Select(d => (d.File, d.Line, d.Column, d.Message)).ToList();
        Assert.Equal([
            ("input/pages/help.md", 6, 12, "Link '/nope/' points at /nope/, which the build does not write."),
            ("input/pages/help.md", 6, 31, "Link 'pic.png' points at /help/pic.png, which the build does not write."),
        ], broken);
    }
}
