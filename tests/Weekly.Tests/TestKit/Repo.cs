namespace Weekly.Tests.TestKit;

/// <summary>Paths in the repository the tests run from.</summary>
public static class Repo
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Weekly.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("Weekly.slnx not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root (holds Weekly.slnx, seeds/, input/, theme/).</summary>
    public static string Root => RootPath.Value;

    /// <summary>A path below the repository root.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>A test data file copied next to the test assembly (tests/Weekly.Tests/Data/...).</summary>
    public static string DataPath(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Data", .. parts]);
}
