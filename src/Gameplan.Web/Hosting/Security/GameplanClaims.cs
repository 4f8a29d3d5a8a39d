using System.Security.Claims;
using Gameplan.Core.Accounts;
using Gameplan.Domain.People;

namespace Gameplan.Web.Hosting.Security;

/// <summary>The claims every signed-in principal carries, whether it came by cookie or by token.</summary>
internal static class GameplanClaims
{
    public const string Organization = "gameplan:org";
    public const string Person = "gameplan:person";
    public const string Handle = "gameplan:handle";

    /// <summary>"write" or "read"; cookie sessions always write, tokens as they were issued.</summary>
    public const string Scope = "gameplan:scope";

    /// <summary>Present ("true") on a cookie session whose account is a system administrator (refreshed from the database every request).</summary>
    public const string SystemAdministrator = "gameplan:system-admin";

    /// <summary>The name its owner gave the token (never any part of its secret), for the audit.</summary>
    public const string TokenName = "gameplan:token";

    public static ClaimsIdentity Identity(SignedInUser user, string authenticationType, bool canWrite, string? tokenName = null)
    {
        var identity = new ClaimsIdentity(authenticationType, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, user.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(ClaimTypes.Name, user.Name));
        identity.AddClaim(new Claim(ClaimTypes.Role, user.Role.ToString()));
        identity.AddClaim(new Claim(Organization, user.OrganizationId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(Person, user.PersonId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(Handle, user.Handle));
        identity.AddClaim(new Claim(Scope, canWrite ? "write" : "read"));
        if (user.IsSystemAdministrator && tokenName is null)
        {
            identity.AddClaim(new Claim(SystemAdministrator, "true"));
        }
        if (tokenName is not null)
        {
            identity.AddClaim(new Claim(TokenName, tokenName));
        }
        return identity;
    }

    public static int? UserId(this ClaimsPrincipal principal) =>
        int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static int? OrganizationId(this ClaimsPrincipal principal) =>
        int.TryParse(principal.FindFirstValue(Organization), out var id) ? id : null;

    public static int? PersonId(this ClaimsPrincipal principal) =>
        int.TryParse(principal.FindFirstValue(Person), out var id) ? id : null;

    public static bool CanWrite(this ClaimsPrincipal principal) => principal.FindFirstValue(Scope) == "write";

    public static PersonRole? Role(this ClaimsPrincipal principal) =>
        Enum.TryParse<PersonRole>(principal.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;

    /// <summary>How the audit log names whoever acts through this principal (at most 200 characters, as the log stores).</summary>
    public static string AuditName(this ClaimsPrincipal principal)
    {
        var who = $"{principal.FindFirstValue(Handle)} ({principal.FindFirstValue(ClaimTypes.Name)})";
        var name = principal.FindFirstValue(TokenName) is { } token ? $"{who} via token '{token}'" : who;
        return name.Length <= 200 ? name : name[..199] + "…";
    }
}
