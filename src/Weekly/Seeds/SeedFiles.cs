namespace Weekly.Seeds;

/// <summary>
/// Which files under <c>seeds/</c> are seeds: every <c>.txt</c> file (the extension in any case: <c>Big.TXT</c>), in the
/// folder or any subfolder (editors file years in folders, <c>seeds/2020/</c>; Hugo reads content recursively). Files and
/// folders whose name starts with <c>.</c> are skipped on purpose (what editors and systems leave: <c>.#x.txt</c>,
/// <c>._x.txt</c>, <c>.DS_Store</c>, <c>.git/</c>), and so are symbolic links to folders (a link back up would never end).
/// Any other file is listed in <see cref="SeedListing.NotRead"/>, for a warning. Paths are relative to the site root, with
/// <c>/</c>, in ordinal order. An issue's slug comes from its file name alone, so moving a seed into a subfolder keeps its
/// URL; the permalink lock takes the move for a rename (docs/permalinks.md).
/// </summary>
public static class SeedFiles
{
    /// <summary>The seeds' folder, relative to the site root.</summary>
    public const string Folder = "seeds";

    /// <summary>True for a seed's name: it ends in <c>.txt</c>, in any case, and does not start with <c>.</c>.</summary>
    public static bool IsSeedName(string fileName) =>
        !fileName.StartsWith('.') && fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>Lists the seeds and the other files under <c>seeds/</c> of <paramref name="rootDirectory"/>; nothing when there is no such folder.</summary>
    public static SeedListing List(string rootDirectory)
    {
        var seeds = new List<string>();
        var others = new List<string>();
        var folder = Path.Combine(rootDirectory, Folder);
        if (Directory.Exists(folder)) Walk(folder, Folder, seeds, others);
        seeds.Sort(StringComparer.Ordinal);
        others.Sort(StringComparer.Ordinal);
        return new SeedListing(seeds, others);
    }

    private static void Walk(string directory, string relative, List<string> seeds, List<string> others)
    {
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0 };
        foreach (var file in Directory.EnumerateFiles(directory, "*", options))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith('.')) continue;
            (IsSeedName(name) ? seeds : others).Add(relative + "/" + name);
        }

        foreach (var sub in Directory.EnumerateDirectories(directory, "*", options))
        {
            var name = Path.GetFileName(sub);
            if (name.StartsWith('.') || new DirectoryInfo(sub).LinkTarget is not null) continue;
            Walk(sub, relative + "/" + name, seeds, others);
        }
    }
}

/// <summary>The files under <c>seeds/</c>: the seeds, and the other files that are not read (both relative to the site root).</summary>
public sealed record SeedListing(IReadOnlyList<string> Seeds, IReadOnlyList<string> NotRead);
