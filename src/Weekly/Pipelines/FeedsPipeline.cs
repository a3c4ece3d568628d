using Weekly.Domain;
using Weekly.IO;
using Weekly.Modules;
using Weekly.Rendering;

namespace Weekly.Pipelines;

/// <summary>
/// Render stage, Feeds: the site feed, one item per issue, as RSS 2.0 (<c>/feed.xml</c>), Atom 1.0 (<c>/atom.xml</c>) and
/// JSON Feed 1.1 (<c>/feed.json</c>); then one RSS feed per term, one item per story (<c>/regions/fujian/feed.xml</c>), in term order.
/// </summary>
public sealed class FeedsPipeline(SiteModel site, SiteRenderer renderer, OutputWriter output) : RenderPipeline(PipelineNames.Feeds, [],
[
    new RenderRequests(renderer, [new SiteFeed(FeedFormat.Rss), new SiteFeed(FeedFormat.Atom), new SiteFeed(FeedFormat.Json), .. site.AllTerms.Select(term => new TermFeed(term))]),
], output);
