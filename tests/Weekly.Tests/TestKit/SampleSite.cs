using Weekly.Domain;

namespace Weekly.Tests.TestKit;

/// <summary>
/// A hand-made, tagged and slugged <see cref="SiteModel"/>: two issues (newest first), places Fujian &gt;
/// Fuzhou, Fujian &gt; Quanzhou and Beijing (&gt; Dongcheng district), topics finance and copyright.
/// Latest issue: 3 sections, 5 stories, 2 commentaries (the third section has none); its footer names
/// the older issue. Older issue: 1 section, 2 stories, 1 commentary; its footer names an issue the site lacks.
/// </summary>
public static class SampleSite
{
    public const string FuzhouHeadline = "Mayor of Fuzhou: Creating a Comprehensive Experimental Zone for Blockchain Economy";

    public static readonly Place Fujian = new("350000", "Fujian", PlaceKind.Province, null, "fujian");
    public static readonly Place Fuzhou = new("350100", "Fuzhou", PlaceKind.City, "350000", "fuzhou");
    public static readonly Place Quanzhou = new("350500", "Quanzhou", PlaceKind.City, "350000", "quanzhou");
    public static readonly Place Beijing = new("110000", "Beijing", PlaceKind.Province, null, "beijing");
    public static readonly Place Dongcheng = new("110101", "Dongcheng", PlaceKind.District, "110000", "dongcheng");

    public static readonly Topic Finance = new("finance", "Finance", ["bank", "insurance"], "Banks, insurers, payments and digital currency.");
    public static readonly Topic Copyright = new("copyright", "Copyright", ["copyright"]);
    public static readonly Topic Taxation = new("taxation", "Taxation", ["tax"]);

    public const string FuzhouParagraph = "On January 4-5, the fourth meeting of the thirteenth session of the Fuzhou CPPCC was held. Mayor You Mengjun proposed to build a blockchain economic comprehensive test area.";

    /// <param name="fuzhouHeadline">Headline of the latest issue's first story (Fuzhou, finance); pass hostile text to test escaping.</param>
    /// <param name="fuzhouParagraph">First paragraph of that story.</param>
    public static SiteModel Create(string fuzhouHeadline = FuzhouHeadline, string fuzhouParagraph = FuzhouParagraph)
    {
        var latest = LatestIssue(fuzhouHeadline, fuzhouParagraph);
        var older = OlderIssue();
        Issue[] issues = [latest, older];
        var stories = issues.SelectMany(i => i.Sections.SelectMany(s => s.Stories.Select(st => new StoryEntry(i, s, st)))).ToList();
        Place[] places = [Fujian, Fuzhou, Quanzhou, Beijing, Dongcheng];

        var provinces = new List<Term>();
        foreach (var province in places.Where(p => p.Kind == PlaceKind.Province).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var inProvince = stories.Where(e => e.Story.Places.Any(p => p == province || p.ParentCode == province.Code)).ToList();
            if (inProvince.Count == 0) continue;
            var term = new Term(TaxonomyKind.Region, province.Slug, province.Name, null, inProvince) { Place = province };
            term.Children = places.Where(p => p.Kind == PlaceKind.City && p.ParentCode == province.Code)
                .OrderBy(p => p.Name, StringComparer.Ordinal)
                .Select(city => new Term(TaxonomyKind.Region, $"{province.Slug}/{city.Slug}", city.Name, term,
                    stories.Where(e => e.Story.Places.Contains(city)).ToList())
                { Place = city })
                .Where(t => t.Stories.Count > 0)
                .ToList();
            provinces.Add(term);
        }
        Topic[] taxonomy = [Finance, Copyright, Taxation];
        var topics = taxonomy
            .Select(t => new Term(TaxonomyKind.Topic, t.Slug, t.Name, null, stories.Where(e => e.Story.Topics.Contains(t.Slug)).ToList()) { Topic = t })
            .Where(t => t.Stories.Count > 0)
            .ToList();
        return new SiteModel(new SiteSettings { BaseUrl = "https://weekly.example.org/" }, issues, stories, provinces, topics, taxonomy);
    }

    private static Issue LatestIssue(string fuzhouHeadline, string fuzhouParagraph)
    {
        var government = new Section("Government Updates", "Local Two Sessions Discuss Blockchain", 7,
        [
            Story(1, fuzhouHeadline, "mayor-of-fuzhou", new(2020, 1, 4), [Fuzhou], ["finance"], 9, fuzhouParagraph),
            Story(2, "Representatives of the two conferences in Quanzhou: promote the application of blockchain technology", "quanzhou-representatives",
                new(2020, 1, 3), [Quanzhou], [], 13,
                "On January 3-4, the fourth meeting of the 12th Quanzhou CPPCC was held successively.",
                "Chen Zhaohui said that blockchain will have a far-reaching impact on traditional manufacturing."),
            Story(3, "Dongcheng District, Beijing: support technology application scenarios such as blockchain", "dongcheng-district-beijing",
                new(2020, 1, 4), [Dongcheng], [], 19,
                "On January 4, the Sixth Session of the 16th People's Congress of Dongcheng District, Beijing was held."),
        ],
        [new Paragraph("The annual National Two Sessions will be officially held in March.", 22)]);
        var policy = new Section("Industrial policy", "\"chain\" on the music industry and green food industry", 25,
        [
            Story(4, "China Banking Regulatory Commission: Issued guidance on the development of the banking and insurance industry", "cbrc-guidance",
                new(2020, 1, 4), [], ["finance"], 27,
                "On January 4, the CBRC issued guidance encouraging banks and insurers to use blockchain."),
            Story(5, "Beijing: Create a network-wide copyright monitoring center supported by blockchain", "beijing-copyright-monitoring",
                new(2019, 12, 31), [Beijing], ["copyright"], 31,
                "On December 31, 2019, Beijing issued a plan for the music industry."),
        ],
        [new Paragraph("Beijing and Chengdu both mentioned the application of blockchain in the music industry.", 34)]);
        var application = new Section("Applications", "", 37, [], []);
        return new Issue
        {
            SourcePath = "seeds/000_680a3467cedacbca.txt",
            Newsletter = "Industry Blockchain Weekly",
            Title = "Local \"two sessions\" kicked off, blockchain becomes a hot topic for discussion",
            Date = new DateOnly(2020, 1, 6),
            Number = 2,
            Slug = "local-two-sessions-kicked-off",
            Intro = [new Paragraph("Recently, local \"two sessions\" have been held intensively, and blockchain has once again become a hot topic.", 3)],
            Sections = [government, policy, application],
            Previous = new PreviousIssueRef("Weekly development of industrial blockchain 丨 The Supreme Law issued a document to support blockchain", 40),
        };
    }

    private static Issue OlderIssue()
    {
        var section = new Section("Industry News", "Standards and courts", 5,
        [
            Story(1, "Fujian: Three group standards for blockchain released", "fujian-group-standards", new(2019, 12, 27), [Fujian], [], 7,
                "On December 27, three group standards for blockchain were released in Fujian."),
            Story(2, "Fuzhou: Bank of Fuzhou launches blockchain supply chain finance platform", "bank-of-fuzhou-platform", null, [Fuzhou], ["finance"], 11,
                "Bank of Fuzhou launched a platform for supply chain finance based on blockchain."),
        ],
        [new Paragraph("Standards are the base of an industry.", 14)]);
        return new Issue
        {
            SourcePath = "seeds/2019-12-30-supreme-law.txt",
            Newsletter = "Industry Blockchain Weekly",
            Title = "The Supreme Law issued a document to support blockchain",
            Date = new DateOnly(2019, 12, 30),
            Number = 1,
            Slug = "supreme-law-supports-blockchain",
            Intro = [new Paragraph("The Supreme People's Court issued a document supporting blockchain.", 3)],
            Sections = [section],
            Previous = new PreviousIssueRef("Industry Blockchain Weekly 丨 An issue this site does not have", 20),
        };
    }

    private static Story Story(int ordinal, string headline, string slug, DateOnly? date, Place[] places, string[] topics, int line, params string[] paragraphs) => new()
    {
        Headline = headline,
        Line = line,
        Ordinal = ordinal,
        Paragraphs = paragraphs.Select((p, i) => new Paragraph(p, line + 2 + 2 * i)).ToList(),
        Date = date,
        Places = places,
        Topics = topics,
        Slug = slug,
    };
}
