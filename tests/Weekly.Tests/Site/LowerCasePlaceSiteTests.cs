using Weekly.Tests.TestKit;

namespace Weekly.Tests.Site;

/// <summary>Acceptance 7 of issue #16: a place named only in lower case is tagged, end to end.</summary>
public class LowerCasePlaceSiteTests
{
    [Fact]
    public void A_story_whose_only_place_is_beijing_in_lower_case_is_on_the_beijing_page()
    {
        var story = ("Copyright office: A blockchain registry goes live",
            "On January 4, the copyright office in beijing launched a registry on blockchain.");
        using var site = new TestSite("-- seeds/2020-01-06-registry.txt --\n" + SeedText.Issue("Registry", null, story));
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());
        var beijing = result.Html("regions/beijing/index.html");
        Assert.Contains(beijing.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/issues/2020-01-06-registry/copyright-office-a-blockchain-registry-goes-live/");
    }
}
