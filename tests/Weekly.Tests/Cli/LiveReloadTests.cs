using Weekly.Cli.Preview;

namespace Weekly.Tests.Cli;

public class LiveReloadTests
{
    [Fact]
    public void The_error_page_escapes_problems_as_every_page_does_and_keeps_other_characters_as_they_are()
    {
        var page = LiveReload.ErrorPage(["seeds/a.txt:1:1: error WK0103: <b>Fuzhou</b> & 福州 'x' é"]);
        Assert.Contains("<pre>seeds/a.txt:1:1: error WK0103: &lt;b&gt;Fuzhou&lt;/b&gt; &amp; 福州 &#39;x&#39; é</pre>", page, StringComparison.Ordinal);
    }
}
