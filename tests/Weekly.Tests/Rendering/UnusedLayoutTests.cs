using Weekly.IO;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Rendering;

/// <summary>Every layout is rendered by check and build, even one no page uses yet (the alias layout on a site where nothing moved).</summary>
public class UnusedLayoutTests
{
    private static readonly string Seed = "-- seeds/2020-01-13-a.txt --\n" + SeedText.Issue("Pilots", "date: 2020-01-13", SeedText.Fuzhou);
    private const string BrokenAlias = "<!DOCTYPE html>\n<title>{{ alias.title }}</title>\n<p>{{ nosuchvar.x }}</p>\n";

    [Fact]
    public void Check_reports_an_unknown_variable_in_the_alias_layout_when_no_url_has_moved()
    {
        using var site = new TestSite(Seed);
        site.Write("theme/layouts/alias.scriban", BrokenAlias);
        var result = SiteBuilder.Build(new BuildOptions(site.Root, Clock: FixedClock.Default), DiscardOutput.Instance);
        Assert.Empty(result.Site!.Redirects);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "WK0702");
        Assert.Equal(("theme/layouts/alias.scriban", 3), (error.File, error.Line));
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void The_weekly_check_command_fails_on_it_and_the_real_alias_layout_passes_and_writes_no_alias_page()
    {
        using var site = new TestSite(Seed);
        var good = site.Build();
        Assert.True(good.Succeeded, good.DiagnosticsText());
        Assert.DoesNotContain(good.Files, f => f.Destination.Contains("moved", StringComparison.Ordinal));

        site.Write("theme/layouts/alias.scriban", BrokenAlias);
        var check = CliProcess.Run(site.Root, null, "check");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("theme/layouts/alias.scriban:3:", check.Stdout, StringComparison.Ordinal);
        Assert.Contains("error WK0702", check.Stdout, StringComparison.Ordinal);
    }
}
