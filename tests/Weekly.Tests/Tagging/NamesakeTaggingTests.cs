using Weekly.Domain;
using Weekly.Tagging;

namespace Weekly.Tests.Tagging;

/// <summary>Namesakes, zones and places below the SARs and Taiwan: the cases later issues of the newsletter met.</summary>
public class NamesakeTaggingTests
{
    private static readonly RegionTagger Tagger = RegionTagger.Default;

    private static string Tag(string headline, params string[] body) => Paths(Tagger.Find(headline, body));

    private static string Paths(IEnumerable<Place> places) => string.Join(" ", places.Select(Tagger.Tree.PathOf));

    [Fact]
    public void A_name_in_a_list_of_cities_is_a_city_not_a_district_of_another_item()
    {
        Assert.Equal("heilongjiang/harbin heilongjiang/mudanjiang shaanxi/xian",
            Tag("Harbin, Mudanjiang and Xi'an: Digital RMB pilot for winter tourism", "On February 17, Harbin, Mudanjiang and Xi'an launched it."));
        Assert.Equal("chongqing jiangsu/wuxi", Tag("Chongqing and Wuxi: Two cities sign a blockchain agreement", "On May 23, Chongqing and Wuxi signed it."));
        Assert.Equal("anhui/huainan shanxi/datong", Tag("Huainan and Datong: coal cities share data", "On May 23, Huainan and Datong connected."));
        Assert.Equal("jilin/changchun liaoning/chaoyang", Tag("Changchun and Chaoyang: A logistics corridor", "On May 23, Changchun and Chaoyang opened it."));
        Assert.Equal("sichuan/chengdu chongqing guizhou gansu/qingyang ningxia/zhongwei",
            Tag("Computing hubs approved", "On February 17, clusters were approved in Chengdu, Chongqing, Gui'an, Qingyang and Zhongwei."));
        Assert.Equal("sichuan/chengdu gansu/qingyang", Tag("Computing hubs approved", "On February 17, Chengdu, Horinger and Qingyang were approved."));
    }

    [Fact]
    public void A_district_still_counts_with_its_suffix_or_its_city_around_it()
    {
        Assert.Equal("heilongjiang/harbin heilongjiang/mudanjiang/xian",
            Tag("Harbin and Mudanjiang's Xi'an District: A pilot", "On February 17, Harbin and Mudanjiang's Xi'an District launched it."));
        Assert.Equal("sichuan/chengdu/qingyang", Tag("Chengdu's Qingyang: A blockchain pilot", "On May 1, it opened."));
        Assert.Equal("jilin/changchun/chaoyang", Tag("Chaoyang District, Changchun: A blockchain pilot", "On May 1, it opened."));
    }

    [Fact]
    public void Only_close_context_or_a_place_inside_it_flips_a_namesake()
    {
        Assert.Equal("fujian/fuzhou", Tag("Fuzhou: Digital China Summit opens, and 20 blockchain projects are signed",
            "On May 24, the summit opened in Fuzhou. At the summit, enterprises from Jiangxi, Zhejiang and Guangdong signed 20 projects."));
        Assert.Equal("jiangsu/suzhou", Tag("Suzhou: Digital RMB test in the Yangtze River Delta", "On May 23, Suzhou said the digital RMB will be used with Hefei and Shanghai."));
        Assert.Equal("fujian/fuzhou", Tag("Fuzhou: Blockchain economic zone plan released", "On May 23, Fuzhou released a plan. Investors from Jiangxi attended."));
        Assert.Equal("jiangxi/fuzhou", Tag("Fuzhou: A digital RMB salary", "On March 30, civil servants of Fuzhou in Jiangxi received it."));
        Assert.Equal("jiangxi/fuzhou", Tag("Fuzhou: A digital RMB salary", "On March 30, Fuzhou paid it.", "Civil servants of Linchuan District were the first."));
        Assert.Equal("jiangxi/fuzhou", Tag("Jiangxi: Fuzhou pays a digital RMB salary", "On March 30, Fuzhou paid it."));
        Assert.Equal("shaanxi/yulin", Tag("Yulin: Blockchain for coal", "On May 23, Yulin launched a coal trading platform, with partners from Guangxi."));
        Assert.Equal("guangxi/yulin", Tag("Yulin: Blockchain for spices", "On May 23, Yulin City of Guangxi launched a platform."));
    }

    [Fact]
    public void A_same_name_district_alone_is_the_one_of_the_better_known_city()
    {
        Assert.Equal("guangdong/shenzhen/nanshan", Tag("Nanshan District: Tencent joins an alliance", "On May 1, Nanshan District said so."));
        Assert.Equal("guangdong/shenzhen/longgang", Tag("Longgang District: Blockchain in property management", "On May 1, it began."));
        Assert.Equal("chongqing/jiangbei", Tag("Jiangbei District: A blockchain park", "On May 1, it opened."));
        Assert.Equal("heilongjiang/hegang/nanshan", Tag("Nanshan District, Hegang: A coal platform", "On May 1, it opened."));
        var tree = Tagger.Tree;
        Assert.Equal([3, 2, 1, 0], new[] { "500105", "440305", "350102", "230404" }.Select(c => tree.ProminenceOf(tree.FindByCode(c)!)));
    }

    [Fact]
    public void A_hyphenated_chain_that_is_the_whole_headline_subject_tags_each_place()
    {
        Assert.Equal("beijing tianjin hebei", Tag("Beijing-Tianjin-Hebei: Blockchain platform for government services launched",
            "On May 23, the platform was launched in Tianjin, and 180 items can be handled in any of the three places."));
        Assert.Equal("guangdong/shenzhen", Tag("Guangdong-Hong Kong-Macao Greater Bay Area: Shenzhen opens a platform", "On May 1, Shenzhen opened it."));
    }

    [Fact]
    public void New_areas_and_pilot_zones_tag_their_province_or_city()
    {
        Assert.Equal("hebei", Tag("Xiong'an New Area: Blockchain platform pays wages", "On May 1, it paid them."));
        Assert.Equal("chongqing", Tag("Liangjiang New Area: A supply chain finance platform", "On May 1, it lent 5 billion yuan."));
        Assert.Equal("guangdong/zhuhai", Tag("Hengqin: A cross-border data platform", "On May 23, Hengqin launched a platform for Macao residents."));
        Assert.Equal("guangdong/shenzhen", Tag("Qianhai: A trade finance platform", "On May 23, Qianhai launched it. Hong Kong enterprises in Qianhai can get loans. Hong Kong banks joined."));
        Assert.Equal("guangdong/guangzhou/nansha", Tag("Nansha: A cross-border trade platform", "On May 23, Nansha launched it."));
        Assert.Equal("hainan/sansha/nansha", Tag("Nansha Islands: A fishing record on the chain", "On May 23, it began."));
        Assert.Equal("shaanxi", Tag("Xixian New Area: A blockchain park opens", "On May 23, it opened."));
        Assert.Equal("guizhou", Tag("Gui'an New Area: A big data centre", "On May 23, it was completed."));
        Assert.Equal("sichuan", Tag("Tianfu New Area: A blockchain fund", "On May 23, it was set up."));
        Assert.Equal("jiangsu/nanjing", Tag("Jiangbei New Area: A blockchain fund", "On May 23, it was set up."));
        Assert.Equal("beijing/haidian", Tag("Zhongguancun: A privacy computing alliance", "On May 23, it was set up."));
    }

    [Fact]
    public void Cities_and_districts_of_taiwan_hong_kong_and_macao_tag_the_province()
    {
        Assert.Equal("taiwan", Tag("Taipei: Financial Supervisory Commission allows security tokens", "On May 23, it said so."));
        Assert.Equal("taiwan", Tag("Kaohsiung: A port blockchain", "On May 23, it began."));
        Assert.Equal("hong-kong", Tag("Kowloon: A blockchain incubator", "On May 23, it opened."));
        Assert.Equal("macao", Tag("Taipa: A blockchain lab", "On May 23, it opened."));
    }

    [Fact]
    public void National_futures_and_commodity_exchanges_and_a_painter_are_no_places()
    {
        Assert.Equal("", Tag("Shanghai Futures Exchange: Blockchain warehouse receipts", "On May 23, the Shanghai Futures Exchange said so."));
        Assert.Equal("", Tag("Dalian Commodity Exchange: Blockchain in soybean delivery", "On May 23, the Dalian Commodity Exchange said so."));
        Assert.Equal("", Tag("Zhengzhou Commodity Exchange: Blockchain for cotton", "On May 23, it said so."));
        Assert.Equal("", Tag("Guangzhou Futures Exchange: Blockchain in delivery", "On May 23, it said so."));
        Assert.Equal("", Tag("Digital collectibles: NFT of a Salvador Dali painting sold", "On May 23, a Salvador Dali painting was sold."));
        Assert.Equal("yunnan/dali", Tag("Dali: Tea goes on the chain", "On May 23, Dali said so."));
    }
}
