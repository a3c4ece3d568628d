namespace Weekly.Tests.TestKit;

/// <summary>Files of the repository the tests run from (found by walking up to <c>Weekly.slnx</c>).</summary>
public static class RepoFiles
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Weekly.slnx")))
                return dir.FullName;
        }

        throw new InvalidOperationException("Weekly.slnx not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The default topic taxonomy, <c>input/topics.yml</c>.</summary>
    public static string TopicsYml => Path.Combine(Root, "input", "topics.yml");
}
