using System.Security.Claims;
using Gameplan.Core.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Gameplan.Web.Hosting.Security;

/// <summary>
/// Refreshes a cookie session's claims from the database on every request, so a changed role takes
/// effect at once and a deactivated person is signed out at their next click. The external cookie of a
/// single sign-on in progress is left as it is: /account/sso/complete finds its person.
/// </summary>
internal sealed class SignedInClaims(AccountCommands accounts) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not { IsAuthenticated: true } identity
            || identity.AuthenticationType is ApiTokenAuthentication.SchemeName or SingleSignOn.SingleSignOnOptions.ExternalIdentityType)
        {
            return principal;
        }
        if (principal.UserId() is not { } userId || await accounts.FindAsync(userId) is not { } user)
        {
            return new ClaimsPrincipal(new ClaimsIdentity());
        }
        return new ClaimsPrincipal(GameplanClaims.Identity(user, IdentityConstants.ApplicationScheme, canWrite: true));
    }
}
