using Weekly.Rendering.ViewModels;
using Weekly.Tests.TestKit;
using static Weekly.Tests.TestKit.FeedFixtures;

namespace Weekly.Tests.Rendering;

/// <summary>A story page's "More from / More on" lists (<see cref="RelatedViews.For"/>).</summary>
public class RelatedListTests
{
    /// <summary>One issue of eight Fuzhou stories, all on finance, newest (first) to oldest.</summary>
    private static (RelatedViews Views, IReadOnlyList<Weekly.Domain.StoryEntry> Stories) EightFuzhouStories()
    {
        var stories = Enumerable.Range(1, 8).Select(i => Story(i, $"Fuzhou story {i}", [Fuzhou], ["finance"])).ToList();
        var site = FeedFixtures.Site([Issue("2020-01-06-fuzhou", new DateOnly(2020, 1, 6), "Fuzhou week", stories)]);
        return (new SiteViewModels(site).Related, site.Stories);
    }

    [Fact]
    public void A_story_among_its_terms_newest_five_lists_the_five_others_newest_first()
    {
        var (views, stories) = EightFuzhouStories();
        var related = views.For(stories[2]);
        Assert.Equal(["More from Fuzhou", "More on Finance"], related.Select(r => r.Heading));
        Assert.All(related, r => Assert.Equal(["Fuzhou story 1", "Fuzhou story 2", "Fuzhou story 4", "Fuzhou story 5", "Fuzhou story 6"], r.Stories.Select(s => s.Title)));
        Assert.Equal("/issues/2020-01-06-fuzhou/story-4/", related[0].Stories[2].Url);
        Assert.Equal(new LinkView("Fuzhou", "/regions/fujian/fuzhou/"), related[0].Term);
    }

    [Fact]
    public void Stories_outside_the_newest_five_share_one_list_of_the_newest_five()
    {
        var (views, stories) = EightFuzhouStories();
        var sixth = views.For(stories[5]);
        var eighth = views.For(stories[7]);
        Assert.Equal(["Fuzhou story 1", "Fuzhou story 2", "Fuzhou story 3", "Fuzhou story 4", "Fuzhou story 5"], sixth[0].Stories.Select(s => s.Title));
        Assert.Same(sixth[0], eighth[0]); // one object, so the theme renders it once (include_cached)
        Assert.Same(sixth[1], eighth[1]);
        Assert.NotSame(sixth[0], views.For(stories[4])[0]);
    }

    [Fact]
    public void A_term_with_no_other_story_gives_no_list()
    {
        var site = FeedFixtures.Site([Issue("2020-01-06-one", new DateOnly(2020, 1, 6), "One", [Story(1, "Only Jiangxi story", [Jiangxi], [])])]);
        Assert.Empty(new SiteViewModels(site).Related.For(site.Stories[0]));
    }
}
