using Weekly.Domain;

namespace Weekly.Rendering.ViewModels;

/// <summary>The site's terms by region code and topic slug, for linking a story to its term pages.</summary>
public sealed class TermLookup
{
    private readonly Dictionary<string, Term> _regionByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Term> _topicBySlug = new(StringComparer.Ordinal);

    /// <summary>Indexes the terms of <paramref name="site"/>.</summary>
    public TermLookup(SiteModel site)
    {
        foreach (var province in site.Regions)
        {
            if (province.Place is { } p) _regionByCode.TryAdd(p.Code, province);
            foreach (var city in province.Children)
            {
                if (city.Place is { } c) _regionByCode.TryAdd(c.Code, city);
            }
        }
        foreach (var topic in site.Topics) _topicBySlug.TryAdd(topic.Path, topic);
        _sharedRegionNames = site.Regions.SelectMany(p => p.Children.Prepend(p))
            .GroupBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private readonly HashSet<string> _sharedRegionNames;

    /// <summary>True when another region page of the site has the same name (Taizhou in Jiangsu and in Zhejiang).</summary>
    public bool HasSharedName(Term region) => region.Kind == TaxonomyKind.Region && _sharedRegionNames.Contains(region.Name);

    /// <summary>The term page of a place: its own (province or city), else its parent's (a district's city, or a municipality); null when neither has one.</summary>
    public Term? Region(Place place) =>
        _regionByCode.GetValueOrDefault(place.Code) ?? (place.ParentCode is { } parent ? _regionByCode.GetValueOrDefault(parent) : null);

    /// <summary>The term page of a topic slug, or null when no story of the site has it.</summary>
    public Term? Topic(string slug) => _topicBySlug.GetValueOrDefault(slug);

    /// <summary>A story's first place's term, or null.</summary>
    public Term? FirstRegion(Story story) => story.Places.Select(Region).FirstOrDefault(t => t is not null);

    /// <summary>A story's first topic's term, or null.</summary>
    public Term? FirstTopic(Story story) => story.Topics.Select(Topic).FirstOrDefault(t => t is not null);

    /// <summary>The term whose feed best follows a story: its first place's page (a district's city), else its first topic.</summary>
    public Term? MostSpecific(Story story) => FirstRegion(story) ?? FirstTopic(story);
}
