using System.Globalization;
using System.Text;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Rendering;

/// <summary>Issue #17: a topic's chart over time says something with a few issues and with hundreds.</summary>
public class TopicChartTests
{
    /// <summary>A site of <paramref name="count"/> weekly issues from 6 January 2020, each with the one supply-chain-finance story.</summary>
    private static TestSite Weekly(int count)
    {
        var txtar = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var date = new DateOnly(2020, 1, 6).AddDays(7 * i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            txtar.Append(CultureInfo.InvariantCulture, $"-- seeds/{date}.txt --\n").Append(SeedText.Issue($"Issue {i + 1}", $"date: {date}", SeedText.Bank));
        }
        return new TestSite(txtar.ToString());
    }

    [Fact]
    public void With_a_few_issues_a_topic_chart_has_one_column_per_issue()
    {
        using var site = Weekly(3);
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());
        var page = result.Html("topics/supply-chain/index.html");
        var svg = page.QuerySelector("svg.chart")!;
        Assert.Equal("Supply chain: stories per issue", svg.QuerySelector("title")!.TextContent);
        Assert.Equal(["6 January 2020: 1 story", "13 January 2020: 1 story", "20 January 2020: 1 story"], svg.QuerySelectorAll("rect title").Select(t => t.TextContent));
        Assert.Equal(["Most: 1 stories", "2020-01-06", "2020-01-20"], svg.QuerySelectorAll("text").Select(t => t.TextContent));
    }

    [Fact]
    public void With_more_than_52_issues_a_topic_chart_has_one_column_per_quarter()
    {
        using var site = Weekly(60); // 6 January 2020 to 22 February 2021
        var result = site.Build();
        Assert.True(result.Succeeded, result.DiagnosticsText());
        var page = result.Html("topics/supply-chain/index.html");
        var svg = page.QuerySelector("svg.chart")!;
        Assert.Equal("Supply chain: stories per quarter", svg.QuerySelector("title")!.TextContent);
        Assert.Equal(
            ["2020 Q1: 13 stories in 13 issues", "2020 Q2: 13 stories in 13 issues", "2020 Q3: 13 stories in 13 issues", "2020 Q4: 13 stories in 13 issues", "2021 Q1: 8 stories in 8 issues"],
            svg.QuerySelectorAll("rect title").Select(t => t.TextContent));
        Assert.Equal(["Most: 13 stories", "2020 Q1", "2021 Q1"], svg.QuerySelectorAll("text").Select(t => t.TextContent));
        Assert.Equal("2021 Q1", page.QuerySelector(".chart-data tbody th")!.TextContent); // the table lists the newest first
    }
}
