using Weekly.Tagging;

namespace Weekly.Tests.Tagging;

/// <summary>Issue #16, item 8: place names in lower case, and the English variants news still uses.</summary>
public class AnyCaseTaggingTests
{
    private static readonly RegionTagger Tagger = RegionTagger.Default;

    private static string Tag(string headline, params string[] body) => string.Join(" ", Tagger.Find(headline, body).Select(Tagger.Tree.PathOf));

    [Fact]
    public void Lower_case_names_are_tagged_like_capitalised_ones()
    {
        Assert.Equal("beijing", Tag("A blockchain copyright centre opens", "On May 1, a centre opened in beijing."));
        Assert.Equal("fujian/fuzhou", Tag("Mayor of fuzhou: a pilot zone", "On May 1, he said so."));
        Assert.Equal("fujian/fuzhou", Tag("A pilot zone", "On May 1, the fuzhou government said so."));
        Assert.Equal("hunan/changsha", Tag("changsha in lower case is a place too", "On May 1."));
        Assert.Equal("shanghai", Tag("A fund opens", "On May 1, a fund opened in shanghai."));
        Assert.Equal("inner-mongolia", Tag("inner mongolia autonomous region: a blockchain pilot", "On May 1."));
        Assert.Equal("shaanxi/xian", Tag("A pilot", "On May 1, xi'an said so."));
        Assert.Equal("beijing/dongcheng", Tag("dongcheng district, beijing: big data", "On January 4, it said so."));
    }

    [Fact]
    public void Lower_case_common_words_that_are_place_names_are_no_places()
    {
        // Guide County (Qinghai), Mile City (Yunnan), Boxing County (Shandong), Saga County (Tibet): English words.
        Assert.Equal("qinghai", Tag("Qinghai: A blockchain guide for tourism", "On May 1, Qinghai published a guide for tour guides."));
        Assert.Equal("qinghai/hainan/guide", Tag("Guide County, Qinghai: A blockchain pilot", "On May 1, it said so."));
        Assert.Equal("yunnan", Tag("Yunnan: A one-mile blockchain street", "On May 1, Yunnan opened a mile of shops."));
        Assert.Equal("shandong", Tag("Shandong: Blockchain tickets for boxing matches", "On May 1, Shandong sold boxing tickets."));
        Assert.Equal("tibet", Tag("Tibet: A saga of blockchain pilots", "On May 1, Tibet said so."));
        // A word that is also a lower-case name of something else: pu'er tea is no Pu'er City.
        Assert.Equal("yunnan", Tag("Yunnan: Blockchain traceability for pu'er tea", "On May 1, Yunnan said so."));
        Assert.Equal("yunnan/puer", Tag("Pu'er: Blockchain traceability for tea", "On May 1, Pu'er said so."));
        // "canton" is a common word (a Swiss canton); Canton with its capital is Guangzhou.
        Assert.Equal("", Tag("A Swiss canton adopts blockchain voting", "On May 1, the canton of Zug said so."));
    }

    [Fact]
    public void English_variants_news_still_uses_are_their_places()
    {
        // Peking is left out: news uses it for Peking University, a national institution, not a Beijing story.
        Assert.Equal("", Tag("Peking University: A blockchain laboratory", "On May 1, it opened."));
        Assert.Equal("guangdong/guangzhou", Tag("Canton Fair: Blockchain for exhibitors", "On May 1, the fair said so."));
        Assert.Equal("jiangsu/nanjing", Tag("Nanking: A blockchain archive", "On May 1, it opened."));
    }

    [Fact]
    public void Lower_case_names_inside_web_and_mail_addresses_are_no_places()
    {
        Assert.Equal("", Tag("A blockchain portal opens", "On May 1, the portal opened at www.beijing.gov.cn for all."));
        Assert.Equal("", Tag("A blockchain portal opens", "On May 1, write to info@fuzhou.gov.cn or see example.org/news/shanghai-fund."));
        Assert.Equal("", Tag("A blockchain portal opens", "On May 1, see beijing.gov.cn or #beijing_blockchain."));
        Assert.Equal("beijing", Tag("A blockchain portal opens", "On May 1, a beijing-based firm opened it in beijing."));
    }
}
