using Weekly.Caching;
using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Seeds;

namespace Weekly.Modules;

/// <summary>
/// Reads every seed (<see cref="SeedFiles"/>: <c>.txt</c> in any case, in <c>seeds/</c> and its subfolders, hidden files
/// skipped) into a document holding its bytes, ordered by path; warns (WK0121) at each other file there, which is not read.
/// </summary>
/// <param name="cache">Reads the files (<c>weekly preview</c>'s cache reads an unchanged file once).</param>
public sealed class ReadSeeds(IBuildCache cache) : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var listing = SeedFiles.List(context.Get(Keys.RootDirectory));
        foreach (var other in listing.NotRead) context.Diagnostics.Report(Codes.NotASeed, other, 0, 0);
        return ReadFiles.Read(listing.Seeds, cache, context);
    }
}
