using System.Diagnostics;
using System.Net.Sockets;

namespace Gameplan.Bench.Activities;

/// <summary>
/// The Gameplan web app as a child process on 127.0.0.1 (Production settings, the given SQLite
/// file, no demo seeding unless asked), stopped with its process tree when disposed.
/// </summary>
public sealed class WebServer : IDisposable
{
    private readonly Process _process;

    private WebServer(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    public string Url { get; }

    /// <param name="web">A built Gameplan.Web.dll (Release), run directly so that its CPU time is its own.</param>
    /// <param name="seedDemo">Seed the demo organisation into an empty database on start, as a first run does.</param>
    public static async Task<WebServer> StartAsync(string web, string sqlitePath, bool seedDemo = false)
    {
        if (!File.Exists(web))
        {
            throw new FileNotFoundException($"{web} is missing: run 'dotnet build -c Release src/Gameplan.Web' first, or pass --web PATH/Gameplan.Web.dll.");
        }
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.GetFullPath(web));
        start.WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(web));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Database__Path"] = Path.GetFullPath(sqlitePath);
        start.Environment["Demo__SeedWhenEmpty"] = seedDemo ? "true" : "false";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The web app did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) Console.Error.WriteLine($"web: {line}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new WebServer(process, url);
        using var http = new HttpClient();
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromMinutes(3); await Task.Delay(500))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The web app exited with {process.ExitCode}.");
            }
            try
            {
                if ((await http.GetAsync(url + "/health")).IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
        }
        server.Dispose();
        throw new TimeoutException("The web app did not answer /health within 3 minutes.");
    }

    /// <summary>The server's own CPU time so far (utime + stime, fields 14 and 15 of /proc/PID/stat, 1/100 s ticks).</summary>
    public TimeSpan Cpu()
    {
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return TimeSpan.FromSeconds((long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture)
            + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)) / 100.0);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
