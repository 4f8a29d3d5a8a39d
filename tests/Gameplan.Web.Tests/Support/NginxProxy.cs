using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Gameplan.Web.Tests.Support;

/// <summary>
/// Debian's nginx, run as the test's own user from a temporary folder, ending TLS (a self-signed certificate
/// made here) on a free loopback port and passing requests to the app over plain HTTP with the usual
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>, as a company's proxy in front of Gameplan would.
/// </summary>
public sealed class NginxProxy : IDisposable
{
    public const string ExecutablePath = "/usr/sbin/nginx";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gameplan-nginx", Guid.NewGuid().ToString("N"));
    private readonly Process _nginx;
    private readonly byte[] _certificateHash;

    /// <param name="upstream">The app's own address, e.g. <c>http://127.0.0.1:5123/</c>.</param>
    public NginxProxy(Uri upstream)
        : this([upstream])
    {
    }

    /// <param name="upstreams">The addresses of app instances, taken in turn (plain round robin, no stickiness), as a proxy in front of several instances does.</param>
    public NginxProxy(IReadOnlyList<Uri> upstreams)
    {
        ArgumentNullException.ThrowIfNull(upstreams);
        Directory.CreateDirectory(_folder);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        _certificateHash = certificate.GetCertHash();
        File.WriteAllText(Path.Combine(_folder, "cert.pem"), certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(_folder, "key.pem"), key.ExportPkcs8PrivateKeyPem());

        var port = FreePort();
        Address = new Uri($"https://localhost:{port}/");
        File.WriteAllText(Path.Combine(_folder, "nginx.conf"), $$"""
            worker_processes 1;
            daemon off;
            pid {{_folder}}/nginx.pid;
            error_log {{_folder}}/error.log warn;
            events { worker_connections 64; }
            http {
              access_log off;
              upstream gameplan {
            {{string.Concat(upstreams.Select(u => $"    server {u.Authority};\n"))}}  }
              client_body_temp_path {{_folder}}/body;
              proxy_temp_path {{_folder}}/proxy;
              fastcgi_temp_path {{_folder}}/fastcgi;
              uwsgi_temp_path {{_folder}}/uwsgi;
              scgi_temp_path {{_folder}}/scgi;
              server {
                listen 127.0.0.1:{{port}} ssl;
                ssl_certificate {{_folder}}/cert.pem;
                ssl_certificate_key {{_folder}}/key.pem;
                location / {
                  proxy_pass http://gameplan;
                  client_max_body_size 20m;
                  proxy_set_header Host $host:$server_port;
                  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                  proxy_set_header X-Forwarded-Proto $scheme;
                }
              }
            }
            """);
        _nginx = Process.Start(new ProcessStartInfo(ExecutablePath, ["-p", _folder, "-e", Path.Combine(_folder, "error.log"), "-c", Path.Combine(_folder, "nginx.conf")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        WaitUntilListening(port);
    }

    /// <summary>Where clients reach the app through nginx (HTTPS).</summary>
    public Uri Address { get; }

    /// <summary>
    /// A browser without JavaScript that connects from <paramref name="clientAddress"/> (any 127.x.y.z is this
    /// machine), trusts only this proxy's certificate, keeps its cookies and does not follow redirects.
    /// </summary>
    /// <param name="clientAddress">The client's own loopback address.</param>
    /// <param name="onResponse">Sees every response (which instance answered, for example).</param>
    public HttpClient CreateClient(string clientAddress = "127.0.0.2", Action<HttpResponseMessage>? onResponse = null)
    {
        var local = IPAddress.Parse(clientAddress);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(local, 0));
                    await socket.ConnectAsync(IPAddress.Loopback, context.DnsEndPoint.Port, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is not null && certificate.GetCertHash().AsSpan().SequenceEqual(_certificateHash),
            },
        };
        return onResponse is null
            ? new HttpClient(handler) { BaseAddress = Address }
            : new HttpClient(new Watching(onResponse) { InnerHandler = handler }) { BaseAddress = Address };
    }

    private sealed class Watching(Action<HttpResponseMessage> onResponse) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            onResponse(response);
            return response;
        }
    }

    private void WaitUntilListening(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (_nginx.HasExited)
            {
                throw new InvalidOperationException($"nginx exited with {_nginx.ExitCode}: {_nginx.StandardError.ReadToEnd()} {ErrorLog()}");
            }
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(100);
            }
        }
    }

    private string ErrorLog()
    {
        var log = Path.Combine(_folder, "error.log");
        return File.Exists(log) ? File.ReadAllText(log) : "";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_nginx.HasExited)
        {
            _nginx.Kill(entireProcessTree: true);
            _nginx.WaitForExit(10_000);
        }
        _nginx.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file nginx still holds is left for the OS temp cleaner.
        }
    }
}
