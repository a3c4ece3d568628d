namespace Weekly.Tagging;

/// <summary>
/// Names of organisations and products that hold a place name but are no place a story is about: a national bank named
/// after the district it was founded in (<c>Shanghai Pudong Development Bank</c>), a university far from its namesake
/// (<c>Jinan University</c> is in Guangzhou), a national stock, futures or commodity exchange (a national body has no region:
/// the gold's rule), a news agency, a blockchain named after an old capital, a famous Western name (<c>Salvador Dali</c>: no
/// safe rule tells a Western name from a place, so only names met in the news are listed). Matched before
/// place names, longest first, so their words tag nothing. Only names whose place would be wrong belong here; a company
/// named after the city it is in (<c>Bank of Beijing</c>) may tag that city (the gold's <c>also_ok</c>).
/// </summary>
internal static class NotPlaceNames
{
    /// <summary>The names, in the case news writes them.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "Shanghai Pudong Development Bank", "Pudong Development Bank", "SPD Bank",
        "Jinan University", "Zhongshan University",
        "Shenzhen Stock Exchange", "Shanghai Stock Exchange", "Beijing Stock Exchange",
        "Shanghai Futures Exchange", "Shanghai International Energy Exchange", "Shanghai Gold Exchange",
        "Dalian Commodity Exchange", "Dalian Commodities Exchange", "Zhengzhou Commodity Exchange", "Zhengzhou Commodities Exchange",
        "Guangzhou Futures Exchange",
        "Dalian Wanda",
        "Xinhua News Agency", "Xinhua News", "Xinhua Net",
        "Chang'an Chain", "Changan Chain", "ChangAn Chain", "Chang'an Automobile", "Changan Automobile",
        "Salvador Dali", "Salvador Dalí",
    ];

    /// <summary>A trie of <see cref="Names"/>, for <see cref="RegionNameFinder"/>.</summary>
    public static PhraseTrie<bool> Trie()
    {
        var trie = new PhraseTrie<bool>();
        foreach (var name in Names) trie.Add(name, true);
        return trie;
    }
}
