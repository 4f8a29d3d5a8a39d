using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Gameplan.Web.Hosting.SingleSignOn;

/// <summary>Why a sign-in through a provider failed, as the short reason the refusal page explains.</summary>
internal static class SingleSignOnFailures
{
    public static string ReasonOf(Exception? failure) => failure switch
    {
        SecurityTokenInvalidIssuerException => "issuer",
        SecurityTokenInvalidAudienceException => "audience",
        SecurityTokenException => "token",
        OpenIdConnectProtocolException e when e.Data["error"] as string == "invalid_grant" => "code",
        OpenIdConnectProtocolException e when e.Data["error"] as string == "access_denied" => "provider",
        OpenIdConnectProtocolException => "provider",
        // The correlation cookie is gone: the answer came back twice, very late, or to another browser.
        _ when failure?.Message.Contains("Correlation failed", StringComparison.Ordinal) == true => "expired",
        _ when failure?.Message.Contains("state", StringComparison.OrdinalIgnoreCase) == true => "expired",
        _ => "failed",
    };
}
