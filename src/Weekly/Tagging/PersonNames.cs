namespace Weekly.Tagging;

/// <summary>
/// Tells a Chinese given name that is also a place's name (<c>Xu Jilin</c>, <c>Li Jinhua</c>, <c>Liu Guilin</c>) from the place:
/// a one-word name right after a common Chinese surname, with one space between, is the person's given name. News in
/// English writes names surname first, and writes a place after a surname only in a name. The surnames are the most
/// common ones (the Ministry of Public Security's ranking of surnames by population, in Hanyu Pinyin without tones, and
/// surnames of officials the newsletter quotes, such as Mu Changchun and Nie Guilin),
/// kept here rather than in a package: no NuGet package lists them.
/// </summary>
internal static class PersonNames
{
    private static readonly HashSet<string> Surnames = new(StringComparer.Ordinal)
    {
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu",
        "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng",
        "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu",
        "Ding", "Ren", "Lyu", "Lv", "Shen", "Yao", "Cui", "Zhong", "Tan", "Fan", "Jin", "Liao", "Shi", "Jia", "Xia",
        "Fu", "Fang", "Zou", "Xiong", "Bai", "Meng", "Qin", "Qiu", "Hou", "Yin", "Xue", "Yan", "Duan", "Lei", "Long",
        "Tao", "Mao", "Hao", "Gu", "Gong", "Shao", "Wan", "Qian", "Wen", "Dai", "Kong", "Xiang", "Chang", "Kang", "Niu",
        "Qi", "Mo", "Zhan", "Ou", "Lai", "Yi", "Geng", "Guan", "Ge", "Pang", "Ni", "Lan", "Yue", "Bao", "Lou", "Ji",
        "Hong", "Miao", "Tu", "Ruan", "Mu", "Nie", "Zhuang", "Chai", "Qu", "Ke", "Zhai", "Ling", "Bi", "Lian", "Rao",
        "Xing", "Sang", "Ban", "Jiao", "Shu", "Hua", "Mei", "Bian", "Che", "Zang", "Tong", "Zuo", "Shang", "Ai", "Leng",
        "Cen", "Zhen", "Dou", "Lang", "Gan", "Yong", "Jing", "Weng", "Hang", "Mi", "Pu", "Quan", "Rong", "Sheng",
        "Shuai",
    };

    /// <summary>True when <c>tokens[i]</c> follows a surname and one space in <paramref name="text"/>.</summary>
    public static bool IsGivenName(string text, List<WordToken> tokens, int i)
    {
        if (i == 0) return false;
        var previous = tokens[i - 1];
        if (tokens[i].Start != previous.End + 1 || text[previous.End] != ' ') return false;
        return Surnames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(previous.Start, previous.End - previous.Start));
    }
}
