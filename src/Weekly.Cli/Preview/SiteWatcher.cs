namespace Weekly.Cli.Preview;

/// <summary>
/// Watches <c>seeds/</c>, <c>input/</c> and <c>theme/</c> under the site root (recursively) and calls
/// back once changes have settled for <see cref="Debounce"/> (editors save several files, or one file
/// in several writes; 20 ms, webpack's default aggregate timeout: each event restarts the wait, so a
/// burst still gives one rebuild, and a save is not held back). Folders missing at start are not watched.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(20);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;

    public SiteWatcher(string root, Action changed)
    {
        _timer = new Timer(_ => changed(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in new[] { "seeds", "input", "theme" })
        {
            var path = Path.Combine(root, folder);
            if (!Directory.Exists(path)) continue;
            var watcher = new FileSystemWatcher(path)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, _) => Poke();
            watcher.Created += (_, _) => Poke();
            watcher.Deleted += (_, _) => Poke();
            watcher.Renamed += (_, _) => Poke();
            watcher.Error += (_, _) => Poke();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>The folders being watched, relative to the root.</summary>
    public IEnumerable<string> Folders => _watchers.Select(w => Path.GetFileName(w.Path) + "/");

    private void Poke() => _timer.Change(Debounce, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        foreach (var w in _watchers) w.Dispose();
        _timer.Dispose();
    }
}
