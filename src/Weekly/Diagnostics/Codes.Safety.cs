using Weekly.Core;

namespace Weekly.Diagnostics;

/// <summary>Codes for text no page may hold, as it is read (seeds, Markdown pages).</summary>
public static partial class Codes
{
    /// <summary>A line held control characters, noncharacters or unpaired surrogates; cleaned. Args: what was found and done.</summary>
    public static readonly DiagnosticCode UnsafeCharacter = Warning("WK0209", "a line held characters no page may show (control characters, noncharacters); they were removed",
        "this line held characters no page may show: {0}",
        "a vertical tab is Word's manual line break; other controls and noncharacters come from copy-paste out of terminals or broken converters: check the text around them");
}
