using System.CommandLine;
using Weekly.Cli.Reporting;
using Weekly.Core;

namespace Weekly.Cli;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    /// <summary><c>--source</c>: the site root holding seeds/, input/ and theme/ (null when not given: see <see cref="SiteRoot"/>).</summary>
    /// <remarks>A folder that does not exist is error WK0025 (exit code 1, <see cref="SiteRoot"/>) before anything is read or written: a typo must not create an empty site folder for the output.</remarks>
    public static Option<string?> Source()
    {
        var option = new Option<string?>("--source", "-s")
        {
            Description = "Site root holding seeds/, input/ and theme/ (default: the current folder, or the nearest folder above it that is a site)",
        };
        return option;
    }

    /// <summary>
    /// The site root for <paramref name="source"/> (<c>--source</c>, or null to search from the current folder upward:
    /// <see cref="Settings.SiteRoot"/>), or null after printing WK0018 on <paramref name="stderr"/>: one line, then the command stops.
    /// </summary>
    public static string? SiteRoot(string? source, TextWriter stderr)
    {
        var diagnostics = new DiagnosticBag();
        var root = Settings.SiteRoot.Find(source, Environment.CurrentDirectory, diagnostics);
        Report.Diagnostics(diagnostics.Sorted(), stderr);
        return root;
    }

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

    /// <summary><c>--future</c>: include scheduled issues.</summary>
    public static Option<bool> Future() => new("--future")
    {
        Description = "Include issues scheduled after now (their date is in the future, in the site's time zone)",
    };

    /// <summary><c>--locked</c>: fail instead of updating permalinks.lock.</summary>
    public static Option<bool> Locked() => new("--locked")
    {
        Description = "Fail if permalinks.lock does not record what the build publishes, instead of updating it",
    };

    /// <summary><c>--verbose</c>: per-pipeline timings.</summary>
    public static Option<bool> Verbose() => new("--verbose", "-v")
    {
        Description = "Print per-pipeline timings",
    };
}
