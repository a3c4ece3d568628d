using Weekly.Core;
using Weekly.Domain;
using Weekly.Tagging;

namespace Weekly.Tests.Tagging;

public class RegionTaggerTests
{
    private static readonly RegionTagger Tagger = RegionTagger.Default;

    private static string Tag(string headline, params string[] body) => Paths(Tagger.Find(headline, body));

    private static string TagWithIntro(string intro, string headline, params string[] body) => Paths(Tagger.Find(headline, body, [intro]));

    private static string Paths(IEnumerable<Place> places) => string.Join(" ", places.Select(Tagger.Tree.PathOf));

    /// <summary>The tagger folds words as search does (<see cref="Weekly.Text.WordFold"/>): any accent, any apostrophe variant.</summary>
    [Fact]
    public void Accents_and_apostrophe_variants_fold_as_in_search()
    {
        Assert.Equal("fujian/xiamen", Tag("Xiàmén: Blockchain pilot zone opens", "On January 6, the zone opened."));
        Assert.Equal("fujian/xiamen", Tag("XIÀMÉN: Blockchain pilot zone opens", "On January 6, the zone opened."));
        Assert.Equal("shaanxi/xian", Tag("Xi‘an: Blockchain pilot zone opens", "On January 6, the zone opened."));
        Assert.Equal(Weekly.Search.SearchText.Normalize("Xi‘àn"), Weekly.Search.SearchText.Normalize("xi'an"));
    }

    [Fact]
    public void Fuzzy_fuzhou_goes_to_fujian_unless_jiangxi_is_named()
    {
        Assert.Equal("fujian/fuzhou", Tag("Fuzhou: Blockchain industry policy revised", "On January 6, Fuzhou said so."));
        Assert.Equal("jiangxi/fuzhou", Tag("Fuzhou: Blockchain industry policy revised", "On January 6, Fuzhou in Jiangxi Province said so."));
        Assert.Equal("jiangxi/fuzhou jiangxi/nanchang", Tag("Fuzhou and Nanchang sign a blockchain pact", "On January 6, the two cities signed."));
        Assert.Equal("jiangxi/fuzhou", TagWithIntro("This week Jiangxi was busy.", "Mayor of Fuzhou: more blockchain", "On January 4, he said so."));
        Assert.Equal("fujian/fuzhou", TagWithIntro("In Fujian Province alone, Fuzhou spoke.", "Mayor of Fuzhou: more blockchain", "On January 4, he said so."));
    }

    [Fact]
    public void Yuzhong_needs_its_suffix_or_its_city_or_province()
    {
        Assert.Equal("chongqing/yuzhong", Tag("Yuzhong District, Chongqing: A demonstration park", "On January 5, Yuzhong said so."));
        Assert.Equal("chongqing/yuzhong", Tag("Yuzhong District: A demonstration park", "On January 5, Yuzhong said so."));
        Assert.Equal("gansu/lanzhou/yuzhong", Tag("Yuzhong County: A blockchain pilot", "On January 5, it said so."));
        Assert.Equal("gansu/lanzhou/yuzhong", Tag("Lanzhou's Yuzhong launches a blockchain pilot", "On January 5, it said so."));
        Assert.Equal("", Tag("Yuzhong launches a blockchain pilot", "On January 5, it said so."));
    }

    [Fact]
    public void A_county_name_inside_a_product_or_company_name_is_no_place()
    {
        Assert.Equal("tianjin", Tag("Tianjin: Launch of the nation's first provincial blockchain Xinyi loan platform",
            "On December 31, 2019, Tianjin's credit platform (\"Tianjin Xinyi Loan Platform\") was launched."));
        Assert.Equal("", Tag("Evergreen: A system with Zhongxiang Bit", "On January 6, Evergreen and Zhongxiang Bit signed."));
        Assert.Equal("guangdong/maoming/xinyi", Tag("Xinyi City, Maoming: A blockchain pilot", "On May 1, it started."));
    }

    [Fact]
    public void A_bare_province_or_city_name_is_not_a_namesake_county_of_another_named_place()
    {
        Assert.Equal("inner-mongolia hainan/haikou", Tag("Inner Mongolia and Hainan: Sign a blockchain cooperation agreement",
            "On January 8, Inner Mongolia and Hainan signed an agreement in Haikou."));
        Assert.Equal("beijing tianjin hebei", Tag("Beijing, Tianjin and Hebei: A joint blockchain platform", "On May 1, it opened."));
        Assert.Equal("tianjin/hebei", Tag("Hebei District, Tianjin: A blockchain park", "On May 1, it opened."));
        Assert.Equal("fujian jiangsu/nanjing", Tag("Fujian and Nanjing sign a blockchain pact", "On January 6, Fujian and Nanjing signed."));
        Assert.Equal("fujian/zhangzhou/nanjing", Tag("Zhangzhou's Nanjing: Tulou tickets on a blockchain", "On January 6, it began."));
        Assert.Equal("beijing/chaoyang", Tag("Beijing: Chaoyang opens a blockchain centre", "On January 6, Chaoyang opened it."));
    }

    [Fact]
    public void A_given_name_after_a_surname_and_an_organisation_named_after_a_place_are_no_places()
    {
        Assert.Equal("", Tag("Great Wall Holdings: A blockchain platform", "On March 1, its chairman Xu Jilin said the platform was live."));
        Assert.Equal("jilin", Tag("Jilin: A blockchain platform", "On March 1, Governor Jing Junhai said so."));
        Assert.Equal("jilin/jilin", Tag("Jilin City: A blockchain platform", "On March 1, director Zhang Jilin said so."));
        Assert.Equal("", Tag("SPD Bank: Blockchain letters of credit", "On March 1, Shanghai Pudong Development Bank launched them across the country."));
        Assert.Equal("shanghai/pudong", Tag("Pudong New Area: A blockchain lab", "On March 1, it opened."));
        Assert.Equal("", Tag("Jinan University: A blockchain course", "On March 1, Jinan University opened it."));
    }

    [Fact]
    public void Wire_datelines_adjectives_and_regions_listed_by_name_are_context()
    {
        Assert.Equal("", Tag("The national outline: Blockchain is one of seven digital industries",
            "Xinhua News Agency, Beijing, March 5 -- The draft outline was submitted to the congress."));
        Assert.Equal("", Tag("The central bank: A digital RMB pilot", "Beijing, December 1st (Xinhua) -- The central bank said so."));
        Assert.Equal("", Tag("A free trade zone: Blockchain customs", "Fuzhou, January 4 - The zone opened a platform."));
        Assert.Equal("fujian/fuzhou", Tag("A meeting: Blockchain", "Fuzhou, January 4-5, the fourth session was held."));
        Assert.Equal("jiangsu/suzhou/kunshan", Tag("Kunshan City: Taiwan-funded enterprises use blockchain", "On March 1, they began."));
        Assert.Equal("guangdong/shenzhen", Tag("Shenzhen Qianhai: A blockchain trade platform",
            "On March 1, enterprises in the Guangdong, Hong Kong and Macao Greater Bay Area joined it."));
        Assert.Equal("", Tag("Digital RMB: Cross-border pilot", "On March 1, Mu Changchun and Nie Guilin said the pilot would widen."));
        Assert.Equal("", Tag("Zhongke Jincai: Blockchain answers", "On March 1, it answered investors on the Shenzhen Stock Exchange platform."));
        Assert.Equal("", Tag("Zhongshan University: A blockchain lab", "On March 1, Zhongshan University opened it."));
    }

    [Fact]
    public void A_hyphenated_chain_that_is_all_the_headline_names_is_what_the_story_is_about()
    {
        Assert.Equal("sichuan/chengdu chongqing", Tag("Chengdu-Chongqing: Build a blockchain industry cooperation zone",
            "On March 1, the Chengdu-Chongqing Twin City Economic Circle said so."));
        Assert.Equal("guangdong/shenzhen", Tag("Shenzhen: A Beijing-Tianjin style platform", "On March 1, it opened."));
        Assert.Equal("", Tag("A fund for the Beijing-Tianjin-Hebei region", "On March 1, it opened."));
    }

    [Fact]
    public void Greater_bay_area_is_not_about_hong_kong_or_macao()
    {
        Assert.Equal("guangdong/shenzhen", Tag("Ping An Group cooperates with Shenzhen Taxation Bureau",
            "On January 3, they agreed to promote fintech in the Guangdong-Hong Kong-Macao Greater Bay Area."));
        Assert.Equal("", Tag("A fund for the Guangdong-Hong Kong-Macao Greater Bay Area", "On May 1, it opened."));
        Assert.Equal("hong-kong", Tag("Hong Kong SAR: A blockchain trade platform", "On May 1, it opened."));
        Assert.Equal("macao", Tag("Macau: A blockchain trade platform", "On May 1, it opened."));
    }

    [Fact]
    public void Abbreviations_typos_and_person_names_are_no_places()
    {
        Assert.Equal("zhejiang/jiaxing", Tag("Zhang Bing, Secretary of the Jiaxing Municipal Party Committee: Blockchain",
            "On January 2nd, he relied on the scientific research institutes in Jia, Zhejiang."));
        Assert.Equal("fujian/fuzhou", Tag("Mayor of Fuzhou: A test zone", "On January 4, Fangzhou Mayor You Mengjun spoke."));
        Assert.Equal("", Tag("Zhang Bing and Liu Sha: Blockchain matters", "On January 5, Nie Dongping and Wang Dongfeng spoke."));
        Assert.Equal("hunan/changsha", Tag("Changsha CPPCC members: a quality chain", "On January 5, Liu Sha spoke."));
        Assert.Equal("", Tag("Ali Dharma Academy: Ten trends", "On January 2, Ali said so."));
    }

    [Fact]
    public void A_venue_named_in_passing_does_not_tag_the_story()
    {
        Assert.Equal("beijing", Tag("Beijing: A copyright center", "On December 31, Beijing said so. The plan was shown at a forum in Shanghai."));
        Assert.Equal("", Tag("Everbright Bank: A BaaS platform", "A few days ago, the bank launched it.", "It was shown at a forum in Shanghai."));
        Assert.Equal("zhejiang/hangzhou", Tag("Ant Group: A new chain", "A few days ago, Ant Group launched it.", "It runs in Hangzhou. Hangzhou is first."));
        Assert.Equal("zhejiang/hangzhou", Tag("Ant Group: A new chain", "On May 1, Ant Group launched it in Hangzhou. It was shown in Shanghai later."));
    }

    [Fact]
    public void Keeps_only_the_most_specific_place()
    {
        Assert.Equal("fujian/fuzhou", Tag("Fujian Province's Fuzhou: A pilot zone", "On January 4, Fujian said so."));
        Assert.Equal("beijing/dongcheng", Tag("Dongcheng District, Beijing: Big data and blockchain", "On January 4, Dongcheng District said so."));
        Assert.Equal("hunan/changsha", Tag("Hunan Agricultural Bank: Smart city support", "On January 2nd, Tencent Cloud and Hunan Branch signed an agreement in Changsha. More in Hunan Province."));
        Assert.Equal("guangdong/shenzhen hunan/changsha", Tag("Shenzhen and Changsha sign a pact", "On May 1, Guangdong and Hunan agreed."));
    }

    /// <summary>One venue in the first sentence refines a province in the headline; a list of its cities or a provincial body's
    /// meeting place does not.</summary>
    [Fact]
    public void A_province_in_the_headline_is_refined_by_one_venue_only()
    {
        Assert.Equal("hunan/changsha", Tag("Hunan: A blockchain agreement", "On May 1, the agreement was signed in Changsha."));
        Assert.Equal("hunan/changsha/yuelu", Tag("Hunan: A blockchain agreement", "On May 1, it was signed in Yuelu District, Changsha."));
        Assert.Equal("shandong", Tag("Shandong: Ten blockchain parks approved", "On May 1, parks in Jinan, Qingdao and Yantai were approved."));
        Assert.Equal("jilin", Tag("Jilin Provincial Department of Industry: A blockchain plan", "On May 1, the department met in Changchun."));
        Assert.Equal("", Tag("Fifteen cities selected as blockchain pilots", "On November 22, the list was announced. The pilots are Beijing, Tianjin, Dalian, Shanghai, Nanjing and Hangzhou.", "An official said in Beijing that the list is balanced."));
        Assert.Equal("shanxi/taiyuan shanxi/datong", Tag("Shanxi: Taiyuan uses blockchain to supervise coal", "On May 1, Taiyuan and Datong said they will use blockchain."));
    }

    [Fact]
    public void National_bodies_and_companies_get_no_places()
    {
        Assert.Equal("", Tag("China Banking Regulatory Commission: Guidance on banking", "On January 4, the CBRC issued guidance."));
        Assert.Equal("", Tag("Xianhe Environmental Protection: Blockchain in ecology", "On December 30, 2019, the company answered investors."));
    }

    [Fact]
    public void Reads_variants_apostrophes_and_possessives()
    {
        Assert.Equal("shaanxi/xian", Tag("Xi'an: A blockchain pilot", "On May 1."));
        Assert.Equal("shaanxi/xian", Tag("Xi’an: A blockchain pilot", "On May 1."));
        Assert.Equal("shaanxi/xian", Tag("Xian: A blockchain pilot", "On May 1."));
        Assert.Equal("fujian/fuzhou", Tag("Fuzhou's blockchain pilot", "On May 1."));
        Assert.Equal("inner-mongolia", Tag("Inner Mongolia Autonomous Region: A blockchain pilot", "On May 1."));
        Assert.Equal("shaanxi", Tag("Shaanxi Province: A blockchain pilot", "On May 1."));
        Assert.Equal("hainan", Tag("Hainan: A blockchain pilot zone", "On May 1."));
        Assert.Equal("jilin", Tag("Jilin: A blockchain pilot", "On May 1."));
        Assert.Equal("jilin/changchun", Tag("Jilin: A blockchain pilot", "On May 1, Changchun said so.")); // the province, refined
        Assert.Equal("jilin/jilin", Tag("Jilin City: A blockchain pilot", "On May 1."));
        Assert.Equal("shanghai/pudong", Tag("Pudong New Area: A blockchain pilot", "On May 1."));
        Assert.Equal("tianjin/binhai", Tag("Tianjin Binhai New Area: A blockchain pilot", "On May 1."));
        Assert.Equal("hubei/shennongjia", Tag("Shennongjia Forestry District: Blockchain for tourism", "On May 1."));
    }

    [Fact]
    public void Applies_overrides_and_warns_about_unknown_paths()
    {
        var story = new Story
        {
            Headline = "Fuzhou: A blockchain pilot",
            Line = 10,
            Ordinal = 1,
            Paragraphs = [new Paragraph("On May 1, Fuzhou and Xiamen said so. Quanzhou too.", 12)],
        };
        Issue IssueWith(StoryOverride o) => new()
        {
            SourcePath = "seeds/x.txt",
            Newsletter = "N",
            Title = "T",
            Date = new DateOnly(2020, 1, 6),
            Intro = [],
            Sections = [new Section("S", "", 5, [story with { Override = o }], [])],
        };
        static StoryOverride Override(string[] add, string[] remove) => new(null, add, remove, [], [], 3);

        var bag = new DiagnosticBag();
        var tagged = Tagger.Tag(IssueWith(Override(["hunan/changsha", "fujian"], ["fujian/fuzhou"])), bag).Stories.Single();
        Assert.Equal("hunan/changsha fujian", Paths(tagged.Places));

        tagged = Tagger.Tag(IssueWith(Override(["fujian/xiamen"], [])), bag).Stories.Single();
        Assert.Equal("fujian/fuzhou fujian/xiamen", Paths(tagged.Places));

        tagged = Tagger.Tag(IssueWith(Override(["beijing"], ["fujian"])), bag).Stories.Single();
        Assert.Equal("beijing", Paths(tagged.Places));

        tagged = Tagger.Tag(IssueWith(Override(["hunan", "hunan/changsha"], [])), bag).Stories.Single();
        Assert.Equal("fujian/fuzhou hunan/changsha", Paths(tagged.Places));
        Assert.Empty(bag.Sorted());

        tagged = Tagger.Tag(IssueWith(Override(["fujian/fuzhouu"], ["atlantis"])), bag).Stories.Single();
        Assert.Equal("fujian/fuzhou", Paths(tagged.Places));
        Assert.Equal(
            [
                "seeds/x.txt:3:1: warning WK0501: Unknown region 'atlantis' in the story override. (use a slug path from the region tree, e.g. fujian/fuzhou or beijing/dongcheng)",
                "seeds/x.txt:3:1: warning WK0501: Unknown region 'fujian/fuzhouu' in the story override. (use a slug path from the region tree, e.g. fujian/fuzhou or beijing/dongcheng)",
            ],
            bag.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void Tag_keeps_everything_but_places()
    {
        var story = new Story { Headline = "Chengdu: Green food", Line = 3, Ordinal = 1, Paragraphs = [new Paragraph("On January 3, Chengdu said so.", 5)], Topics = ["food"] };
        var issue = new Issue
        {
            SourcePath = "seeds/x.txt",
            Newsletter = "N",
            Title = "T",
            Date = new DateOnly(2020, 1, 6),
            Intro = [],
            Sections = [new Section("S", "T", 1, [story], [new Paragraph("Commentary.", 7)])],
        };
        var tagged = Tagger.Tag(issue, new DiagnosticBag());
        var result = tagged.Stories.Single();
        Assert.Equal("sichuan/chengdu", Paths(result.Places));
        Assert.Equal(story, result with { Places = story.Places });
        Assert.Equal(issue with { Sections = issue.Sections }, tagged with { Sections = issue.Sections });
        Assert.Equal(issue.Sections[0].Commentary, tagged.Sections[0].Commentary);
    }
}
