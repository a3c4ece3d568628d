using System.Text.RegularExpressions;
using Weekly.Tests.TestKit;

namespace Weekly.Tests.Deploy;

/// <summary>
/// netlify.toml, netlify/build.sh and the local cache plugin agree (issue #18, item 4): the build command
/// runs the script, the plugin exists where netlify.toml says, and it caches the folders the script uses.
/// The script itself is timed by bench/deploy_time.sh, not here.
/// </summary>
public partial class NetlifyConfigTests
{
    private static string Read(string path) => File.ReadAllText(Path.Combine(RepoFiles.Root, path));

    [Fact]
    public void The_build_command_runs_netlify_build_sh_and_publishes_output()
    {
        var toml = Read("netlify.toml");
        Assert.Contains("command = \"bash netlify/build.sh\"", toml, StringComparison.Ordinal);
        Assert.Contains("publish = \"output\"", toml, StringComparison.Ordinal);
        var script = Read("netlify/build.sh");
        Assert.Contains("Weekly.Cli.dll\" build --base-url \"$site_url/\"", script, StringComparison.Ordinal);
        Assert.DoesNotContain("dotnet run", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cache_plugin_keeps_the_folders_the_script_uses()
    {
        var package = Assert.Single(PluginPackage().Matches(Read("netlify.toml"))).Groups[1].Value;
        Assert.Equal("./netlify/plugins/dotnet-cache", package);
        Assert.True(File.Exists(Path.Combine(RepoFiles.Root, package, "manifest.yml")));
        var plugin = Read(Path.Combine(package, "index.js"));
        var script = Read("netlify/build.sh");
        foreach (var (scriptDefault, pluginPath) in new[]
        {
            ("${WEEKLY_DOTNET_DIR:-$HOME/.dotnet}", "join(home, '.dotnet')"),
            ("${NUGET_PACKAGES:-$HOME/.nuget/packages}", "join(home, '.nuget', 'packages')"),
            ("${WEEKLY_BIN_CACHE:-$HOME/.cache/weekly-bin}", "join(home, '.cache', 'weekly-bin')"),
        })
        {
            Assert.Contains(scriptDefault, script, StringComparison.Ordinal);
            Assert.Contains(pluginPath, plugin, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("""^\s*package\s*=\s*"([^"]+)"\s*$""", RegexOptions.Multiline)]
    private static partial Regex PluginPackage();
}
