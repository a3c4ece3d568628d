using Weekly.Tests.TestKit;

namespace Weekly.Tests.Site;

/// <summary>Every internal link and asset reference in the real site resolves to a file of the build, anchors included.</summary>
public class LinkTests
{
    [Fact]
    public void Every_internal_link_resolves()
    {
        var site = RealSite.Result;
        var baseUrl = RealSite.BaseUrl;
        var files = site.Files.Select(f => f.Destination).ToHashSet(StringComparer.Ordinal);
        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var page in site.Files.Where(f => f.Destination.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = site.Html(page.Destination);
            foreach (var element in html.QuerySelectorAll("[href], [src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (url.StartsWith(baseUrl, StringComparison.Ordinal)) url = "/" + url[baseUrl.Length..];
                if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal)) continue;
                checkedLinks++;
                var path = url.Split('#')[0].Split('?')[0];
                var fragment = url.Contains('#') ? url[(url.IndexOf('#') + 1)..] : null;
                var target = Uri.UnescapeDataString(path.TrimStart('/'));
                if (target.Length == 0 || target.EndsWith('/')) target += "index.html";
                if (!files.Contains(target))
                {
                    broken.Add($"{page.Destination}: {url}");
                }
                else if (fragment is { Length: > 0 } && target.EndsWith(".html", StringComparison.Ordinal) && site.Html(target).GetElementById(fragment) is null)
                {
                    broken.Add($"{page.Destination}: {url} (no element with that id)");
                }
            }
        }
        Assert.True(checkedLinks > 500, $"only {checkedLinks} links checked");
        Assert.True(broken.Count == 0, "broken links:\n" + string.Join("\n", broken.Distinct().Take(50)));
    }
}
