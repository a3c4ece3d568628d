using Microsoft.Extensions.FileSystemGlobbing;
using Weekly.Caching;
using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.IO;

namespace Weekly.Modules;

/// <summary>
/// Reads the files under a folder of the site root that match glob patterns
/// (Microsoft.Extensions.FileSystemGlobbing syntax, e.g. <c>*.txt</c>, <c>**/*</c>) into documents whose
/// content is the file's bytes, with <see cref="Document.Source"/> = path relative to the site root ('/'
/// separators). Ordered by path, ordinal. A missing folder gives no documents; a file that cannot be read
/// is error WK0017 (and left out). Files are read through the build's <see cref="IBuildCache"/>.
/// </summary>
/// <param name="folder">Folder relative to the site root, e.g. <c>seeds</c>.</param>
/// <param name="cache">Reads the files (<c>weekly preview</c>'s cache reads an unchanged file once).</param>
/// <param name="patterns">Glob patterns relative to <paramref name="folder"/>.</param>
public sealed class ReadFiles(string folder, IBuildCache cache, params string[] patterns) : IModule
{
    /// <summary>
    /// Leaves out files whose name starts with '.' (what editors leave beside the file being edited:
    /// Emacs's <c>.#name.txt</c> lock links, macOS's <c>._name.txt</c>, vim's <c>.name.txt.swp</c>), as Hugo does for content.
    /// </summary>
    public bool SkipHidden { get; init; }

    /// <summary>Glob patterns of files to leave out, relative to the folder (e.g. <c>_redirects</c>: that file at its top).</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>
    /// Reads text files instead: each document's content is the file decoded by <see cref="TextInput"/> (a BOM dropped, LF line
    /// ends; a file it refuses is left out); hidden files are left out (<see cref="SkipHidden"/>).
    /// </summary>
    public static IModule Text(string folder, IBuildCache cache, params string[] patterns) =>
        new TextReader(new ReadFiles(folder, cache, patterns) { SkipHidden = true });

    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var root = context.Get(Keys.RootDirectory);
        var directory = Path.Combine(root, folder);
        if (!Directory.Exists(directory)) return [];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(patterns);
        matcher.AddExcludePatterns(Exclude);
        var paths = matcher.GetResultsInFullPath(directory)
            .Where(full => !SkipHidden || !Path.GetFileName(full).StartsWith('.'))
            .Select(full => folder.TrimEnd('/') + "/" + Path.GetRelativePath(directory, full).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        return Read(paths, cache, context);
    }

    /// <summary>Reads the files at <paramref name="paths"/> (relative to the site root) into documents, in that order; WK0017 for one that cannot be read, WK0023 for
    /// one whose name is not UTF-8.</summary>
    public static IReadOnlyList<Document> Read(IReadOnlyList<string> paths, IBuildCache cache, BuildContext context)
    {
        var root = context.Get(Keys.RootDirectory);
        var documents = ParallelMap.Ordered(paths, relative =>
        {
            // .NET shows a name's invalid UTF-8 bytes as U+FFFD, and no file answers to that name.
            if (relative.Contains('\uFFFD'))
            {
                context.Diagnostics.Report(Codes.FileNameNotUtf8, relative, 0, 0, relative);
                return null;
            }
            try
            {
                return Document.Create(relative, DocumentContent.FromBytes(cache.ReadFile(Path.Combine(root, relative))));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Diagnostics.Report(Codes.Unreadable, relative, 0, 0, e.Message);
                return null;
            }
        });
        return documents.OfType<Document>().ToList();
    }
}

/// <summary>Decodes what <see cref="ReadFiles"/> read as UTF-8 text.</summary>
file sealed class TextReader(ReadFiles files) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) =>
        files.Execute(inputs, context)
            .Select(d => TextInput.Decode(d.Source!, d.Content.ToBytes(context.Diagnostics), context.Diagnostics) is { } text ? d.WithContent(DocumentContent.FromText(text)) : null)
            .OfType<Document>()
            .ToList();
}
