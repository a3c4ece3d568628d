using System.Globalization;
using System.Text.RegularExpressions;
using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Domain;
using Weekly.IO;
using Weekly.Text;
using YamlDotNet.RepresentationModel;

namespace Weekly.Settings;

/// <summary>
/// Reads <c>input/site.yml</c> (a YAML mapping with snake_case keys, every key optional) into
/// <see cref="SiteSettings"/>. Problems are diagnostics with file:line: WK0001 bad YAML, WK0002 wrong
/// type, WK0003 unknown key (warning), WK0004 bad base URL, WK0005 unknown time zone,
/// WK0027 a language that is not a BCP 47 tag (a good one is written in its conventional case: <c>en-us</c> → <c>en-US</c>).
/// </summary>
public static partial class SiteSettingsLoader
{
    /// <summary>Path of the settings file relative to the site root.</summary>
    public const string RelativePath = "input/site.yml";

    /// <summary>Loads settings from <c>input/site.yml</c> under <paramref name="rootDirectory"/>; defaults when the file is absent.</summary>
    /// <param name="rootDirectory">Site root folder.</param>
    /// <param name="baseUrlOverride">The CLI's <c>--base-url</c>, or null.</param>
    /// <param name="diagnostics">Receives problems.</param>
    public static SiteSettings Load(string rootDirectory, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(rootDirectory, "input", "site.yml");
        var at = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
        var settings = File.Exists(path) || Directory.Exists(path) ? Parse(TextInput.ReadFile(path, RelativePath, diagnostics) ?? "", diagnostics, at) : new SiteSettings();
        // A problem with a setting is reported at its key; one from a default (no key) at the file.
        (int Line, int Column) Where(string key) => at.TryGetValue(key, out var position) ? position : (0, 0);
        if (baseUrlOverride is not null)
        {
            settings = settings with { BaseUrl = baseUrlOverride };
        }
        var normalized = NormalizeBaseUrl(settings.BaseUrl);
        if (HasUserInfo(settings.BaseUrl))
        {
            var (line, column) = Where("base_url");
            diagnostics.Report(Codes.BaseUrlUserInfo, baseUrlOverride is null ? RelativePath : null, baseUrlOverride is null ? line : 0, baseUrlOverride is null ? column : 0, settings.BaseUrl);
            normalized = null;
        }
        else if (normalized is null)
        {
            var (line, column) = Where("base_url");
            diagnostics.Report(Codes.BadBaseUrl, baseUrlOverride is null ? RelativePath : null, baseUrlOverride is null ? line : 0, baseUrlOverride is null ? column : 0, settings.BaseUrl);
        }
        else
        {
            settings = settings with { BaseUrl = normalized };
        }
        if (!TryFindTimeZone(settings.TimeZone))
        {
            var (line, column) = Where("time_zone");
            var suggestion = TimeZoneIds.Closest(settings.TimeZone) is { } closest ? $"did you mean {closest}? " : "";
            diagnostics.Report(Codes.UnknownTimeZone, RelativePath, line, column, settings.TimeZone, suggestion);
            settings = settings with { TimeZone = "Asia/Shanghai" };
        }
        if (LanguageTags.Normalize(settings.Language) is { } language)
        {
            settings = settings with { Language = language };
        }
        else
        {
            var (line, column) = Where("language");
            var suggestion = LanguageTags.Suggest(settings.Language) is { } tag ? $"did you mean {tag}? " : "";
            diagnostics.Report(Codes.BadLanguage, RelativePath, line, column, settings.Language, suggestion);
            settings = settings with { Language = "en" };
        }
        if (normalized is not null && FeedIdProblem(settings) is { } problem)
        {
            var (line, column) = Where(problem.StartsWith("Feed id date", StringComparison.Ordinal) ? "feed_id_date" : "feed_id_authority");
            diagnostics.Report(Codes.FeedIdSettings, RelativePath, line, column, problem);
        }
        return settings;
    }

    /// <summary>
    /// Checks the parts of feed ids (RFC 4151 <c>tag:</c> URIs): <see cref="SiteSettings.TagAuthority"/> must be a domain
    /// name or an email address, <see cref="SiteSettings.FeedIdDate"/> <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.
    /// </summary>
    /// <returns>One sentence naming the problem, or null when both are valid.</returns>
    public static string? FeedIdProblem(SiteSettings settings)
    {
        if (!TagAuthorityPattern().IsMatch(settings.TagAuthority))
        {
            return $"Feed id authority '{settings.TagAuthority}' is not a domain name or email address (RFC 4151).";
        }
        return TagDatePattern().IsMatch(settings.FeedIdDate)
            ? null
            : $"Feed id date '{settings.FeedIdDate}' is not YYYY, YYYY-MM or YYYY-MM-DD (RFC 4151).";
    }

    [GeneratedRegex(@"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|[^@\s,:/]+@[A-Za-z0-9.-]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex TagAuthorityPattern();

    [GeneratedRegex(@"^[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TagDatePattern();

    /// <summary>Parses the text of a settings file. Unknown keys are warnings; wrong types are errors naming the key.</summary>
    public static SiteSettings Parse(string yaml, DiagnosticBag diagnostics) => Parse(yaml, diagnostics, new Dictionary<string, (int, int)>(StringComparer.Ordinal));

    /// <summary>As <see cref="Parse(string, DiagnosticBag)"/>; <paramref name="at"/> receives each key's 1-based line and column.</summary>
    private static SiteSettings Parse(string yaml, DiagnosticBag diagnostics, Dictionary<string, (int Line, int Column)> at)
    {
        var settings = new SiteSettings();
        var root = YamlText.Load(yaml, out var problem, out var cleaned);
        if (problem is not null)
        {
            diagnostics.Report(Codes.SettingsSyntax, RelativePath, problem.Line, problem.Column, problem.Message);
            return settings;
        }
        foreach (var c in cleaned) diagnostics.Report(Codes.UnsafeCharacter, RelativePath, c.Line, c.Column, c.Removed);
        if (root is null or YamlScalarNode { Value: null or "" })
        {
            return settings;
        }
        if (root is not YamlMappingNode map)
        {
            diagnostics.Report(Codes.SettingType, RelativePath, (int)root.Start.Line, (int)root.Start.Column, "Settings", "a mapping of keys to values");
            return settings;
        }
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? keyNode.ToString();
            var line = (int)keyNode.Start.Line;
            var column = (int)keyNode.Start.Column;
            at[key] = (line, column);
            string? Text() => valueNode is YamlScalarNode s ? s.Value : Wrong("a text value");
            int Int()
            {
                if (valueNode is YamlScalarNode s && int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0) return n;
                Wrong("a positive whole number");
                return 0;
            }
            string? Wrong(string expected)
            {
                diagnostics.Report(Codes.SettingType, RelativePath, line, column, $"Setting '{key}'", expected);
                return null;
            }
            switch (key)
            {
                case "title":
                    settings = settings with { Title = Text() ?? settings.Title };
                    if (string.IsNullOrWhiteSpace(settings.Title)) diagnostics.Report(Codes.EmptySiteTitle, RelativePath, line, column);
                    break;
                // An empty description is absent (RSS 2.0 requires a channel <description>; an empty meta description says nothing).
                case "description": settings = settings with { Description = Text() is { } d && !string.IsNullOrWhiteSpace(d) ? d : settings.Description }; break;
                case "base_url": settings = settings with { BaseUrl = Text() ?? settings.BaseUrl }; break;
                case "language": settings = settings with { Language = Text() ?? settings.Language }; break;
                case "time_zone": settings = settings with { TimeZone = Text() ?? settings.TimeZone }; break;
                case "author": settings = settings with { Author = Text() ?? settings.Author }; break;
                case "site_feed_items": { var n = Int(); if (n > 0) settings = settings with { SiteFeedItems = n }; break; }
                case "term_feed_items": { var n = Int(); if (n > 0) settings = settings with { TermFeedItems = n }; break; }
                case "feed_id_authority": settings = settings with { FeedIdAuthority = Text() ?? settings.FeedIdAuthority }; break;
                case "feed_id_date": settings = settings with { FeedIdDate = Text() ?? settings.FeedIdDate }; break;
                case "home_issues": { var n = Int(); if (n > 0) settings = settings with { HomeIssues = n }; break; }
                default:
                    ReportUnknown(key, line, column, diagnostics);
                    break;
            }
        }
        return settings;
    }

    /// <summary>
    /// An unknown key: WK0003 (a warning, with "did you mean …?" when a known key is at most two edits away, compared in lower
    /// case with '-' as '_'), except a misspelt <c>base_url</c> (<c>baseurl</c>, Hugo's <c>baseURL</c>, <c>base-url</c>), which is
    /// error WK0009: the site would be built for https://example.org/, and its feed GUIDs with it.
    /// </summary>
    private static void ReportUnknown(string key, int line, int column, DiagnosticBag diagnostics)
    {
        var folded = key.ToLowerInvariant().Replace('-', '_');
        if (folded.Replace("_", "", StringComparison.Ordinal) == "baseurl" || Similarity.Edits(folded, "base_url") <= 2)
        {
            diagnostics.Report(Codes.MisspeltBaseUrl, RelativePath, line, column, key);
            return;
        }
        var closest = Similarity.Closest(KnownKeys, folded, maxDistance: 2);
        diagnostics.Report(Codes.UnknownSetting, RelativePath, line, column, key, closest is null ? "" : $"did you mean {closest}? ", string.Join(", ", KnownKeys));
    }

    /// <summary>The keys of site.yml, in the order the README lists them.</summary>
    private static readonly string[] KnownKeys =
        ["title", "description", "base_url", "language", "time_zone", "author", "site_feed_items", "term_feed_items", "home_issues", "feed_id_authority", "feed_id_date"];

    /// <summary>
    /// Returns the URL as every output writes it: scheme, the host in ASCII (an internationalized name in its IDNA form,
    /// <c>例子.中国</c> → <c>xn--fsqu00a.xn--fiqs8s</c>, as sitemaps and feed ids need), the port unless the scheme's default,
    /// and one trailing '/'. Null when it is not an absolute http(s) URL of a host's root (no path, query or fragment:
    /// pages link to each other root-relative) or when it names a user (<see cref="HasUserInfo"/>).
    /// </summary>
    public static string? NormalizeBaseUrl(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || uri.UserInfo.Length > 0 || uri.IdnHost.Length == 0)
        {
            return null;
        }
        // Pages link to each other root-relative (/issues/x/), so the site must sit at the root of its host.
        if (uri.AbsolutePath is not ("/" or "")) return null;
        var host = uri.HostNameType == UriHostNameType.IPv6 ? $"[{uri.IdnHost.Trim('[', ']')}]" : uri.IdnHost.ToLowerInvariant();
        return uri.IsDefaultPort ? $"{uri.Scheme}://{host}/" : string.Create(CultureInfo.InvariantCulture, $"{uri.Scheme}://{host}:{uri.Port}/");
    }

    /// <summary>True when <paramref name="url"/> names a user or password (<c>https://user@example.org/</c>), which would reach every page's canonical URL.</summary>
    public static bool HasUserInfo(string url) => Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0;

    private static bool TryFindTimeZone(string id)
    {
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}
