namespace Weekly.Diagnostics;

/// <summary>WK0715–WK0718: the front matter and names of Markdown pages (<c>input/pages/</c>), as strict as a seed's.</summary>
public static partial class Codes
{
    /// <summary>A page's front matter is not closed, or fenced with something other than <c>---</c>. Args: what is wrong.</summary>
    public static readonly DiagnosticCode PageFrontMatterFence = Error("WK0715", "page front matter is not closed, or not fenced with ---",
        "Front matter {0}; the page is not used.", "fence the front matter with a line holding only --- above and below it (YAML, as in seeds)");

    /// <summary>An unknown key in a page's front matter (ignored). Args: the key, <c>did you mean X? </c> or empty.</summary>
    public static readonly DiagnosticCode UnknownPageKey = Warning("WK0716", "an unknown key in page front matter (ignored)",
        "Unknown front matter key '{0}' is ignored.", "{1}a page reads title, description, slug, layout, date and draft");

    /// <summary>A page's front matter value has the wrong type. Args: the key, what it must be, what it is.</summary>
    public static readonly DiagnosticCode PageValueType = Error("WK0717", "a page front matter value has the wrong type",
        "Front matter '{0}' must be {1}, not {2}.", "write it as in: title: About, date: 2020-01-06, draft: true");

    /// <summary>A page's name is a URL the site itself uses. Args: the slug it wanted, the URL it got, why.</summary>
    public static readonly DiagnosticCode ReservedPageName = Warning("WK0718", "a page is named after a URL the site itself uses",
        "Page '{0}' is published at {1}: {2}.", "rename the file, or give it another slug: in its front matter");
}
