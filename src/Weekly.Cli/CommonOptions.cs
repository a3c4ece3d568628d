using System.CommandLine;

namespace Weekly.Cli;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    /// <summary><c>--source</c>: the site root holding seeds/, input/ and theme/ (default: the current folder).</summary>
    public static Option<string> Source() => new("--source", "-s")
    {
        Description = "Site root holding seeds/, input/ and theme/",
        DefaultValueFactory = _ => ".",
    };

    /// <summary><c>--base-url</c>: overrides base_url from input/site.yml.</summary>
    public static Option<string?> BaseUrl() => new("--base-url")
    {
        Description = "Absolute base URL of the site (default: base_url in input/site.yml)",
    };

    /// <summary><c>--drafts</c>: include draft issues.</summary>
    public static Option<bool> Drafts() => new("--drafts")
    {
        Description = "Include issues whose front matter says draft: true",
    };

    /// <summary><c>--verbose</c>: per-pipeline timings.</summary>
    public static Option<bool> Verbose() => new("--verbose", "-v")
    {
        Description = "Print per-pipeline timings",
    };
}
