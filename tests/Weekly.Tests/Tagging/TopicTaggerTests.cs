using Weekly.Core;
using Weekly.Domain;
using Weekly.Tagging;

namespace Weekly.Tests.Tagging;

public class TopicTaggerTests
{
    private static readonly IReadOnlyList<Topic> Taxonomy =
    [
        new("finance", "Finance", ["bank", "loan*", "supply chain finance"]),
        new("taxation", "Taxation", ["tax", "electronic invoice*"]),
        new("supply-chain", "Supply chain", ["supply chain*"]),
        new("iot", "IoT", ["Internet of Things", "IoT"]),
        new("listed-companies", "Listed companies", ["listed company"]) { Sections = ["Listed companies"] },
    ];

    private static Issue IssueOf(string sectionName, params Story[] stories) => new()
    {
        SourcePath = "seeds/x.txt",
        Newsletter = "N",
        Title = "T",
        Date = new DateOnly(2020, 1, 6),
        Intro = [],
        Sections = [new Section(sectionName, "", 1, stories, [])],
    };

    private static Story StoryOf(string headline, string body, StoryOverride? o = null) =>
        new() { Headline = headline, Line = 3, Ordinal = 1, Paragraphs = [new Paragraph(body, 5)], Override = o };

    private static string TopicsOf(string headline, string body, string section = "News")
    {
        var bag = new DiagnosticBag();
        var tagged = TopicTagger.Tag(IssueOf(section, StoryOf(headline, body)), Taxonomy, bag);
        Assert.Empty(bag.Sorted());
        return string.Join(" ", tagged.Stories.Single().Topics);
    }

    [Fact]
    public void Matches_whole_words_and_phrases_case_insensitively_in_taxonomy_order()
    {
        Assert.Equal("finance taxation", TopicsOf("TAX bureau and a Bank", "Nothing else."));
        Assert.Equal("", TopicsOf("Taxi drivers at the riverbank", "Bankers, taxonomy and taxis."));
        Assert.Equal("iot", TopicsOf("Devices", "The internet  of things grows."));
        Assert.Equal("finance supply-chain", TopicsOf("A supply-chain finance platform", "Loans for SMEs."));
        Assert.Equal("supply-chain", TopicsOf("Supply chains", "Nothing."));
        Assert.Equal("taxation", TopicsOf("Metro", "The first blockchain Electronic Invoices were issued."));
    }

    [Fact]
    public void Section_name_tags_every_story_in_it()
    {
        Assert.Equal("listed-companies", TopicsOf("Evergreen: An information system", "On January 6, Evergreen signed.", "Listed companies"));
        Assert.Equal("listed-companies", TopicsOf("Evergreen: An information system", "On January 6, Evergreen signed.", "listed  Companies"));
        Assert.Equal("", TopicsOf("Evergreen: An information system", "On January 6, Evergreen signed.", "Companies"));
    }

    [Fact]
    public void Applies_overrides_and_warns_about_unknown_slugs()
    {
        var o = new StoryOverride(null, [], [], ["iot", "gardening"], ["finance"], 4);
        var bag = new DiagnosticBag();
        var tagged = TopicTagger.Tag(IssueOf("News", StoryOf("A bank and a tax office", "Nothing.", o)), Taxonomy, bag);
        Assert.Equal(["taxation", "iot"], tagged.Stories.Single().Topics);
        Assert.Equal(
            ["seeds/x.txt:4:1: warning WK0620: Unknown topic 'gardening' in the story override. (known topics: finance, taxation, supply-chain, iot, listed-companies)"],
            bag.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void Default_taxonomy_does_not_tag_every_story_finance()
    {
        var bag = new DiagnosticBag();
        var taxonomy = TopicTaxonomy.LoadFile(TestKit.RepoFiles.TopicsYml, "input/topics.yml", bag);
        var issue = TopicTagger.Tag(TestKit.GoldIssue.Load(), taxonomy, bag);
        var stories = issue.Stories.ToList();
        Assert.InRange(stories.Count(s => s.Topics.Contains("finance")), 5, 10);
        Assert.All(stories, s => Assert.True(s.Topics.Count <= 5, $"{s.Headline}: {string.Join(", ", s.Topics)}"));
        Assert.Empty(stories.Single(s => s.Headline.StartsWith("Mayor of Zhangzhou", StringComparison.Ordinal)).Topics);
    }

    [Theory]
    [InlineData("Inner Mongolia: Eight measures to crack down on virtual currency mining", "", "regulation")]
    [InlineData("Ordos: 35 mining farms shut down", "", "regulation")]
    [InlineData("Yunnan: Mining enterprises to be rectified by the end of June", "", "regulation")]
    [InlineData("Procuratorate: typical cases", "They include illegal fund-raising in the name of blockchain.", "regulation")]
    [InlineData("Yinchuan: A platform for wolfberries", "Every box can be traced to its farm.", "traceability")]
    [InlineData("Suzhou: Red envelopes issued", "On May 1, the city issued 15 million yuan of digital RMB.", "finance")]
    [InlineData("Pilot: e-CNY wallets", "On May 1, residents opened e-CNY wallets.", "finance")]
    [InlineData("Guangzhou Futures Exchange: Blockchain in delivery", "", "finance")]
    [InlineData("MIIT: Guidelines for the blockchain standard system", "", "standards")]
    [InlineData("Dongying: The carbon footprint of oil on the chain", "", "energy")]
    [InlineData("Heilongjiang: A forest carbon sink platform", "", "energy")]
    [InlineData("Six provinces: mutual recognition of electronic licences", "", "government-services")]
    [InlineData("NDRC: Blockchain records exports of rare earths", "", "cross-border-trade")]
    [InlineData("Tencent: Digital collectibles platform closed", "", "copyright")]
    public void Default_taxonomy_knows_the_words_of_later_issues(string headline, string body, string topic)
    {
        var bag = new DiagnosticBag();
        var taxonomy = TopicTaxonomy.LoadFile(TestKit.RepoFiles.TopicsYml, "input/topics.yml", bag);
        var tagged = TopicTagger.Tag(IssueOf("News", StoryOf(headline, body)), taxonomy, bag);
        Assert.Contains(topic, tagged.Stories.Single().Topics);
    }
}
