namespace Weekly.Tests.TestKit;

/// <summary>Small, well-formed seeds in the newsletter's format for whole-site tests.</summary>
public static class SeedText
{
    /// <summary>
    /// A seed: optional front matter (YAML lines, without the --- lines), the title line, an intro,
    /// one "Government Updates" section with the given stories (headline, body) and a commentary.
    /// </summary>
    public static string Issue(string title, string? frontMatter, params (string Headline, string Body)[] stories)
    {
        var sb = new System.Text.StringBuilder();
        if (frontMatter is not null) sb.Append("---\n").Append(frontMatter.TrimEnd('\n')).Append("\n---\n");
        sb.Append("Industry Blockchain Weekly 丨 ").Append(title).Append("\n\n");
        sb.Append("This week local governments kept publishing blockchain plans.\n\n\n");
        sb.Append("Government Updates: Local plans\n\n");
        foreach (var (headline, body) in stories) sb.Append(headline).Append("\n\n").Append(body).Append("\n\n");
        sb.Append("\nThe editor thinks these plans matter.\n");
        return sb.ToString();
    }

    public static readonly (string, string) Fuzhou = ("Fuzhou: City launches a blockchain pilot zone",
        "On January 4, the Fuzhou government announced a pilot zone for blockchain in the city.");

    public static readonly (string, string) Beijing = ("Beijing: Dongcheng District supports blockchain applications",
        "On January 3, Dongcheng District of Beijing announced support for blockchain application scenarios.");

    public static readonly (string, string) Bank = ("Bank of Quanzhou: Supply chain finance platform goes live",
        "On January 2, a bank in Quanzhou, Fujian launched a supply chain finance platform on blockchain.");
}
