using System.Xml.Linq;
using Weekly.Core;
using Weekly.Domain;
using Weekly.Settings;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Settings;

/// <summary>input/site.yml's language is a BCP 47 tag: checked at its key, written in its usual case, og:locale as ll_CC.</summary>
public class LanguageTagTests
{
    private static (SiteSettings Settings, List<Diagnostic> Problems) Load(string siteYml)
    {
        using var dir = new TempDirectory();
        dir.Write("input/site.yml", siteYml);
        var bag = new DiagnosticBag();
        var settings = SiteSettingsLoader.Load(dir.Path, null, bag);
        return (settings, bag.Sorted().ToList());
    }

    [Fact]
    public void A_language_that_is_not_a_tag_is_an_error_at_its_key_with_the_tag_it_may_mean()
    {
        var (settings, problems) = Load("title: T\nbase_url: https://example.org/\nlanguage: EN_us\n");
        var error = Assert.Single(problems);
        Assert.Equal("input/site.yml:3:1: error WK0027: Language 'EN_us' is not a BCP 47 language tag. (did you mean en-US? write a tag such as en, en-US or zh-Hans-CN (language, then script or region, joined by -))", error.ToString());
        Assert.Equal("en", settings.Language);
    }

    [Theory]
    [InlineData("en", "en", "en")]
    [InlineData("EN", "en", "en")]
    [InlineData("en-us", "en-US", "en_US")]
    [InlineData("zh-hans-cn", "zh-Hans-CN", "zh_CN")]
    [InlineData("ZH-HANT", "zh-Hant", "zh_TW")]
    [InlineData("zh-hans", "zh-Hans", "zh_CN")]
    [InlineData("sr-latn", "sr-Latn", "sr_RS")]
    [InlineData("zh-Hant-HK", "zh-Hant-HK", "zh_HK")]
    [InlineData("ja-Jpan", "ja-Jpan", "ja")]
    [InlineData("es-419", "es-419", "es")]
    [InlineData("de-CH-1996", "de-CH-1996", "de_CH")]
    [InlineData("en-US-x-Twain", "en-US-x-twain", "en_US")]
    [InlineData("en-a-bbb-x-a-ccc", "en-a-bbb-x-a-ccc", "en")]
    [InlineData("x-private", "x-private", null)]
    [InlineData("I-KLINGON", "i-klingon", null)]
    [InlineData("en-gb-oed", "en-GB-oed", "en_GB")]
    [InlineData("zh-min-nan", "zh-min-nan", "zh")]
    [InlineData("art-lojban", "art-lojban", "art")]
    public void A_tag_is_written_in_its_usual_case(string written, string tag, string? ogLocale)
    {
        Assert.Equal(tag, LanguageTags.Normalize(written));
        Assert.Equal(ogLocale, LanguageTags.OpenGraphLocale(tag));
    }

    [Theory]
    [InlineData("english")]
    [InlineData("en_US")]
    [InlineData("e")]
    [InlineData("en-")]
    [InlineData("en--US")]
    [InlineData("<en>")]
    [InlineData("i-bogus")]
    [InlineData("en-GB-xyz")]
    public void Not_a_tag(string written) => Assert.Null(LanguageTags.Normalize(written));

    [Fact]
    public void The_normalized_tag_reaches_html_lang_the_feeds_and_og_locale()
    {
        using var site = new TestSite("-- seeds/2020-01-13-x.txt --\n" + SeedText.Issue("Lang", "date: 2020-01-13", SeedText.Fuzhou));
        site.Write("input/site.yml", site.Read("input/site.yml").Replace("language: en", "language: en-us", StringComparison.Ordinal));
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());
        var page = result.Html("index.html");
        Assert.Equal("en-US", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en_US", page.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
        Assert.Equal("en-US", XDocument.Parse(result.Text("feed.xml")).Descendants("language").Single().Value);
    }

    [Theory]
    [InlineData("x-private", "x-private")]
    [InlineData("i-klingon", "i-klingon")]
    public void A_tag_without_an_iso_language_is_accepted_and_its_pages_have_no_og_locale(string written, string lang)
    {
        using var site = new TestSite("-- seeds/2020-01-13-x.txt --\n" + SeedText.Issue("Lang", "date: 2020-01-13", SeedText.Fuzhou));
        site.Write("input/site.yml", site.Read("input/site.yml").Replace("language: en", "language: " + written, StringComparison.Ordinal));
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());
        var page = result.Html("index.html");
        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        Assert.Null(page.QuerySelector("meta[property='og:locale']"));
    }
}
