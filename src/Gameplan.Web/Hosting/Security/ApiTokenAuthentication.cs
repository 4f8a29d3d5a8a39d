using System.Security.Claims;
using System.Text.Encodings.Web;
using Gameplan.Core.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Gameplan.Web.Hosting.Security;

/// <summary>
/// Authenticates <c>Authorization: Bearer gp_...</c> personal access tokens. An unknown, expired or
/// revoked token, or one whose person was deactivated, is a 401 with a Bearer challenge.
/// </summary>
internal sealed class ApiTokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, TokenCommands tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var secret = header["Bearer ".Length..].Trim();
        if (await tokens.AuthenticateAsync(secret, Context.RequestAborted) is not ({ } user, var canWrite, var name))
        {
            return AuthenticateResult.Fail("The token is unknown, expired or revoked.");
        }
        // The audit names the token by the name its owner gave it; no character of the secret leaves here.
        var principal = new ClaimsPrincipal(GameplanClaims.Identity(user, SchemeName, canWrite, name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        return Task.CompletedTask;
    }
}
