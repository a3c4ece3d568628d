using Weekly.Tagging;

namespace Weekly.Tests.Tagging;

/// <summary>Place names left in Chinese characters in the English text, as machine translation and copy-paste leave them.</summary>
public class ChineseNameTaggingTests
{
    private static readonly RegionTagger Tagger = RegionTagger.Default;

    private static string Tag(string headline, params string[] body) => string.Join(" ", Tagger.Find(headline, body).Select(Tagger.Tree.PathOf));

    [Fact]
    public void Provinces_and_cities_in_chinese_characters_are_their_places()
    {
        Assert.Equal("fujian/fuzhou", Tag("福州: A blockchain pilot zone", "On May 1, the city said so."));
        Assert.Equal("jiangxi/fuzhou", Tag("抚州: A blockchain pilot zone", "On May 1, the city said so."));
        Assert.Equal("beijing", Tag("北京市: A blockchain copyright centre", "On May 1, it opened."));
        Assert.Equal("guangdong/shenzhen", Tag("A fund opens", "On May 1, a fund opened in 深圳."));
        Assert.Equal("shanghai", Tag("上海 issues a blockchain plan", "On May 1, it said so."));
        Assert.Equal("hebei", Tag("雄安新区: A blockchain fund platform", "On May 1, it went live."));
    }

    [Fact]
    public void Chinese_words_that_only_contain_a_name_and_district_names_are_no_places()
    {
        // 城区 ("urban area") is the short name of many districts; 北京大学 is a university, not a run that is a place name.
        Assert.Equal("", Tag("A blockchain pilot for the 城区", "On May 1, it said so."));
        Assert.Equal("", Tag("《区块链发展报告》 released", "On May 1, the 北京大学 lab said so."));
    }
}
