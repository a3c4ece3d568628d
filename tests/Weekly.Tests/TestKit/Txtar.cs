namespace Weekly.Tests.TestKit;

/// <summary>
/// Reads txtar archives (Go's format: a comment, then files each introduced by a line
/// <c>-- path --</c>), so that a whole small site can be written in one string in a test.
/// </summary>
public static class Txtar
{
    public static IReadOnlyList<(string Path, string Content)> Parse(string archive)
    {
        var files = new List<(string, string)>();
        string? path = null;
        var body = new System.Text.StringBuilder();
        foreach (var line in archive.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (path is not null) files.Add((path, body.ToString()));
                path = line[3..^3].Trim();
                body.Clear();
            }
            else if (path is not null)
            {
                body.Append(line).Append('\n');
            }
        }
        if (path is not null) files.Add((path, body.ToString()));
        return files;
    }
}
