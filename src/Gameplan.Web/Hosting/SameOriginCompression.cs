using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Gameplan.Web.Hosting;

/// <summary>
/// Compresses a response only when no other site can have caused the request with the person's cookie.
/// BREACH needs an attacker's page to make the victim's browser send many requests whose compressed
/// answers hold both a secret and text the attacker chose; such requests are cross-site and browsers say
/// so in Sec-Fetch-Site. A request the app's own pages made (same-origin), one the person typed or
/// bookmarked (none), and one without a cookie (an API client with a bearer token, an anonymous visitor)
/// are compressed; a cookie-carrying request from another site, or from a browser too old to send
/// Sec-Fetch-Site, gets the same answer uncompressed (ADR 0055).
/// </summary>
internal sealed class SameOriginCompression(IServiceProvider services, IOptions<ResponseCompressionOptions> options) : IResponseCompressionProvider
{
    public const string FetchSiteHeader = "Sec-Fetch-Site";

    private readonly ResponseCompressionProvider _standard = new(services, options);

    public bool CheckRequestAcceptsCompression(HttpContext context) =>
        _standard.CheckRequestAcceptsCompression(context) && !MayComeFromAnotherSite(context.Request);

    public ICompressionProvider? GetCompressionProvider(HttpContext context) => _standard.GetCompressionProvider(context);

    public bool ShouldCompressResponse(HttpContext context) => _standard.ShouldCompressResponse(context);

    internal static bool MayComeFromAnotherSite(HttpRequest request)
    {
        if (request.Headers.Cookie.Count == 0)
        {
            return false;
        }
        var site = request.Headers[FetchSiteHeader].ToString();
        return !(site.Equals("same-origin", StringComparison.OrdinalIgnoreCase) || site.Equals("none", StringComparison.OrdinalIgnoreCase));
    }
}
