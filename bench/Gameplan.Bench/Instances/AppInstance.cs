using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Gameplan.Bench.Instances;

/// <summary>
/// One Gameplan instance: the built Gameplan.Web.dll run by <c>dotnet</c> as its own process on a
/// free loopback port, configured only by environment variables as systemd runs it (Production,
/// PostgreSQL, no demo seeding), answering with its name in <c>X-Gameplan-Instance</c>. Its output
/// is kept to explain a failure; disposing kills it.
/// </summary>
public sealed class AppInstance : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppInstance(string name, Process process, Uri address)
    {
        Name = name;
        _process = process;
        Address = address;
    }

    public string Name { get; }

    public Uri Address { get; }

    public int Pid => _process.Id;

    /// <summary>The instance's own CPU so far (all its threads: requests, GC, background work).</summary>
    public TimeSpan Cpu() => ProcessCpu.Of(_process.Id);

    /// <param name="web">A Release build of Gameplan.Web.dll, run directly so that its CPU time is its own.</param>
    public static async Task<AppInstance> StartAsync(string name, string web, string connectionString)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [Path.GetFullPath(web), "--urls", address.GetLeftPart(UriPartial.Authority)])
        {
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(web)),
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Instance__Name"] = name;
        start.Environment["Database__Provider"] = "Postgres";
        start.Environment["Database__ConnectionString"] = connectionString;
        start.Environment["Demo__SeedWhenEmpty"] = "false";
        // nginx is the only proxy; plain HTTP throughout (TLS would add the proxy's handshakes, not the app's work).
        start.Environment["Security__TrustedProxies"] = "127.0.0.1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var instance = new AppInstance(name, process, address);
        process.OutputDataReceived += (_, e) => instance.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => instance.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await instance.WaitUntilReadyAsync(TimeSpan.FromMinutes(3));
        }
        catch
        {
            instance.Dispose();
            throw;
        }
        return instance;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
    }

    /// <summary>Waits for <c>/health/ready</c>: the database reachable and its schema current.</summary>
    private async Task WaitUntilReadyAsync(TimeSpan within)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < within; await Task.Delay(250))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Instance {Name} exited with {_process.ExitCode}:\n{Output()}");
            }
            try
            {
                if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
        }
        throw new TimeoutException($"Instance {Name} was not ready within {within}:\n{Output()}");
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
