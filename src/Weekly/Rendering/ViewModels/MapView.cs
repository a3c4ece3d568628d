using System.Text.Json.Serialization;

namespace Weekly.Rendering.ViewModels;

/// <summary>
/// A map of China's provinces (the <c>map</c> object; the theme's <c>map</c> partial draws it as inline SVG).
/// </summary>
/// <param name="Id">Id prefix, unique on the page: <c>regions-map</c>, <c>issue-map</c>, <c>locator-map</c>.</param>
/// <param name="Kind"><c>index</c> (shaded by story count), <c>issue</c> (an issue's provinces) or <c>locator</c> (one province).</param>
/// <param name="Title">The map's accessible name, e.g. <c>Stories per province</c>.</param>
/// <param name="Description">One sentence saying what it shows (the SVG's <c>desc</c>).</param>
/// <param name="Width">Width of the SVG's <c>viewBox</c>.</param>
/// <param name="Height">Height of the SVG's <c>viewBox</c>.</param>
/// <param name="Regions">The index map: every province, by code; an issue or locator map: only its highlighted provinces,
/// drawn over <paramref name="Base"/>.</param>
/// <param name="Legend">What each shading means, lightest first.</param>
/// <param name="Base">The outline of every province, unshaded, one object per build: the theme renders it once
/// (<c>include_cached 'map-base'</c>) and every issue and region page reuses the text; null on the index map.</param>
public sealed record MapView(string Id, string Kind, string Title, string Description, int Width, int Height,
    IReadOnlyList<MapRegionView> Regions, IReadOnlyList<MapLegendView> Legend, MapBaseView? Base = null);

/// <summary>Every province's outline, unshaded and unlinked (<c>g.map-base</c>, each path with the id <c>map-CODE</c>): the layer
/// under highlighted provinces, which reuse its paths with <c>&lt;use&gt;</c>.</summary>
/// <param name="Regions">Every province of the map, by code.</param>
public sealed record MapBaseView(IReadOnlyList<MapRegionView> Regions);

/// <summary>One province on a map.</summary>
/// <param name="Code">GB/T 2260 code, e.g. <c>350000</c>.</param>
/// <param name="Slug">The province's slug, e.g. <c>fujian</c> (the SVG's <c>data-region</c>).</param>
/// <param name="Name">Display name, e.g. <c>Fujian</c>.</param>
/// <param name="Url">Its region page when it is a link on this map, else null.</param>
/// <param name="StoryCount">Number of stories about it on the whole site.</param>
/// <param name="Label">Accessible name, e.g. <c>Fujian, 4 stories</c>; null for a province this map does not name.</param>
/// <param name="Class">CSS class of its shading: <c>map-0</c> (no stories) to <c>map-4</c> on the index, <c>map-on</c> for a highlight,
/// <c>map-base</c> in the outline layer.</param>
/// <param name="Highlighted">True for the provinces an issue or locator map is about.</param>
public sealed record MapRegionView(string Code, string Slug, string Name, string? Url, int StoryCount, string? Label, string Class, bool Highlighted)
{
    /// <summary>SVG path data (from <see cref="Maps.ChinaMap"/>, the same for every page, so left out of render-cache keys).</summary>
    [JsonIgnore]
    public string Path { get; init; } = "";
}

/// <summary>One entry of a map's legend.</summary>
/// <param name="Class">The shading's CSS class (see <see cref="MapRegionView.Class"/>).</param>
/// <param name="Label">What it means, e.g. <c>3–4 stories</c>.</param>
public sealed record MapLegendView(string Class, string Label);
