using Weekly.Domain;

namespace Weekly.Rendering.ViewModels;

/// <summary>
/// Every view model of one site: what templates get as <c>site</c>, <c>page</c>, <c>issue</c>, <c>story</c>, <c>term</c>,
/// <c>terms</c>, <c>chart</c>, <c>map</c> and <c>related</c>, their URLs site-relative (permalinks; <see cref="FeedViews"/> makes the
/// absolute ones feeds need). Views are built when first asked for and kept; thread-safe.
/// </summary>
public sealed class SiteViewModels
{
    /// <summary>Prepares the views of <paramref name="site"/>.</summary>
    public SiteViewModels(SiteModel site)
    {
        Model = site;
        Site = SiteViews.Create(site.Settings);
        var lookup = new TermLookup(site);
        Issues = new IssueViews(site, lookup);
        Charts = new ChartViews(site);
        Maps = new MapViews(site);
        Terms = new TermViews(site, Site, Issues, Charts);
        Related = new RelatedViews(lookup);
        Pages = new PageViews(site.Settings, Site, Issues, Terms, lookup);
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

    /// <summary>Maps of China: the region index's, an issue's, a region page's locator.</summary>
    public MapViews Maps { get; }

    /// <summary>"More from" and "More on" lists.</summary>
    public RelatedViews Related { get; }

    /// <summary>The <c>page</c> object of each kind of page.</summary>
    public PageViews Pages { get; }
}
