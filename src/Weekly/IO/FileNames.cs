namespace Weekly.IO;

/// <summary>Rules for names of files the build writes, the same on every operating system the site may be built on.</summary>
public static class FileNames
{
    /// <summary>
    /// True for the Windows device names CON, PRN, AUX, NUL, COM1–COM9 and LPT1–LPT9, in any case: Windows cannot
    /// create a file or folder so named, with or without an extension (Microsoft's "Naming Files, Paths, and
    /// Namespaces"). Checked on the part before the first dot.
    /// </summary>
    /// <param name="name">A file or folder name, e.g. <c>con</c>, <c>nul.json</c>, <c>com1</c>.</param>
    public static bool IsWindowsDeviceName(ReadOnlySpan<char> name)
    {
        var dot = name.IndexOf('.');
        var stem = dot < 0 ? name : name[..dot];
        if (stem.Length == 3)
        {
            return stem.Equals("con", StringComparison.OrdinalIgnoreCase) || stem.Equals("prn", StringComparison.OrdinalIgnoreCase)
                || stem.Equals("aux", StringComparison.OrdinalIgnoreCase) || stem.Equals("nul", StringComparison.OrdinalIgnoreCase);
        }
        return stem.Length == 4 && stem[3] is >= '1' and <= '9'
            && (stem[..3].Equals("com", StringComparison.OrdinalIgnoreCase) || stem[..3].Equals("lpt", StringComparison.OrdinalIgnoreCase));
    }
}
