using Weekly.Core;
using Weekly.Settings;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Settings;

/// <summary>A bad base URL or time zone in input/site.yml is reported at its key, with a "did you mean" for a mistyped zone.</summary>
public class SettingPositionTests
{
    private static List<Diagnostic> Load(string siteYml, string? baseUrlOverride = null)
    {
        using var dir = new TempDirectory();
        dir.Write("input/site.yml", siteYml);
        var bag = new DiagnosticBag();
        SiteSettingsLoader.Load(dir.Path, baseUrlOverride, bag);
        return bag.Sorted().ToList();
    }

    [Fact]
    public void A_mistyped_time_zone_is_reported_at_its_key_with_the_closest_zone()
    {
        var error = Assert.Single(Load("title: T\nbase_url: https://example.org/\n  \ntime_zone: Asia/Shangai\n"));
        Assert.Equal("input/site.yml:4:1: error WK0005: Unknown time zone 'Asia/Shangai'. (did you mean Asia/Shanghai? use an IANA id such as Asia/Shanghai)", error.ToString());
    }

    [Theory]
    [InlineData("ASIA/SHANGHI", "Asia/Shanghai")]
    [InlineData("Europe/Londn", "Europe/London")]
    [InlineData("America/New York", "America/New_York")]
    public void The_suggestion_is_a_zone_the_runtime_knows(string typed, string expected)
    {
        var error = Assert.Single(Load("time_zone: " + typed + "\nbase_url: https://example.org/\n"));
        Assert.Equal(("WK0005", 1, 1), (error.Code, error.Line, error.Column));
        Assert.StartsWith($"did you mean {expected}? ", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zone_like_nothing_known_gets_no_suggestion()
    {
        var error = Assert.Single(Load("base_url: https://example.org/\ntime_zone: Mars/Olympus_Mons\n"));
        Assert.Equal("use an IANA id such as Asia/Shanghai", error.Hint);
    }

    [Fact]
    public void A_bad_base_url_is_reported_at_its_key_and_one_from_the_command_line_at_no_line()
    {
        var error = Assert.Single(Load("title: T\n  # the site\nbase_url: https://example.org/news/\n"));
        Assert.Equal(("input/site.yml", "WK0004", 3, 1), (error.File, error.Code, error.Line, error.Column));

        var fromCommandLine = Assert.Single(Load("title: T\nbase_url: https://example.org/\n", "https://example.org/news/"));
        Assert.Equal((null, "WK0004", 0), (fromCommandLine.File, fromCommandLine.Code, fromCommandLine.Line));
    }
}
