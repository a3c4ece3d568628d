using Microsoft.Extensions.FileSystemGlobbing;
using Weekly.Core;
using Weekly.Diagnostics;

namespace Weekly.Modules;

/// <summary>
/// Reads the files under a folder of the site root that match glob patterns
/// (Microsoft.Extensions.FileSystemGlobbing syntax, e.g. <c>*.txt</c>, <c>**/*</c>) into documents
/// carrying <see cref="Keys.Bytes"/>, with <see cref="Document.Source"/> = path relative to the site
/// root ('/' separators). Ordered by path, ordinal. A missing folder gives no documents; a file that
/// cannot be read is error WK0017 (and left out). With a build
/// cache (<see cref="Keys.Cache"/>, <c>weekly preview</c>) a file whose length and last-write time are
/// unchanged is not read again.
/// </summary>
/// <param name="folder">Folder relative to the site root, e.g. <c>seeds</c>.</param>
/// <param name="patterns">Glob patterns relative to <paramref name="folder"/>.</param>
public sealed class ReadFiles(string folder, params string[] patterns) : IModule
{
    /// <summary>
    /// Leaves out files whose name starts with '.' (what editors leave beside the file being edited:
    /// Emacs's <c>.#name.txt</c> lock links, macOS's <c>._name.txt</c>, vim's <c>.name.txt.swp</c>), as Hugo does for content.
    /// </summary>
    public bool SkipHidden { get; init; }

    /// <summary>
    /// Reads text files instead: each document's <see cref="Document.Content"/> is the file decoded as
    /// UTF-8 (a BOM is dropped, CRLF becomes LF) and no bytes are kept; hidden files are left out (<see cref="SkipHidden"/>).
    /// </summary>
    public static IModule Text(string folder, params string[] patterns) => new TextReader(new ReadFiles(folder, patterns) { SkipHidden = true });

    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var root = context.Get(Keys.RootDirectory);
        var directory = Path.Combine(root, folder);
        if (!Directory.Exists(directory)) return [];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(patterns);
        var paths = matcher.GetResultsInFullPath(directory)
            .Where(full => !SkipHidden || !Path.GetFileName(full).StartsWith('.'))
            .Select(full => folder.TrimEnd('/') + "/" + Path.GetRelativePath(directory, full).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var cache = context.GetOrDefault(Keys.Cache, null!);
        var documents = ParallelMap.Ordered(paths, relative =>
        {
            try
            {
                return Document.Create(relative).With(Keys.Bytes, Read(Path.Combine(root, relative), cache));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Diagnostics.Report(Codes.Unreadable, relative, 0, 0, e.Message);
                return null;
            }
        });
        return documents.OfType<Document>().ToList();
    }

    /// <summary>Reads a file, or takes its bytes from the build cache when its length and last-write time are unchanged.</summary>
    private static byte[] Read(string path, Caching.BuildCache? cache)
    {
        if (cache is null) return File.ReadAllBytes(path);
        var info = new FileInfo(path);
        return cache.ReadFile(path, info.Length, info.LastWriteTimeUtc);
    }
}

/// <summary>Decodes what <see cref="ReadFiles"/> read as UTF-8 text.</summary>
file sealed class TextReader(ReadFiles files) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) =>
        files.Execute(inputs, context)
            .Select(d => Document.Create(d.Source, System.Text.Encoding.UTF8.GetString(d.Get(Keys.Bytes)).TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal)))
            .ToList();
}
