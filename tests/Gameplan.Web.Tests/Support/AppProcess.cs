using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Gameplan.Web.Tests.Support;

/// <summary>
/// The built web app (<c>Gameplan.Web.dll</c>, the project's own build output) run as a real Kestrel process on
/// a free loopback port, configured only by environment variables, as systemd runs it. Its output is kept to
/// explain a failure; disposing kills it (this process only).
/// </summary>
public sealed class AppProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public AppProcess(string name, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        Name = name;
        var port = FreePort();
        Address = new Uri($"http://127.0.0.1:{port}/");
        var dll = WebAssembly();
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", Address.GetLeftPart(UriPartial.Authority)])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Instance__Name"] = name;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Name { get; }

    /// <summary>Where the instance listens (plain HTTP; the proxy ends TLS).</summary>
    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200 (the schema migrated, the demo seeded by the first instance).</summary>
    public async Task WaitUntilReadyAsync(TimeSpan within)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Instance {Name} exited with {_process.ExitCode}:\n{Output}");
            }
            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Instance {Name} was not ready within {within}:\n{Output}");
            }
            await Task.Delay(250);
        }
    }

    /// <summary>Kills the instance at once, as a crash or kill -9 would: no clean shutdown.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
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

    /// <summary>The web project's build output beside this test project's (artifacts/bin/Gameplan.Web/&lt;configuration&gt;), else the copy in this one's.</summary>
    private static string WebAssembly()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var own = Path.Combine(here.Parent!.Parent!.FullName, "Gameplan.Web", here.Name, "Gameplan.Web.dll");
        var copy = Path.Combine(here.FullName, "Gameplan.Web.dll");
        return File.Exists(own) ? own : File.Exists(copy) ? copy : throw new FileNotFoundException("Gameplan.Web.dll is not built; run dotnet build first.", own);
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
