using System.Diagnostics;
using System.Text.Json;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Feeds;

/// <summary>
/// Reads every XML feed with a real feed client, Debian's <c>python3-feedparser</c> (install:
/// <c>apt-get install -y python3-feedparser</c>). feedparser 6.0 has no JSON Feed parser, so
/// <c>feed.json</c> is checked in <see cref="FeedEscapingTests"/> and <see cref="FeedIdTests"/> instead.
/// </summary>
public class FeedparserTests
{
    private const string Python = "/usr/bin/python3";
    private const string Shown = "AT&T <b>\"quoted\"</b> ]]> 😀 丨";

    private const string Script = """
        import json, sys, calendar
        try:
            import feedparser
        except ImportError:
            print("NO_FEEDPARSER"); sys.exit(3)
        out = []
        for path in sys.argv[1:]:
            d = feedparser.parse(path)
            out.append({
                "path": path, "bozo": int(d.bozo), "exception": str(d.get("bozo_exception", "")), "version": d.version,
                "items": len(d.entries),
                "titles": [e.get("title", "") for e in d.entries],
                "title_types": [e.get("title_detail", {}).get("type", "") for e in d.entries],
                "ids": [e.get("id", "") for e in d.entries],
                "published": [calendar.timegm(e.published_parsed) if e.get("published_parsed") else None for e in d.entries],
                "updated": calendar.timegm(d.feed.updated_parsed) if d.feed.get("updated_parsed") else None,
            })
        print(json.dumps(out))
        """;

    [Fact]
    public void Feedparser_reads_every_xml_feed_without_bozo_and_with_every_item()
    {
        var issues = FeedFixtures.StandardIssues(Shown + "\u0001").ToList();
        issues[0] = issues[0] with { Title = Shown + "\u0001" };
        var files = FeedFixtures.Files(FeedFixtures.Site(issues));
        var dir = Directory.CreateTempSubdirectory("weekly-feeds-");
        try
        {
            var paths = new List<string>();
            foreach (var (path, content) in files.Where(f => f.Key.EndsWith(".xml", StringComparison.Ordinal)))
            {
                var full = Path.Combine(dir.FullName, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, content, new System.Text.UTF8Encoding(false));
                paths.Add(full);
            }
            Assert.Equal(8, paths.Count);
            var results = RunFeedparser(paths).ToDictionary(r => Path.GetRelativePath(dir.FullName, r.GetProperty("path").GetString()!).Replace('\\', '/'));

            foreach (var (path, result) in results)
            {
                Assert.True(result.GetProperty("bozo").GetInt32() == 0, $"{path}: bozo, {result.GetProperty("exception").GetString()}");
                var expected = System.Xml.Linq.XDocument.Parse(files[path]).Descendants().Count(e => e.Name.LocalName is "item" or "entry");
                Assert.Equal(expected, result.GetProperty("items").GetInt32());
            }
            Assert.Equal(3, results["regions/fujian/feed.xml"].GetProperty("items").GetInt32());
            Assert.Equal("rss20", results["feed.xml"].GetProperty("version").GetString());
            Assert.Equal("atom10", results["atom.xml"].GetProperty("version").GetString());

            var atom = results["atom.xml"];
            Assert.Equal(["Supply Chains", Shown], atom.GetProperty("titles").EnumerateArray().Select(t => t.GetString()));
            Assert.Equal(["text/plain", "text/plain"], atom.GetProperty("title_types").EnumerateArray().Select(t => t.GetString()));
            Assert.Equal(["tag:example.org,2020:issues/2020-01-13-supply-chains", "tag:example.org,2020:issues/2020-01-06-local-two-sessions"],
                atom.GetProperty("ids").EnumerateArray().Select(t => t.GetString()));

            // Both formats give feedparser the same instants: 2020-01-13T01:30:15Z and 2020-01-05T16:00:00Z.
            long[] instants = [1578879015, 1578240000];
            Assert.Equal(instants, results["feed.xml"].GetProperty("published").EnumerateArray().Select(p => p.GetInt64()));
            Assert.Equal(instants, atom.GetProperty("published").EnumerateArray().Select(p => p.GetInt64()));
            Assert.Equal(instants[0], results["feed.xml"].GetProperty("updated").GetInt64());
            Assert.Equal(instants[0], atom.GetProperty("updated").GetInt64());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    internal static List<JsonElement> RunFeedparser(IReadOnlyList<string> paths)
    {
        Assert.True(File.Exists(Python), $"{Python} is missing; feeds are checked with python3-feedparser (apt-get install -y python3-feedparser).");
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        foreach (var p in paths) start.ArgumentList.Add(p);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "feedparser did not finish within 60 s");
        var output = stdout.Result;
        Assert.False(output.StartsWith("NO_FEEDPARSER", StringComparison.Ordinal),
            "python3-feedparser is not installed for /usr/bin/python3: run `apt-get update && apt-get install -y python3-feedparser`.");
        Assert.True(process.ExitCode == 0, $"feedparser script failed ({process.ExitCode}): {stderr}");
        using var doc = JsonDocument.Parse(output);
        return doc.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
