namespace Weekly.Diagnostics;

/// <summary>WK04xx slugs and paths, WK05xx regions, WK06xx the editors' data files: the topic taxonomy (060x–062x), the section names (063x).</summary>
public static partial class Codes
{
    /// <summary>A slug is already taken; a suffix is added. Args: what (Issue, Story, Page), the slug wanted, the slug given.</summary>
    public static readonly DiagnosticCode SlugTaken = Warning("WK0401", "two issues, stories of one issue, or pages want the same slug",
        "{0} slug '{1}' is already taken; this one gets '{2}'.", "pin a distinct slug: with slug: in front matter (a story's in its stories: override)");

    /// <summary>A pinned slug is not safe and was changed. Args: the pinned slug (cut), the slug used.</summary>
    public static readonly DiagnosticCode UnsafeSlug = Warning("WK0402", "a pinned slug is not a safe URL slug",
        "Pinned slug '{0}' is not a safe URL slug; '{1}' is used instead.",
        "slugs are lowercase ASCII letters, digits and hyphens, at most 80 characters, and not a Windows device name such as con or nul");

    /// <summary>Markdown nested deeper than Markdig allows. Args: read or render, Markdig's reason.</summary>
    public static readonly DiagnosticCode MarkdownTooDeep = Error("WK0403", "Markdown nested too deeply",
        "Markdown is nested too deeply to {0}: {1}", "remove the long run of '>', '[' or list indents");

    /// <summary>A story override names an unknown region. Args: the path.</summary>
    public static readonly DiagnosticCode UnknownRegion = Warning("WK0501", "an override names an unknown region",
        "Unknown region '{0}' in the story override.", "use a slug path from the region tree, e.g. fujian/fuzhou or beijing/dongcheng");

    /// <summary><c>input/topics.yml</c> is not valid YAML. Args: YamlDotNet's reason.</summary>
    public static readonly DiagnosticCode TaxonomySyntax = Error("WK0600", "input/topics.yml is not valid YAML",
        "Not valid YAML: {0}", "fix the YAML at this line");

    /// <summary>The taxonomy or a topic has the wrong shape. Args: what, what it must be.</summary>
    public static readonly DiagnosticCode TaxonomyShape = Error("WK0601", "the taxonomy is not a list of topic mappings",
        "{0} must be {1}.", "start each topic with '- slug: ...' and give it name: and keywords:");

    /// <summary>A topic slug is missing or malformed. Args: the slug, quoted, or (none).</summary>
    public static readonly DiagnosticCode TopicSlug = Error("WK0602", "a topic slug is missing or not lowercase ASCII with hyphens",
        "Topic slug {0} is missing or not lowercase ASCII with hyphens.", "e.g. slug: supply-chain");

    /// <summary>Two topics share a slug. Args: the slug, the first one's line.</summary>
    public static readonly DiagnosticCode DuplicateTopic = Error("WK0603", "two topics with one slug",
        "Duplicate topic slug '{0}'.", "first defined on line {1}");

    /// <summary>A topic has no name. Args: its slug.</summary>
    public static readonly DiagnosticCode TopicName = Error("WK0604", "a topic has no name",
        "Topic '{0}' has no name.", "add name: Display Name");

    /// <summary>A topic's keywords or sections are missing or malformed. Args: its slug, what is wrong.</summary>
    public static readonly DiagnosticCode TopicKeywords = Error("WK0605", "a topic's keywords are missing or not a list of phrases",
        "Topic '{0}': {1}.", "write keywords: [phrase, ...] so stories can be tagged with it");

    /// <summary>An unknown key in a topic (ignored). Args: the key.</summary>
    public static readonly DiagnosticCode UnknownTopicKey = Warning("WK0606", "an unknown key in a topic (ignored)",
        "Unknown key '{0}' in a topic (ignored).", "known keys: slug, name, description, keywords, sections");

    /// <summary>A story override names an unknown topic. Args: the slug, the known slugs.</summary>
    public static readonly DiagnosticCode UnknownTopic = Warning("WK0620", "an override names an unknown topic",
        "Unknown topic '{0}' in the story override.", "known topics: {1}");

    /// <summary><c>input/sections.yml</c> is not valid YAML. Args: YamlDotNet's reason.</summary>
    public static readonly DiagnosticCode SectionNamesSyntax = Error("WK0630", "input/sections.yml is not valid YAML",
        "Not valid YAML: {0}", "fix the YAML at this line");

    /// <summary>The section names file or an entry has the wrong shape (the entry is left out). Args: what, what it must be.</summary>
    public static readonly DiagnosticCode SectionNamesShape = Error("WK0631", "the section names are not a list of name entries",
        "{0} must be {1}.", "write each section as '- name: Government Updates', adding 'variants: [other spellings]' when it has some");

    /// <summary>A name or variant listed twice (ignored). Args: the name, the line of the first.</summary>
    public static readonly DiagnosticCode DuplicateSectionName = Warning("WK0632", "a section name or variant listed twice (ignored)",
        "Section name '{0}' is already listed on line {1} (names are compared ignoring case, extra spaces and plurals); ignored.", "remove one of them");

    /// <summary>An unknown key in a section entry (ignored). Args: the key.</summary>
    public static readonly DiagnosticCode UnknownSectionKey = Warning("WK0633", "an unknown key in a section name entry (ignored)",
        "Unknown key '{0}' in a section name entry (ignored).", "known keys: name, variants");
}
