using Weekly.Tests.TestKit;
namespace Weekly.Tests.Rendering;
public class DumpTests
{
    [Fact]
    public void Dump()
    {
        var f = new RenderFixture(SampleSite.Create("<script>alert(1)</script> \"q\" & {{ 1+1 }}"));
        Directory.CreateDirectory("/tmp/dump");
        foreach (var (name, html) in f.AllPages()) File.WriteAllText("/tmp/dump/" + name.Replace('/', '_').Replace(':', '_') + ".html", html);
        Assert.Empty(f.Diagnostics.Sorted().Select(d => d.ToString()));
    }
}
