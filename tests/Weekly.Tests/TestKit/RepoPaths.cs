namespace Weekly.Tests.TestKit;

/// <summary>Finds folders of the repository (the one holding Weekly.slnx) from the test binaries.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "theme");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Weekly.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("Weekly.slnx not found above " + AppContext.BaseDirectory);
    }
}
