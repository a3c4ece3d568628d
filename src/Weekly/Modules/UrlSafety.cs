namespace Weekly.Modules;

/// <summary>
/// Which link URLs a Markdown page may use: http, https and mailto URLs, and site-relative ones. The scheme is read
/// as browsers read it (WHATWG URL): tab, LF and CR anywhere and leading spaces or controls are ignored, and a
/// <c>\</c> counts as <c>/</c>, so <c>/\host</c> is protocol-relative as <c>//host</c> is.
/// </summary>
internal static class UrlSafety
{
    /// <summary>True for an http(s) URL with a host (<c>https://…</c>), a mailto URL, or a relative one that stays on this site (a path, query or fragment).</summary>
    public static bool IsSafe(string url)
    {
        var trimmed = Browsers(url);
        if (IsProtocolRelative(url)) return false;
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return true;
        var slash = trimmed.AsSpan().IndexOfAny(['/', '\\', '?', '#']);
        if (slash >= 0 && slash < colon) return true; // a relative URL with ':' later in its path or query
        var scheme = trimmed[..colon];
        // http(s) only with an authority (https://host): 'https:javascript:alert(1)' names no host and hides a second scheme.
        if (scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase))
            return IsProtocolRelative(trimmed[(colon + 1)..]);
        return scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for a URL that names another host without a scheme (<c>//host/x</c>, <c>/\host</c>, <c>\\host</c>).</summary>
    public static bool IsProtocolRelative(string url)
    {
        var trimmed = Browsers(url);
        return trimmed.Length >= 2 && trimmed[0] is '/' or '\\' && trimmed[1] is '/' or '\\';
    }

    /// <summary>A protocol-relative URL with the scheme the site is served with: <c>https://host/x</c>.</summary>
    public static string WithHttps(string url) => "https://" + Browsers(url).TrimStart('/', '\\');

    private static string Browsers(string url) =>
        url.Replace("\t", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal)
            .TrimStart(Leading).TrimEnd();

    private static readonly char[] Leading = [.. Enumerable.Range(0, 0x21).Select(i => (char)i)];
}
