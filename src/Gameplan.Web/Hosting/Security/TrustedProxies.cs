using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace Gameplan.Web.Hosting.Security;

/// <summary>
/// Behind a reverse proxy the connection comes from the proxy: without its word the app would think every
/// request is plain HTTP (antiforgery then refuses to issue a Secure cookie) and every client has the
/// proxy's address (one rate-limit bucket for the whole company). <c>Security:TrustedProxies</c> names the
/// proxies (addresses or CIDR networks) whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are
/// believed; a header from anyone else is ignored, so a client cannot claim another address.
/// </summary>
internal static class TrustedProxies
{
    public const string Setting = "Security:TrustedProxies";

    /// <summary>The configured networks: a list (<c>Security:TrustedProxies:0</c>, ...) or one comma-separated value.</summary>
    public static IReadOnlyList<IPNetwork> Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Setting);
        var entries = section.GetChildren().Select(child => child.Value).Append(section.Value)
            .SelectMany(value => (value ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return entries.Select(Parse).ToList();
    }

    private static IPNetwork Parse(string entry)
    {
        if (IPNetwork.TryParse(entry, out var network))
        {
            return network;
        }
        if (IPAddress.TryParse(entry, out var address))
        {
            return new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
        }
        throw new InvalidOperationException(
            $"{Setting}: '{entry}' is neither an IP address nor a network in CIDR notation (examples: 10.0.0.5, 10.0.0.0/8, ::1).");
    }

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Read(configuration);
        return services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the configured proxies; the framework's default (loopback) would trust any local process.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownIPNetworks.Add(proxy);
            }
            // A chain of trusted proxies (a load balancer in front of nginx) is walked from the right while
            // each hop is trusted; the first untrusted address is the client.
            options.ForwardLimit = null;
        });
    }

    /// <summary>Honours the forwarded headers of the configured proxies; with none configured, nothing is read.</summary>
    public static IApplicationBuilder UseTrustedProxies(this WebApplication app)
    {
        if (Read(app.Configuration).Count > 0)
        {
            app.UseForwardedHeaders();
        }
        return app;
    }
}
