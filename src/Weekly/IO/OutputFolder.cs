using Weekly.Core;
using Weekly.Diagnostics;

namespace Weekly.IO;

/// <summary>
/// Writes a built site so that <c>output/</c> is only ever replaced whole: files go to a staging
/// folder beside it (<c>.output.staging-*</c>), which is swapped in by renames once complete. A build
/// killed halfway leaves the previous output untouched. A folder Weekly did not create (no
/// <see cref="MarkerFileName"/> file) and that is not empty is never cleaned without <c>--force</c>.
/// Nothing outside the output folder and its own staging/old siblings is ever deleted.
/// </summary>
public static class OutputFolder
{
    /// <summary>Name of the marker file Weekly writes at the root of every output folder it creates.</summary>
    public const string MarkerFileName = ".weekly-output";

    /// <summary>
    /// Reports (WK0010) an output folder that must not be replaced: not empty and without our marker
    /// (unless <paramref name="force"/>), or one that is or contains the site root, or holds <c>.git</c> (even with force).
    /// </summary>
    public static void Check(string outputDirectory, string rootDirectory, bool force, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var root = Path.GetFullPath(rootDirectory).TrimEnd(Path.DirectorySeparatorChar);
        if (root == output || root.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || Path.GetPathRoot(output) == output + Path.DirectorySeparatorChar || output == Path.GetPathRoot(output))
        {
            diagnostics.Report(Codes.OutputForbidden, null, 0, 0, outputDirectory, "contains the site itself");
            return;
        }
        foreach (var source in new[] { "seeds", "input", "theme", "src", "tests" })
        {
            var folder = Path.Combine(root, source);
            if (output == folder || output.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                diagnostics.Report(Codes.OutputForbidden, null, 0, 0, outputDirectory, $"is inside the site's {source}/ folder");
                return;
            }
        }
        if (File.Exists(output))
        {
            diagnostics.Report(Codes.OutputForbidden, null, 0, 0, outputDirectory, "is a file");
            return;
        }
        if (Directory.Exists(output) && Path.Exists(Path.Combine(output, ".git")))
        {
            // Not even with --force: replacing it would delete a repository (or a worktree's link to one).
            diagnostics.Report(Codes.OutputForbidden, null, 0, 0, outputDirectory, "is a git repository (it holds .git)");
            return;
        }
        if (force || !Directory.Exists(output) || File.Exists(Path.Combine(output, MarkerFileName)))
        {
            return;
        }
        if (Directory.EnumerateFileSystemEntries(output).Any())
        {
            diagnostics.Report(Codes.OutputNotOurs, null, 0, 0, outputDirectory);
        }
    }

    /// <summary>
    /// Starts writing a build to a staging folder beside <paramref name="outputDirectory"/> (after putting
    /// back or removing what a killed build left there). Call <see cref="Check"/> first; then write the
    /// files, and <see cref="StagingFolder.Commit"/> on success or dispose to discard.
    /// </summary>
    /// <exception cref="ArgumentException">The output folder has no parent (a file system root).</exception>
    public static StagingFolder BeginStaging(string outputDirectory)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new ArgumentException("Output folder has no parent.", nameof(outputDirectory));
        var name = Path.GetFileName(output);
        Directory.CreateDirectory(parent);
        RemoveLeftovers(parent, name);
        var suffix = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new StagingFolder(output, Path.Combine(parent, $".{name}.staging-{suffix}"));
    }

    /// <summary>
    /// Writes <paramref name="files"/> to a staging folder, then swaps it in as <paramref name="outputDirectory"/>.
    /// Call <see cref="Check"/> first.
    /// </summary>
    /// <returns>The number of files written (the marker not counted).</returns>
    /// <exception cref="ArgumentException">A destination is unsafe or appears twice (a bug: modules must prevent it); nothing is changed.</exception>
    public static int Write(string outputDirectory, IReadOnlyList<OutputFile> files)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            if (!OutputPath.IsSafe(file.Destination)) throw new ArgumentException($"Unsafe output path '{file.Destination}'.", nameof(files));
            if (!seen.Add(file.Destination)) throw new ArgumentException($"Two files would be written to '{file.Destination}'.", nameof(files));
        }
        using var staging = BeginStaging(outputDirectory);
        Parallel.ForEach(files, file => staging.Write(file.Destination, file.Bytes));
        return staging.Commit();
    }

    /// <summary>
    /// <c>weekly clean</c>: deletes the output folder when it is ours (holds <see cref="MarkerFileName"/>) and the staging and
    /// old folders a killed build left beside it (<see cref="RemoveLeftovers"/>); nothing else. Call <see cref="Check"/> first
    /// (without force): it refuses a folder that is not ours and not empty. An empty folder that is not ours is left.
    /// </summary>
    /// <returns>Whether the output folder was deleted, and how many leftovers were.</returns>
    public static (bool Output, int Leftovers) Clean(string outputDirectory)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output);
        if (parent is null || !Directory.Exists(parent)) return (false, 0);
        var name = Path.GetFileName(output);
        int Count() => Directory.GetDirectories(parent, $".{name}.*").Length;
        var before = Count();
        var hadOutput = Directory.Exists(output);
        RemoveLeftovers(parent, name); // may first put a killed build's previous site back as the output folder
        var leftovers = before - Count() - (!hadOutput && Directory.Exists(output) ? 1 : 0);
        if (!File.Exists(Path.Combine(output, MarkerFileName))) return (false, leftovers);
        DeleteOurs(output);
        return (true, leftovers);
    }

    /// <summary>
    /// Puts the previous output back when a build was killed between moving it aside and moving the new
    /// one in (the output folder is missing and an <c>.&lt;name&gt;.old-*</c> folder of ours is beside it).
    /// Safe to call at any time; does nothing otherwise.
    /// </summary>
    public static void Recover(string outputDirectory)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output);
        if (parent is null || Directory.Exists(output) || !Directory.Exists(parent)) return;
        var name = Path.GetFileName(output);
        var old = Directory.EnumerateDirectories(parent, $".{name}.old-*")
            .Where(d => File.Exists(Path.Combine(d, MarkerFileName)))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        if (old is not null) Directory.Move(old, output);
    }

    /// <summary>
    /// Deletes staging or old folders a killed build left beside the output, after <see cref="Recover"/>: those
    /// holding the marker (ours), and empty ones named <c>.&lt;name&gt;.staging-&lt;pid&gt;</c> or
    /// <c>.&lt;name&gt;.old-&lt;pid&gt;</c>, which a build killed between creating a staging folder and writing its
    /// marker, or between deleting a folder's marker and the folder, leaves (removing an empty folder loses nothing).
    /// Folders named after a process that is still running (another build of the same site) are left alone.
    /// </summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        Recover(Path.Combine(parent, name));
        foreach (var dir in Directory.GetDirectories(parent, $".{name}.*"))
        {
            var leaf = Path.GetFileName(dir);
            var suffix = leaf.StartsWith($".{name}.staging-", StringComparison.Ordinal) ? leaf[$".{name}.staging-".Length..]
                : leaf.StartsWith($".{name}.old-", StringComparison.Ordinal) ? leaf[$".{name}.old-".Length..]
                : null;
            if (suffix is null || IsAnotherRunningProcess(suffix)) continue;
            if (File.Exists(Path.Combine(dir, MarkerFileName)))
            {
                DeleteOurs(dir);
            }
            else if (suffix.Length > 0 && suffix.All(char.IsAsciiDigit) && IsRealDirectory(dir) && !Directory.EnumerateFileSystemEntries(dir).Any())
            {
                try
                {
                    Directory.Delete(dir); // fails, deleting nothing, if something appeared in it meanwhile
                }
                catch (IOException)
                {
                }
            }
        }
    }

    /// <summary>
    /// Deletes a folder of ours (staging, old or output): the entries two levels down in parallel, then
    /// the first level, and the marker last, so a deletion cut short still leaves a folder that the next
    /// build recognises as ours and removes (<see cref="BeginStaging"/>). Symbolic links are removed, never followed,
    /// including <paramref name="folder"/> itself (an output folder that was a link to another folder: the link goes).
    /// </summary>
    internal static void DeleteOurs(string folder)
    {
        if (!Directory.Exists(folder)) return;
        if (!IsRealDirectory(folder))
        {
            File.Delete(folder);
            return;
        }
        var marker = Path.Combine(folder, MarkerFileName);
        var firstLevel = Directory.GetFileSystemEntries(folder).Where(e => e != marker).ToList();
        var folders = firstLevel.Where(IsRealDirectory).ToList();
        var entries = firstLevel.Except(folders).Concat(folders.SelectMany(Directory.GetFileSystemEntries)).ToList();
        Parallel.ForEach(entries, DeleteEntry);
        foreach (var dir in folders) Directory.Delete(dir);
        File.Delete(marker);
        Directory.Delete(folder);
    }

    /// <summary>
    /// True when <paramref name="pid"/> (a leftover's suffix) is the id of a running process other than this one:
    /// the folder may then be the staging folder of a build running at the same time, which must not be deleted
    /// under it (it would commit a half-deleted site). A process that reuses a dead build's id only delays the cleanup.
    /// </summary>
    private static bool IsAnotherRunningProcess(string pid)
    {
        if (!int.TryParse(pid, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            || id == Environment.ProcessId)
        {
            return false;
        }
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false; // no such process
        }
    }

    private static bool IsRealDirectory(string path) => Directory.Exists(path) && new FileInfo(path).LinkTarget is null;

    private static void DeleteEntry(string path)
    {
        if (IsRealDirectory(path)) Directory.Delete(path, recursive: true); // removes links inside without following them
        else File.Delete(path);
    }
}
