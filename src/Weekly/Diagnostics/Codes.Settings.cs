namespace Weekly.Diagnostics;

/// <summary>WK00xx: site settings, files that cannot be read, the output folder.</summary>
public static partial class Codes
{
    /// <summary><c>input/site.yml</c> is not valid YAML. Args: YamlDotNet's reason.</summary>
    public static readonly DiagnosticCode SettingsSyntax = Error("WK0001", "input/site.yml is not valid YAML",
        "Invalid YAML: {0}", "fix the YAML at this line");

    /// <summary>A setting has the wrong type. Args: what (<c>Settings</c>, <c>Setting 'title'</c>), what it must be.</summary>
    public static readonly DiagnosticCode SettingType = Error("WK0002", "a setting has the wrong type",
        "{0} must be {1}.", "write the value after the key on its line, e.g. title: Industry Blockchain Weekly or home_issues: 10 (see README, input/site.yml)");

    /// <summary>An unknown setting (ignored). Args: the key, <c>did you mean X? </c> or empty, the known keys.</summary>
    public static readonly DiagnosticCode UnknownSetting = Warning("WK0003", "an unknown setting (ignored)",
        "Unknown setting '{0}' is ignored.", "{1}known settings: {2}");

    /// <summary>The base URL is not the absolute http(s) URL of a host's root. Args: the URL.</summary>
    public static readonly DiagnosticCode BadBaseUrl = Error("WK0004", "the base URL is not the absolute http(s) URL of a host's root",
        "Base URL '{0}' is not the absolute http(s) URL of a host's root.",
        "write base_url: https://example.org/ in input/site.yml or pass --base-url; serving the site under a sub-path is not supported");

    /// <summary>The base URL names a user or password. Args: the URL.</summary>
    public static readonly DiagnosticCode BaseUrlUserInfo = Error("WK0028", "the base URL names a user or password",
        "Base URL '{0}' names a user or password, which every page's canonical URL and feed link would carry.",
        "write the site's public address without 'user@' (https://example.org/); protect a preview with your host's password feature instead");

    /// <summary>The time zone is not a known IANA zone. Args: the zone, <c>did you mean X? </c> or empty.</summary>
    public static readonly DiagnosticCode UnknownTimeZone = Error("WK0005", "an unknown time zone",
        "Unknown time zone '{0}'.", "{1}use an IANA id such as Asia/Shanghai");

    /// <summary>The language is not a well-formed BCP 47 tag. Args: the value, <c>did you mean X? </c> or empty.</summary>
    public static readonly DiagnosticCode BadLanguage = Error("WK0027", "the language is not a BCP 47 language tag",
        "Language '{0}' is not a BCP 47 language tag.", "{1}write a tag such as en, en-US or zh-Hans-CN (language, then script or region, joined by -)");

    /// <summary>The output folder is not empty and was not created by Weekly. Args: the folder.</summary>
    public static readonly DiagnosticCode OutputNotOurs = Error("WK0010", "the output folder was not created by Weekly and is not empty",
        "Output folder '{0}' is not empty and was not created by Weekly; refusing to replace it.",
        "choose another --output or empty the folder (weekly build --force replaces it all the same)");

    /// <summary>The output folder is somewhere Weekly must not write. Args: the folder, where it is.</summary>
    public static readonly DiagnosticCode OutputForbidden = Error("WK0011", "the output folder is a file, the site itself, inside its sources, or a git repository",
        "Output folder '{0}' {1}; refusing to write there.", "choose a folder such as output/");

    /// <summary>Two documents claim one output path. Args: the path.</summary>
    public static readonly DiagnosticCode DuplicateDestination = Error("WK0012", "two files would be written to one path",
        "Two documents would be written to '{0}'.", "give one of them a distinct slug");

    /// <summary>A file of input/static has the output path of a file the build makes. Args: its path in the output, what to do instead.</summary>
    public static readonly DiagnosticCode StaticFileClash = Error("WK0026", "a file in input/static has the path of a file the build writes",
        "input/static/{0} would be written over the '{0}' the build makes.", "rename or remove input/static/{0}: {1}");

    /// <summary>A document's output path leaves the output folder. Args: the path.</summary>
    public static readonly DiagnosticCode UnsafeDestination = Error("WK0013", "a path outside the output folder",
        "Refusing to write outside the output folder: '{0}'.");

    /// <summary>No topic taxonomy.</summary>
    public static readonly DiagnosticCode NoTaxonomy = Warning("WK0014", "no input/topics.yml: stories get no topics",
        "No topic taxonomy: stories get no topics.", "add input/topics.yml (see README)");

    /// <summary>No section names file.</summary>
    public static readonly DiagnosticCode NoSectionNames = Warning("WK0019", "no input/sections.yml: section headings are found by layout only",
        "No section names file: section headings are found by their layout only, and misspelt ones are not caught.", "add input/sections.yml (see README)");

    /// <summary>A site file is named like the output marker. Args: the path.</summary>
    public static readonly DiagnosticCode MarkerName = Error("WK0015", "a site file named .weekly-output, the output folder's marker",
        "'{0}' is the name of the file that marks output/ as Weekly's; a site file cannot use it.", "rename or remove this file (e.g. in input/static/)");

    /// <summary>The output folder cannot be written. Args: the folder, the system's reason.</summary>
    public static readonly DiagnosticCode OutputNotWritable = Error("WK0016", "the output folder cannot be written",
        "Cannot write the output folder '{0}': {1}", "choose a folder you can write, such as output/; the previous output is untouched");

    /// <summary>An input file cannot be read. Args: the system's reason.</summary>
    public static readonly DiagnosticCode Unreadable = Error("WK0017", "an input file cannot be read",
        "Cannot read this file: {0}", "fix its permissions, or remove it if it is a broken symbolic link");

    /// <summary>The command was run outside a site. Args: the folder (full path), what was searched besides (", nor does any folder above it", or nothing).</summary>
    public static readonly DiagnosticCode NotASite = Error("WK0018", "not a site: the folder (and, without --source, every folder above it) has no seeds/, input/ or theme/",
        "'{0}' is not a Weekly site: it holds no seeds/, input/ or theme/ folder{1}.",
        "run weekly in the site's folder, or pass --source DIR");
}
