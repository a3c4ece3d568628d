using System.Globalization;
using System.Text;
using Weekly.Core;

namespace Weekly.Cli;

/// <summary>
/// <c>weekly check --format github</c>: each diagnostic as a GitHub Actions workflow command, which the pull request shows on
/// the seed's line: <c>::error file=seeds/x.txt,line=8,col=1,title=WK0103::message (hint)</c> (<c>::warning</c> for warnings).
/// <c>line</c> and <c>col</c> are left out when unknown, <c>file</c> when no file applies. Escaping follows GitHub's
/// toolkit (actions/toolkit, packages/core/src/command.ts: <c>escapeData</c>, <c>escapeProperty</c>).
/// </summary>
internal static class GitHubAnnotations
{
    /// <summary>Writes one workflow command per diagnostic, in the order given.</summary>
    /// <param name="diagnostics">Diagnostics whose files are relative to the site root.</param>
    /// <param name="writer">Receives one line per diagnostic.</param>
    /// <param name="siteRoot">The site root (full path), or null: files are then written as given. GitHub places an annotation by
    /// its path from the repository's root, so a site in a subfolder of its repository gets that subfolder in front.</param>
    public static void Write(IEnumerable<Diagnostic> diagnostics, TextWriter writer, string? siteRoot = null)
    {
        var prefix = siteRoot is null ? "" : RepositoryPrefix(siteRoot);
        foreach (var d in diagnostics) writer.WriteLine(Format(d.File is null || prefix.Length == 0 ? d : d with { File = prefix + d.File }));
    }

    /// <summary>
    /// The site root's path from the nearest enclosing git repository's root, with '/' separators and a trailing '/'
    /// (<c>"site/"</c>), or "" when the site root is the repository's root or is in no repository (a folder or file
    /// named <c>.git</c> marks a root, as git's own search does, worktrees included).
    /// </summary>
    public static string RepositoryPrefix(string siteRoot)
    {
        var full = Path.GetFullPath(siteRoot);
        for (var dir = new DirectoryInfo(full); dir is not null; dir = dir.Parent)
        {
            var marker = Path.Combine(dir.FullName, ".git");
            if (!Directory.Exists(marker) && !File.Exists(marker)) continue;
            var relative = Path.GetRelativePath(dir.FullName, full).Replace('\\', '/');
            return relative == "." ? "" : relative.TrimEnd('/') + "/";
        }
        return "";
    }

    /// <summary>One diagnostic as a workflow command line (no line end).</summary>
    public static string Format(Diagnostic d)
    {
        var properties = new List<string>();
        if (d.File is not null) properties.Add("file=" + EscapeProperty(d.File));
        if (d.File is not null && d.Line > 0) properties.Add(string.Create(CultureInfo.InvariantCulture, $"line={d.Line}"));
        if (d.File is not null && d.Column > 0) properties.Add(string.Create(CultureInfo.InvariantCulture, $"col={d.Column}"));
        properties.Add("title=" + EscapeProperty(d.Code));
        var message = d.Hint is null ? d.Message : $"{d.Message} ({d.Hint})";
        return $"::{(d.Severity == Severity.Error ? "error" : "warning")} {string.Join(',', properties)}::{EscapeData(message)}";
    }

    /// <summary>A command's message: <c>%</c>, CR and LF percent-encoded, other control characters written as <c>\u001B</c>.</summary>
    public static string EscapeData(string s) => new StringBuilder(Diagnostic.EscapeControls(s, keepLineBreaks: true)).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    /// <summary>A property value: as <see cref="EscapeData"/>, and <c>:</c> and <c>,</c>, which end a value.</summary>
    public static string EscapeProperty(string s) => new StringBuilder(EscapeData(s)).Replace(":", "%3A").Replace(",", "%2C").ToString();
}
