using Weekly.Core;
using Weekly.Domain;
using Weekly.Feeds;
using Weekly.Diagnostics;

namespace Weekly.Modules;

/// <summary>
/// Generates every feed file from the build's <see cref="SiteModel"/> (<see cref="Keys.Site"/>):
/// <c>/feed.xml</c> (RSS 2.0), <c>/atom.xml</c> (Atom 1.0) and <c>/feed.json</c> (JSON Feed 1.1), one
/// item per issue; and <c>/regions/&lt;province&gt;[/&lt;city&gt;]/feed.xml</c> and
/// <c>/topics/&lt;topic&gt;/feed.xml</c> (RSS 2.0), one item per story. Returns the input documents
/// followed by one document per feed, its file as UTF-8 in <see cref="Keys.Bytes"/> (the content is
/// empty), with <see cref="Document.Destination"/> and <see cref="Keys.Permalink"/> set, in this order:
/// site feeds, regions (each province then its cities), topics.
/// </summary>
public sealed class GenerateFeeds : IModule
{
    private readonly Func<Issue, string> _issueContent;
    private readonly Func<StoryEntry, string> _storyContent;

    /// <summary>Creates the module.</summary>
    /// <param name="issueContent">Renders an issue's full content as an HTML fragment (the theme's partial); relative URLs are made absolute.</param>
    /// <param name="storyContent">Renders one story's content as an HTML fragment.</param>
    public GenerateFeeds(Func<Issue, string> issueContent, Func<StoryEntry, string> storyContent)
    {
        _issueContent = issueContent;
        _storyContent = storyContent;
    }

    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var site = context.Get(Keys.Site);
        var settings = site.Settings;
        var builder = new FeedBuilder(site, _issueContent, _storyContent);
        var outputs = new List<Document>(inputs);
        var siteFeed = builder.BuildSiteFeed();
        outputs.Add(Make(Permalinks.RssFeed, RssFeedWriter.Write(siteFeed, settings.AbsoluteUrl(Permalinks.RssFeed))));
        outputs.Add(Make(Permalinks.AtomFeed, AtomFeedWriter.Write(siteFeed, settings.AbsoluteUrl(Permalinks.AtomFeed))));
        outputs.Add(Make(Permalinks.JsonFeed, JsonFeedWriter.Write(siteFeed, settings.AbsoluteUrl(Permalinks.JsonFeed))));
        // Term feeds in parallel (each renders and rewrites up to term_feed_items stories), in AllTerms order.
        outputs.AddRange(ParallelMap.Ordered(FeedBuilder.AllTerms(site).ToList(), term =>
        {
            var permalink = Permalinks.TermFeed(term);
            return Make(permalink, RssFeedWriter.Write(builder.BuildTermFeed(term), settings.AbsoluteUrl(permalink)));
        }, context.CancellationToken));
        return outputs;
    }

    private static Document Make(string permalink, byte[] bytes) =>
        Document.Create(null)
            .With(Keys.Bytes, bytes)
            .WithDestination(Permalinks.ToDestination(permalink))
            .With(Keys.Permalink, permalink);
}
