namespace Weekly.Diagnostics;

/// <summary>WK07xx templates and Markdown pages, WK08xx feed settings.</summary>
public static partial class Codes
{
    /// <summary>A template has a syntax error (it is left out). Args: Scriban's message.</summary>
    public static readonly DiagnosticCode TemplateSyntax = Error("WK0701", "a template syntax error",
        "Template syntax: {0}", "fix the template at this line");

    /// <summary>A template failed while rendering a page. Args: Scriban's message.</summary>
    public static readonly DiagnosticCode TemplateRuntime = Error("WK0702", "a template failed while rendering",
        "Template error: {0}");

    /// <summary>An unknown layout or partial. Args: layout or partial, its name, the available ones.</summary>
    public static readonly DiagnosticCode UnknownTemplate = Error("WK0703", "an unknown layout or partial",
        "Unknown {0} '{1}'.", "available: {2}");

    /// <summary>The theme folder or its base layout is missing. Args: what is missing.</summary>
    public static readonly DiagnosticCode ThemeMissing = Error("WK0704", "the theme folder or layouts/base.scriban is missing",
        "The theme has no {0}.", "restore theme/ from the repository: every page is wrapped in layouts/base.scriban");

    /// <summary>A template file cannot be read. Args: the system's reason.</summary>
    public static readonly DiagnosticCode TemplateUnreadable = Error("WK0705", "a template file cannot be read",
        "Cannot read template: {0}");

    /// <summary>A template syntax warning from Scriban. Args: Scriban's message.</summary>
    public static readonly DiagnosticCode TemplateSyntaxWarning = Warning("WK0706", "a template syntax warning",
        "Template syntax: {0}");

    /// <summary>A page's front matter is not valid YAML. Args: why.</summary>
    public static readonly DiagnosticCode PageFrontMatterSyntax = Error("WK0710", "page front matter is not valid YAML",
        "Front matter is not valid YAML: {0}", YamlHint);

    /// <summary>A page's front matter is not a mapping.</summary>
    public static readonly DiagnosticCode PageFrontMatterNotMapping = Error("WK0711", "page front matter is not a mapping",
        "Front matter must be a mapping of keys to values.", "write lines such as 'title: About'");

    /// <summary>A page has no title (its file name is used).</summary>
    public static readonly DiagnosticCode PageWithoutTitle = Warning("WK0712", "a page has no title",
        "Page has no front matter 'title'; its file name is used.", "add 'title: ...' to the front matter");

    /// <summary>A Markdown link with a scheme that is not allowed (replaced by #). Args: the URL.</summary>
    public static readonly DiagnosticCode LinkScheme = Warning("WK0713", "a Markdown link with a scheme other than http, https or mailto",
        "Link URL '{0}' uses a scheme that is not allowed; it was replaced by '#'.", "use http, https, mailto or a site-relative URL");

    /// <summary>A page's link or image into the site points at no file the build writes. Args: the URL, the path it resolves to.</summary>
    public static readonly DiagnosticCode BrokenPageLink = Warning("WK0714", "a link or image in a page points at nothing the build writes",
        "Link '{0}' points at {1}, which the build does not write.", "fix the URL (site-relative: /issues/, /about/), or put the file in input/static/");

    /// <summary>The feed id settings are not valid RFC 4151 tag parts. Args: the problem.</summary>
    public static readonly DiagnosticCode FeedIdSettings = Error("WK0803", "feed_id_authority or feed_id_date is not valid",
        "{0}", "set feed_id_authority: example.org and feed_id_date: 2020");
}
