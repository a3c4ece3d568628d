using Weekly.Core;
using Weekly.Diagnostics;

namespace Weekly.Settings;

/// <summary>
/// Where a command's site is: the folder holding <c>seeds/</c>, <c>input/</c> or <c>theme/</c>. Without <c>--source</c>
/// the current folder and then each folder above it are tried, as git finds its repository, so <c>weekly check</c>
/// works from <c>seeds/</c> too; a <c>--source</c> folder must itself be the site. Anywhere else is WK0018, one error that
/// names the folder, instead of a missing theme, taxonomy and seeds reported one by one.
/// </summary>
public static class SiteRoot
{
    /// <summary>The folders of which a site root holds at least one.</summary>
    public static readonly IReadOnlyList<string> Folders = ["seeds", "input", "theme"];

    /// <summary>The site root (full path), or null with WK0018 in <paramref name="diagnostics"/>.</summary>
    /// <param name="source">The <c>--source</c> folder, or null to search from <paramref name="currentDirectory"/> upward.</param>
    /// <param name="currentDirectory">The folder the command runs in.</param>
    /// <param name="diagnostics">Receives WK0018 when no site is found, WK0025 when the <c>--source</c> folder does not exist.</param>
    public static string? Find(string? source, string currentDirectory, DiagnosticBag diagnostics)
    {
        if (source is not null)
        {
            var root = Path.GetFullPath(source, currentDirectory);
            if (IsSite(root)) return root;
            if (!Directory.Exists(root))
            {
                diagnostics.Report(Codes.SourceMissing, null, 0, 0, root);
                return null;
            }
            diagnostics.Report(Codes.NotASite, null, 0, 0, root, "");
            return null;
        }
        var start = Path.GetFullPath(currentDirectory);
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (IsSite(dir.FullName)) return dir.FullName;
        }
        diagnostics.Report(Codes.NotASite, null, 0, 0, start, ", nor does any folder above it");
        return null;
    }

    /// <summary>True when <paramref name="folder"/> holds <c>seeds/</c>, <c>input/</c> or <c>theme/</c>.</summary>
    public static bool IsSite(string folder) => Folders.Any(f => Directory.Exists(Path.Combine(folder, f)));
}
