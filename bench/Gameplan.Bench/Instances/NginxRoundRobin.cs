using System.Diagnostics;
using System.Net.Sockets;

namespace Gameplan.Bench.Instances;

/// <summary>
/// Debian's nginx run from a temporary folder in front of one or more instances: plain round robin
/// (no stickiness) with the upstream keep-alive and headers of docs/deployment.md section 4, on
/// plain HTTP (a TLS handshake is the proxy's cost, the same for one instance or ten), as many
/// workers as cores (Debian's <c>worker_processes auto</c>). Disposing stops it.
/// </summary>
public sealed class NginxRoundRobin : IDisposable
{
    public const string ExecutablePath = "/usr/sbin/nginx";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gameplan-bench-nginx", Guid.NewGuid().ToString("N"));
    private readonly Process _master;

    public NginxRoundRobin(IReadOnlyList<AppInstance> upstreams)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: install Debian's nginx (apt-get install -y nginx), as .ci/run does.");
        }
        Directory.CreateDirectory(_folder);
        var port = AppInstance.FreePort();
        Address = new Uri($"http://127.0.0.1:{port}");
        File.WriteAllText(Path.Combine(_folder, "nginx.conf"), $$"""
            worker_processes auto;
            daemon off;
            pid {{_folder}}/nginx.pid;
            error_log {{_folder}}/error.log warn;
            events { worker_connections 1024; }
            http {
              access_log off;
              upstream gameplan {
            {{string.Concat(upstreams.Select(u => $"    server {u.Address.Authority};\n"))}}    keepalive 16;
              }
              client_body_temp_path {{_folder}}/body;
              proxy_temp_path {{_folder}}/proxy;
              fastcgi_temp_path {{_folder}}/fastcgi;
              uwsgi_temp_path {{_folder}}/uwsgi;
              scgi_temp_path {{_folder}}/scgi;
              server {
                listen 127.0.0.1:{{port}};
                location / {
                  proxy_pass http://gameplan;
                  proxy_http_version 1.1;
                  proxy_set_header Connection "";
                  proxy_set_header Host $host:$server_port;
                  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                  proxy_set_header X-Forwarded-Proto $scheme;
                }
              }
            }
            """);
        _master = Process.Start(new ProcessStartInfo(ExecutablePath, ["-p", _folder, "-e", Path.Combine(_folder, "error.log"), "-c", Path.Combine(_folder, "nginx.conf")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("nginx did not start.");
        WaitUntilListening(port);
    }

    public Uri Address { get; }

    /// <summary>The master's CPU with its exited workers' and the running workers' CPU.</summary>
    public TimeSpan Cpu() => ProcessCpu.Of(_master.Id, withExitedChildren: true)
        + ProcessCpu.Named("nginx").Where(p => p.Parent == _master.Id).Aggregate(TimeSpan.Zero, (sum, p) => sum + ProcessCpu.Of(p.Pid));

    public void Dispose()
    {
        if (!_master.HasExited)
        {
            _master.Kill(entireProcessTree: true);
            _master.WaitForExit(10_000);
        }
        _master.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file nginx still holds is left for the OS temp cleaner.
        }
    }

    private void WaitUntilListening(int port)
    {
        for (var clock = Stopwatch.StartNew(); ; Thread.Sleep(100))
        {
            if (_master.HasExited)
            {
                var log = Path.Combine(_folder, "error.log");
                throw new InvalidOperationException($"nginx exited with {_master.ExitCode}: {_master.StandardError.ReadToEnd()} {(File.Exists(log) ? File.ReadAllText(log) : "")}");
            }
            try
            {
                using var probe = new TcpClient();
                probe.Connect(System.Net.IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (clock.Elapsed < TimeSpan.FromSeconds(30))
            {
                // Not listening yet.
            }
        }
    }
}
