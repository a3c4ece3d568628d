using Weekly.Caching;
using Weekly.Core;

namespace Weekly.Modules;

/// <summary>
/// Copies files as they are: reads a folder of the site root (glob <c>**/*</c>, dot-files such as
/// <c>_redirects</c> and <c>.well-known/</c> included) and sets each document's destination to
/// <paramref name="destinationPrefix"/> + its path inside the folder. Nothing is transformed.
/// </summary>
/// <param name="folder">Folder relative to the site root, e.g. <c>input/static</c>.</param>
/// <param name="destinationPrefix">Output folder prefix, e.g. <c>assets/</c>, or empty for the output root.</param>
/// <param name="cache">Reads the files.</param>
public sealed class CopyFiles(string folder, string destinationPrefix, IBuildCache cache) : IModule
{
    /// <summary>Glob patterns of files to leave out, relative to the folder (see <see cref="ReadFiles.Exclude"/>).</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) =>
        new ReadFiles(folder, cache, "**/*") { Exclude = Exclude }.Execute(inputs, context)
            .Select(d => d.WithDestination(destinationPrefix + d.Source![(folder.TrimEnd('/').Length + 1)..]))
            .ToList();
}
