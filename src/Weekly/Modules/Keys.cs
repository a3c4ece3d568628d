using Weekly.Core;
using Weekly.Domain;
using Weekly.Publishing;
using Weekly.Rendering;

namespace Weekly.Modules;

/// <summary>The metadata keys Weekly's modules read and write, and the build-wide values in <see cref="BuildContext"/>.</summary>
public static class Keys
{
    /// <summary>The parsed (later tagged, slugged and numbered) issue a seed document stands for.</summary>
    public static readonly MetadataKey<Issue> Issue = new("Issue");

    /// <summary>Front matter of a hand-written page, as parsed YAML (string keys).</summary>
    public static readonly MetadataKey<IReadOnlyDictionary<string, object?>> FrontMatter = new("FrontMatter");

    /// <summary>Where each top-level key of a page's front matter is in its file: 1-based line and column.</summary>
    public static readonly MetadataKey<IReadOnlyDictionary<string, (int Line, int Column)>> FrontMatterKeys = new("FrontMatterKeys");

    /// <summary>True on a page whose front matter is not valid YAML (reported): its missing title is not reported again.</summary>
    public static readonly MetadataKey<bool> FrontMatterFailed = new("FrontMatterFailed");

    /// <summary>1-based line of a page's file on which its body starts once the front matter is removed (1 without front matter).</summary>
    public static readonly MetadataKey<int> BodyLine = new("BodyLine");

    /// <summary>A Markdown page's links into the site (<see cref="Domain.Page.Links"/>), set by <c>RenderMarkdown</c>.</summary>
    public static readonly MetadataKey<IReadOnlyList<PageLink>> PageLinks = new("PageLinks");

    /// <summary>A hand-written page's slug, unique among pages.</summary>
    public static readonly MetadataKey<string> Slug = new("Slug");

    /// <summary>The content stage's result, on the one document of the Site pipeline.</summary>
    public static readonly MetadataKey<SiteModel> Site = new("Site");

    /// <summary>The file a render-stage document stands for (its permalink, what it shows).</summary>
    public static readonly MetadataKey<OutputRequest> Request = new("Request");

    /// <summary>Build-wide: site settings.</summary>
    public static readonly MetadataKey<SiteSettings> Settings = new("Settings");

    /// <summary>Build-wide: the site root folder (absolute path) holding <c>seeds/</c>, <c>input/</c>, <c>theme/</c>.</summary>
    public static readonly MetadataKey<string> RootDirectory = new("RootDirectory");

    /// <summary>Build-wide: true to include draft issues.</summary>
    public static readonly MetadataKey<bool> IncludeDrafts = new("IncludeDrafts");

    /// <summary>Build-wide: the build's "now", from its injected clock: issues published after it are scheduled.</summary>
    public static readonly MetadataKey<DateTimeOffset> Now = new("Now");

    /// <summary>Build-wide: true to include scheduled issues (<c>--future</c>, preview).</summary>
    public static readonly MetadataKey<bool> IncludeFuture = new("IncludeFuture");

    /// <summary>
    /// The scheduled issues a build leaves out (slugged, not numbered), on one document of the Seeds pipeline: not built, but
    /// recorded in <c>permalinks.lock</c>, since a later build (Netlify's daily build hook) will publish them as they are.
    /// </summary>
    public static readonly MetadataKey<IReadOnlyList<Issue>> HeldIssues = new("HeldIssues");

    /// <summary>Build-wide: <c>permalinks.lock</c> as the build read it.</summary>
    public static readonly MetadataKey<PermalinkLock> PermalinkLock = new("PermalinkLock");

    /// <summary>What the lock made of this build's issues (redirects, the lock to save), on one document of the Site pipeline.</summary>
    public static readonly MetadataKey<PermalinkUpdate> PermalinkUpdate = new("PermalinkUpdate");
}
