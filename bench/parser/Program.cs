// Parser on a large seed (issue #6: "stays linear, a 10 MB seed in a benchmark, not a timed test").
// Makes seeds of 10, 5, 2.5 and 1.25 MB (largest first, so JIT tiering is done before the small ones) from the real seed's shape (title line, intro, then sections of
// stories with dated bodies and a commentary, then the footer), parses each with SeedParser.Parse
// (three warm-up runs, then 7 timed runs) and prints the median, the throughput and the time per MB: equal
// times per MB across sizes mean linear. Results go in bench/RESULTS.md.
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Weekly.Core;
using Weekly.Seeds;

const int Runs = 7;
var sizes = new[] { 10.0, 5.0, 2.5, 1.25 };
Console.WriteLine($"Seed parser, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}");
Console.WriteLine("| seed size | stories | median | MB/s | ms per MB |");
Console.WriteLine("| ---: | ---: | ---: | ---: | ---: |");
foreach (var megabytes in sizes)
{
    var bytes = MakeSeed((int)(megabytes * 1024 * 1024), out var stories);
    var issue = SeedParser.Parse("seeds/2020-01-06-large.txt", bytes, new DiagnosticBag()) ?? throw new InvalidOperationException("the seed did not parse");
    for (var warm = 0; warm < 2; warm++) SeedParser.Parse("seeds/2020-01-06-large.txt", bytes, new DiagnosticBag());
    if (issue.Stories.Count() != stories) throw new InvalidOperationException($"expected {stories} stories, parsed {issue.Stories.Count()}");
    var times = new List<double>();
    for (var run = 0; run < Runs; run++)
    {
        var clock = Stopwatch.StartNew();
        SeedParser.Parse("seeds/2020-01-06-large.txt", bytes, new DiagnosticBag());
        times.Add(clock.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    var median = times[Runs / 2];
    var mb = bytes.Length / 1024.0 / 1024.0;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {mb:0.00} MB | {stories} | {median:0} ms | {mb / (median / 1000):0.0} | {median / mb:0.0} |"));
}

static byte[] MakeSeed(int size, out int stories)
{
    var text = new StringBuilder(size + 4096);
    text.Append("Industry Blockchain Weekly 丨 A very large issue\n\n");
    text.Append("Recently, the local two sessions were held across the country and blockchain became a hot topic for discussion in many places.\n\n\n");
    stories = 0;
    var months = new[] { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };
    for (var section = 0; text.Length < size; section++)
    {
        text.Append(CultureInfo.InvariantCulture, $"Government Updates: Local sessions part {section} discuss blockchain\n\n");
        for (var story = 0; story < 6; story++, stories++)
        {
            var month = months[(section + story) % 12];
            text.Append(CultureInfo.InvariantCulture, $"Mayor of Fuzhou {section}-{story}: Creating a comprehensive experimental zone for digital economy\n\n");
            text.Append(CultureInfo.InvariantCulture, $"On {month} {1 + story * 4}, the Fuzhou People's Congress was held, and the mayor said Fuzhou will build a blockchain pilot zone with “chain” projects in finance, taxation and government services.\n\n");
            text.Append("Representatives said blockchain will have a far-reaching impact on the industry, and the city will support companies that apply it.\n\n");
        }
        text.Append('\n').Append("The editor thinks the local two sessions show that blockchain has become part of the policy agenda, and more cities will follow.\n\n\n");
    }
    text.Append("Review of previous period : Industry Blockchain Weekly 丨 The Supreme Law issued a document\n");
    text.Append("For more industry blockchain services , please click:\n");
    return Encoding.UTF8.GetBytes(text.ToString());
}
