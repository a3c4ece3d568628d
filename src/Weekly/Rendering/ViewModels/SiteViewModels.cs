using Weekly.Domain;

namespace Weekly.Rendering.ViewModels;

/// <summary>
/// Every view model of one site in one link style (<see cref="SiteLinks"/>): what templates get as <c>site</c>,
/// <c>page</c>, <c>issue</c>, <c>story</c>, <c>term</c>, <c>terms</c>, <c>chart</c> and <c>related</c>. Views are built
/// when first asked for and kept; thread-safe. The renderer holds two: relative links for pages, absolute for feeds.
/// </summary>
public sealed class SiteViewModels
{
    /// <summary>Prepares the views of <paramref name="site"/> with URLs in <paramref name="links"/>' style.</summary>
    public SiteViewModels(SiteModel site, SiteLinks links)
    {
        Model = site;
        Site = SiteViews.Create(site.Settings, links);
        var lookup = new TermLookup(site);
        Issues = new IssueViews(site, links, lookup);
        Charts = new ChartViews(site, links);
        Terms = new TermViews(site, links, Site, Issues, Charts);
        Related = new RelatedViews(links, lookup);
        Pages = new PageViews(site.Settings, links, Site, Issues, Terms, lookup);
    }

    /// <summary>The site model the views show.</summary>
    public SiteModel Model { get; }

    /// <summary>The <c>site</c> object.</summary>
    public SiteView Site { get; }

    /// <summary>Issue and story views.</summary>
    public IssueViews Issues { get; }

    /// <summary>Term views and index lists.</summary>
    public TermViews Terms { get; }

    /// <summary>Charts.</summary>
    public ChartViews Charts { get; }

    /// <summary>"More from" and "More on" lists.</summary>
    public RelatedViews Related { get; }

    /// <summary>The <c>page</c> object of each kind of page.</summary>
    public PageViews Pages { get; }
}
