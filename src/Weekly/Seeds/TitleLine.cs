using System.Text.RegularExpressions;

namespace Weekly.Seeds;

/// <summary>
/// The newsletter's name on a seed's title line. Besides 丨, <c>|</c> and <c>｜</c> (which always separate, see
/// <see cref="SeedStructure"/>), issues write <c>Name: title</c>, <c>Name - title</c>, <c>Name — title</c> and
/// <c>【Name】title</c>; those split only when the part before names the newsletter (it holds "weekly" and "blockchain"
/// in any case, as every name the newsletter has used does: <c>Industry Blockchain Weekly</c>, <c>Weekly development of
/// industrial blockchain</c>) or is the site's title, so a title with a colon of its own stays whole. An issue number after the name
/// (<c>(Issue 12)</c>, <c>Issue 150</c>, <c>No. 3</c>) is not part of it.
/// </summary>
internal static partial class TitleLine
{
    /// <summary>
    /// Splits <c>Name: title</c>, <c>Name：title</c>, <c>Name - title</c> (also <c>–</c>, <c>—</c>) and <c>【Name】title</c>
    /// at the first such separator when the part before it names the newsletter (or is <paramref name="siteName"/>, the site's
    /// title, in any case); false (nothing split) otherwise.
    /// </summary>
    public static bool TrySplitNamed(string text, string? siteName, out string newsletter, out string title)
    {
        newsletter = title = "";
        var match = Named().Match(text);
        if (!match.Success) return false;
        var name = WithoutIssueNumber(match.Groups["name"].Value);
        var rest = text[match.Length..].Trim();
        if (rest.Length == 0 || !(IsNewsletterName(name) || string.Equals(name, siteName?.Trim(), StringComparison.OrdinalIgnoreCase))) return false;
        (newsletter, title) = (name, rest);
        return true;
    }

    /// <summary>The name without an issue number after it (<c>Industrial Blockchain Weekly (Issue 12)</c> → <c>Industrial Blockchain Weekly</c>), trimmed.</summary>
    public static string WithoutIssueNumber(string name)
    {
        var trimmed = name.Trim();
        var match = IssueNumber().Match(trimmed);
        return match.Success && match.Index > 0 ? trimmed[..match.Index].Trim() : trimmed;
    }

    /// <summary>True when the text names the newsletter: it holds "weekly" and "blockchain", in any case.</summary>
    private static bool IsNewsletterName(string name) =>
        name.Contains("weekly", StringComparison.OrdinalIgnoreCase) && name.Contains("blockchain", StringComparison.OrdinalIgnoreCase);

    /// <summary>The name part and its separator: <c>【name】</c>, or a name ended by a colon or a dash (spaced, or an em dash).</summary>
    [GeneratedRegex(@"^(?:【(?<name>[^】]{1,80})】|(?<name>[^:：—【]{1,80}?)(?:\s*[:：—]|\s+[-–]\s))", RegexOptions.CultureInvariant)]
    private static partial Regex Named();

    /// <summary>An issue number closing a name: <c>(Issue 12)</c>, <c>Issue 150</c>, <c>No. 3</c>, <c>Vol. 2</c>, <c>#12</c>, <c>第12期</c>.</summary>
    [GeneratedRegex(@"\s*(?:[(（\[]\s*)?(?:(?:issue|no\.?|vol\.?|number)\s*|#|第\s*)\d{1,5}\s*(?:期\s*)?[)）\]]?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IssueNumber();
}
