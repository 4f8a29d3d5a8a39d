using Microsoft.AspNetCore.ResponseCompression;

namespace Gameplan.Web.Hosting;

/// <summary>
/// Brotli or gzip for what the app writes itself: pages, htmx fragments, API and OpenAPI JSON, problems,
/// plan files and calendar feeds. Static files come precompressed from the build (MapStaticAssets), and a
/// response that already has a Content-Encoding is left alone. A cookie-carrying request that another site
/// may have caused is answered uncompressed (BREACH, ADR 0055: <see cref="SameOriginCompression"/>).
/// </summary>
internal static class Compression
{
    /// <summary>Text types the app writes beyond the middleware's defaults (HTML, CSS, JS, JSON, XML, plain text).</summary>
    private static readonly string[] MoreTypes =
    [
        "application/problem+json",
        "application/yaml",
        "text/yaml",
        "text/csv",
        "text/calendar",
        "text/markdown",
        "image/svg+xml",
    ];

    public static IServiceCollection AddGameplanCompression(this IServiceCollection services)
    {
        // Before AddResponseCompression, which only adds its own provider when none is registered.
        services.AddSingleton<IResponseCompressionProvider, SameOriginCompression>();
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(MoreTypes);
        });
        return services;
    }
}
