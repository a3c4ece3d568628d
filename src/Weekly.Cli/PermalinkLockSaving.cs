using Weekly.Cli.Reporting;
using Weekly.Diagnostics;
using Weekly.Publishing;

namespace Weekly.Cli;

/// <summary>
/// How <c>build</c> and <c>check</c> treat <c>permalinks.lock</c>: an editor's run updates it, like a package lock; a CI
/// run (the <c>CI</c> environment variable set to anything but <c>false</c>/<c>0</c>, as GitHub Actions and most CI do, or
/// <c>NETLIFY=true</c>) cannot commit, so it only warns (WK0416); <c>--locked</c> fails instead (WK0417).
/// </summary>
internal static class PermalinkLockSaving
{
    /// <summary>The mode for these switches and this environment.</summary>
    public static PermalinkLockMode Mode(bool locked, Func<string, string?>? environment = null)
    {
        if (locked) return PermalinkLockMode.Locked;
        environment ??= Environment.GetEnvironmentVariable;
        var ci = environment("CI");
        var isCi = !string.IsNullOrWhiteSpace(ci) && !ci.Trim().Equals("false", StringComparison.OrdinalIgnoreCase) && ci.Trim() != "0";
        return isCi || string.Equals(environment("NETLIFY"), "true", StringComparison.OrdinalIgnoreCase) ? PermalinkLockMode.ReadOnly : PermalinkLockMode.Update;
    }

    /// <summary>Saves the lock of a successful build when it changed and the mode allows; says so on <paramref name="stdout"/>.</summary>
    /// <returns>False when the file could not be written (reported as WK0418 on <paramref name="stderr"/>).</returns>
    public static bool SaveIfChanged(string root, BuildResult result, PermalinkLockMode mode, TextWriter stdout, TextWriter stderr)
    {
        if (mode != PermalinkLockMode.Update || !result.Succeeded || !result.LockChanged || result.Lock is null) return true;
        try
        {
            PermalinkLockFile.Save(root, result.Lock);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report.Diagnostics([Codes.LockNotWritable.At(PermalinkLockFile.FileName, 0, 0, e.Message)], stderr);
            return false;
        }
        stdout.WriteLine($"Updated {PermalinkLockFile.FileName}: commit it with the seeds, so published URLs keep working.");
        return true;
    }
}
