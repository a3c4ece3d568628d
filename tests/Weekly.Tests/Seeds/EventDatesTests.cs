using Weekly.Seeds;

namespace Weekly.Tests.Seeds;

public class EventDatesTests
{
    [Theory]
    [InlineData("On January 4-5, the fourth meeting of the thirteenth session was held.", "--01-04")]
    [InlineData("On December 31, 2019, Wang Dongfeng pointed out that it is necessary.", "2019-12-31")]
    [InlineData("On January 2nd, the report meeting was held in Dahaining.", "--01-02")]
    [InlineData("Under the guidance of the State Administration of Taxation, Guangzhou Metro issued the first invoice on January 1, 2020, marking the application.", "2020-01-01")]
    [InlineData("According to Beijing Daily, from January 2nd, Beijing officially launched an electronic certificate.", "--01-02")]
    [InlineData("August 7: Tianjin's platform was officially launched.", "--08-07")]
    [InlineData("On Jan. 3, the court upgraded its platform.", "--01-03")]
    [InlineData("On Sept 30 2019 the bank said so.", "2019-09-30")]
    [InlineData("On January 4，2020, the mayor proposed a plan.", "2020-01-04")]
    [InlineData("From December 30 to January 1, Zhangzhou held a meeting.", "--12-30")]
    [InlineData("On January 4 and 5, the sessions were held.", "--01-04")]
    [InlineData("on march 3rd the committee met.", "--03-03")]
    [InlineData("On February 29, 2019, nothing happened; on March 1 it did.", "--03-01")]
    [InlineData("On the 8th, the Beijing Municipal Bureau released a plan.", "---08")]
    [InlineData("On the morning of the 3rd, Hainan held a meeting.", "---03")]
    [InlineData("From the 25th to 26th, the forum was held in Chengdu.", "---25")]
    [InlineData("As of the 1st, 20 cities had joined.", "---01")]
    [InlineData("On 2 January, the bureau met.", "--01-02")]
    [InlineData("On 2nd of January 2020, the bureau met.", "2020-01-02")]
    [InlineData("On 10-11 Feb. the forum was held.", "--02-10")]
    [InlineData("On the 8th, after the January 5 notice, the bureau acted.", "---08")]
    [InlineData("In the early morning of the 1st, the exchange went live.", "---01")]
    [InlineData("On the 9th (local time), the Monetary Authority said so.", "---09")]
    [InlineData("Since the 18th National Congress, the state has pushed the chain, the minister said on March 4.", "--03-04")]
    [InlineData("After the January 5 notice, on the 8th the bureau acted.", "--01-05")]
    public void Finds_the_first_date_of_the_first_sentence(string text, string expected) =>
        Assert.Equal(expected, EventDates.Find(text)?.ToString());

    [Theory]
    [InlineData("On 2021-01-04, the People's Bank of China issued a notice.", "2021-01-04")]
    [InlineData("On 2021/1/4, the bureau met.", "2021-01-04")]
    [InlineData("2021.1.4: the platform went live.", "2021-01-04")]
    [InlineData("2021年1月4日，the Shanghai Municipal Commission issued an action plan.", "2021-01-04")]
    [InlineData("2022年11月30日, the commission issued a plan.", "2022-11-30")]
    [InlineData("于2021年1月4日，the bureau met.", "2021-01-04")]
    [InlineData("1月4日，the bureau met.", "--01-04")]
    [InlineData("1月4日-5日，the forum was held.", "--01-04")]
    [InlineData("去年12月31日，the bureau met.", "--12-31 last year")]
    [InlineData("8日，the Beijing Municipal Bureau released a plan.", "---08")]
    [InlineData("On the 8日, the bureau met.", "---08")]
    public void Reads_dates_in_Chinese_and_numeric_dates_year_first(string text, string expected) =>
        Assert.Equal(expected, EventDates.Find(text)?.ToString());

    [Theory]
    [InlineData("On the evening of the 3rd, the exchange announced its plan.", "---03")]
    [InlineData("On January 4 (Beijing time), the exchange opened.", "--01-04")]
    [InlineData("On Jan 4th, the court met.", "--01-04")]
    [InlineData("On January 4th and 5th, the sessions were held.", "--01-04")]
    [InlineData("Jan. 4-Feb. 2: the exhibition was held in Shanghai.", "--01-04")]
    [InlineData("From January 30 to February 2, 2021, the fair was held.", "2021-01-30")]
    [InlineData("From December 30 to January 2, 2021, the fair was held.", "2020-12-30")]
    [InlineData("On 4 January 2021, the bureau met.", "2021-01-04")]
    [InlineData("Dec. 31, 2020, was the last day of the pilot.", "2020-12-31")]
    [InlineData("On December 31 last year, the bureau met.", "--12-31 last year")]
    [InlineData("On December 31 of last year, the bureau met.", "--12-31 last year")]
    [InlineData("On the 31st of last month, the bureau met.", "---31 last month")]
    [InlineData("On the 3rd of this month, the bureau met.", "---03")]
    [InlineData("On Monday, January 4, the bureau met.", "--01-04")]
    [InlineData("On Monday (January 4), the bureau met.", "--01-04")]
    [InlineData("On January 5, last year's winner spoke.", "--01-05")]
    [InlineData("On the 9th Beijing time the Monetary Authority said so.", "---09")]
    public void Reads_the_dates_real_issues_write(string text, string expected) =>
        Assert.Equal(expected, EventDates.Find(text)?.ToString());

    [Theory]
    [InlineData("A few days ago, China Everbright Bank's platform was put into production. It was first announced on December 20.")]
    [InlineData("The annual National Two Sessions will be officially held in March.")]
    [InlineData("It released the 2020 plan in January 2020 after a long wait.")]
    [InlineData("An affiliate also released a solution in May last year.")]
    [InlineData("The score was 31 to 2 in the final.")]
    [InlineData("On February 30, something impossible happened.")]
    [InlineData("On the 32nd floor of the tower, the bank opened a lab.")]
    [InlineData("The 8th Digital China Summit opened with 5G demos.")]
    [InlineData("It said 3 may join later.")]
    [InlineData("On 5G networks the chain runs faster.")]
    [InlineData("Focusing on the 14th Five-Year Plan, the city will build a chain.")]
    [InlineData("As of the 3rd quarter, 20 banks had joined.")]
    [InlineData("From the 1st batch of pilots, the bureau chose ten.")]
    [InlineData("The lab on the 5th floor opened.")]
    [InlineData("In early January, the bureau met.")]
    [InlineData("In early January 2021, the bureau met.")]
    [InlineData("2021年1月，the bureau met.")]
    [InlineData("In 2021-01, the bureau met.")]
    [InlineData("The 2021-2025 plan was issued.")]
    [InlineData("Version 2021.1.4.2 was released.")]
    [InlineData("On 2021-13-04, the bureau met.")]
    [InlineData("2021年13月4日，the bureau met.")]
    [InlineData("")]
    public void Finds_no_date(string text) => Assert.Null(EventDates.Find(text));

    [Fact]
    public void A_date_written_elsewhere_is_the_latest_of_the_year_written_most_often()
    {
        static string? Elsewhere(params string[] texts) => EventDates.WrittenElsewhere(texts)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal("2020-12-31", Elsewhere("The plan runs until June 30, 2025.", "2020年12月31日, the pilot started.", "Xiong'an said on December 30, 2020 that its funds are on the chain."));
        Assert.Equal("2021-01-04", Elsewhere("It began on 2020-12-30.", "It ended on 2021-01-04."));
        Assert.Null(Elsewhere("In 2021, the pilots will grow.", "On January 4, the bureau met."));
    }

    [Fact]
    public void A_short_lead_in_sentence_brings_in_the_second()
    {
        Assert.Equal("--01-05", EventDates.Find("Good news. On January 5, the platform went live.")?.ToString());
        Assert.Null(EventDates.Find("The platform went live after two years of work by many teams. On January 5, it was celebrated."));
    }

    [Fact]
    public void A_date_after_an_abbreviation_is_still_in_the_first_sentence() =>
        Assert.Equal("--01-03", EventDates.Find("China Ping An Insurance (Group) Co. Ltd. signed an agreement on January 3 with the bureau.")?.ToString());

    [Fact]
    public void Only_a_bounded_prefix_is_searched()
    {
        var text = new string('x', 5000) + " On January 3, 2020.";
        Assert.Null(EventDates.Find(text));
    }
}
