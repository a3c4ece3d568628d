using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Weekly.Tests.TestKit;

/// <summary>
/// <c>weekly preview</c> running as a child process on 127.0.0.1; its stdout and stderr lines are
/// collected. Disposing kills it (and waits), so tests never leave a server behind.
/// </summary>
public sealed partial class PreviewProcess : IDisposable
{
    private readonly Process _process;
    private readonly BlockingCollection<string> _lines = [];

    private PreviewProcess(Process process) => _process = process;

    /// <summary>The served address, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Every line printed so far (stdout and stderr, in arrival order).</summary>
    public ConcurrentQueue<string> Output { get; } = new();

    /// <summary>Starts <c>weekly <paramref name="command"/> --port <paramref name="port"/> <paramref name="extra"/></c> in <paramref name="root"/> and waits for its "Serving" line.</summary>
    public static PreviewProcess Start(string root, int port = 0, string command = "preview", params string[] extra)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Weekly.Cli.dll"));
        start.ArgumentList.Add(command);
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var arg in extra) start.ArgumentList.Add(arg);
        var preview = new PreviewProcess(Process.Start(start)!);
        preview._process.OutputDataReceived += (_, e) => preview.Add(e.Data);
        preview._process.ErrorDataReceived += (_, e) => preview.Add(e.Data);
        preview._process.BeginOutputReadLine();
        preview._process.BeginErrorReadLine();
        try
        {
            var serving = preview.WaitForLine(l => ServingLine().IsMatch(l), TimeSpan.FromMinutes(1));
            preview.Url = new Uri(ServingLine().Match(serving).Groups[1].Value);
            return preview;
        }
        catch
        {
            preview.Dispose();
            throw;
        }
    }

    /// <summary>Waits for a line (printed after the previous wait) matching <paramref name="match"/>.</summary>
    public string WaitForLine(Func<string, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !_lines.TryTake(out var line, left))
                throw new TimeoutException("weekly preview did not print the expected line. Output:\n" + string.Join("\n", Output));
            if (match(line)) return line;
        }
    }

    private void Add(string? line)
    {
        if (line is null) return;
        Output.Enqueue(line);
        _lines.Add(line);
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
        _process.Dispose();
    }

    [GeneratedRegex(@"^Serving (http://127\.0\.0\.1:\d+/) ")]
    private static partial Regex ServingLine();
}
