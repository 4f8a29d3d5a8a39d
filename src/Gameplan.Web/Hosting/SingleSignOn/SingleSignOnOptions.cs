using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Gameplan.Web.Hosting.SingleSignOn;

/// <summary>
/// Builds an organisation's <see cref="OpenIdConnectOptions"/> from its stored provider: the authorization
/// code flow with PKCE, the answer in the query (so the correlation cookie can be SameSite=Lax), the ID
/// token's issuer held to the configured one exactly, and the result put in Identity's external cookie
/// for <c>/account/sso/complete</c> to match to a person. Every failure leads to a page that says why.
/// </summary>
internal sealed class SingleSignOnOptions(SingleSignOnSchemes schemes, IConfiguration configuration) : IConfigureNamedOptions<OpenIdConnectOptions>
{
    /// <summary>The organisation the external cookie's principal signed in with.</summary>
    public const string OrganizationClaim = "gameplan:sso_org";

    /// <summary>The e-mail the provider gave in the organisation's e-mail claim (absent when it gave none, or an unverified one).</summary>
    public const string EmailClaim = "gameplan:sso_email";

    /// <summary>The provider's <c>name</c> claim, for a person made a rep.</summary>
    public const string NameClaim = "gameplan:sso_name";

    /// <summary>The authentication type of the external cookie's principal: someone the provider vouched for, not yet anyone in Gameplan.</summary>
    public const string ExternalIdentityType = "gameplan-sso";

    /// <summary>The authentication property that carries the e-mail typed on the sign-in page to the provider.</summary>
    public const string LoginHint = "login_hint";

    public void Configure(OpenIdConnectOptions options) { }

    public void Configure(string? name, OpenIdConnectOptions options)
    {
        if (name is null || SingleSignOnSchemes.OrganizationOf(name) is not { } organizationId || schemes.Provider(organizationId) is not { } provider)
        {
            return;
        }
        var secure = configuration.GetValue("Security:HttpsOnly", false) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        options.Authority = provider.Issuer;
        options.RequireHttpsMetadata = provider.Issuer.StartsWith("https:", StringComparison.OrdinalIgnoreCase);
        options.ClientId = provider.ClientId;
        options.ClientSecret = provider.ClientSecret;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        options.UsePkce = true;
        options.Scope.Clear();
        foreach (var scope in provider.Scopes)
        {
            options.Scope.Add(scope);
        }
        options.CallbackPath = SingleSignOnSchemes.CallbackOf(organizationId);
        options.SignInScheme = IdentityConstants.ExternalScheme;
        options.MapInboundClaims = false;
        options.SaveTokens = false;
        options.GetClaimsFromUserInfoEndpoint = false;
        options.DisableTelemetry = true;
        options.RemoteAuthenticationTimeout = TimeSpan.FromMinutes(15);
        // The answer comes back as a top-level GET, which carries SameSite=Lax cookies; plain-HTTP installs keep them too.
        options.CorrelationCookie.SameSite = SameSiteMode.Lax;
        options.CorrelationCookie.SecurePolicy = secure;
        options.NonceCookie.SameSite = SameSiteMode.Lax;
        options.NonceCookie.SecurePolicy = secure;
        // The handler would also accept whatever issuer the discovery document names; only the configured one is trusted.
        var issuers = new[] { provider.Issuer.TrimEnd('/'), provider.Issuer.TrimEnd('/') + "/" };
        options.TokenValidationParameters.IssuerValidator = (issuer, _, _) => issuers.Contains(issuer, StringComparer.Ordinal)
            ? issuer
            : throw new SecurityTokenInvalidIssuerException($"The ID token's issuer '{issuer}' is not the configured issuer '{provider.Issuer}'.");
        options.TokenValidationParameters.ValidAudience = provider.ClientId;
        options.TokenValidationParameters.PropertyBag = new Dictionary<string, object> { [SingleSignOnSchemes.RevisionKey] = provider.Revision };
        options.Events = new OpenIdConnectEvents
        {
            OnRedirectToIdentityProvider = context =>
            {
                if (context.Properties.Items.TryGetValue(LoginHint, out var hint) && !string.IsNullOrEmpty(hint))
                {
                    context.ProtocolMessage.LoginHint = hint;
                }
                return Task.CompletedTask;
            },
            OnTokenValidated = context =>
            {
                context.Principal = Minimal(context.Principal, organizationId, provider.EmailClaim);
                return Task.CompletedTask;
            },
            OnRemoteFailure = context =>
            {
                context.HandleResponse();
                context.Response.Redirect($"/account/sso/refused?reason={SingleSignOnFailures.ReasonOf(context.Failure)}");
                return Task.CompletedTask;
            },
        };
    }

    /// <summary>Only what Gameplan needs from the ID token, so the external cookie stays small.</summary>
    private static ClaimsPrincipal Minimal(ClaimsPrincipal? principal, int organizationId, string emailClaim)
    {
        var identity = new ClaimsIdentity(ExternalIdentityType);
        identity.AddClaim(new Claim(OrganizationClaim, organizationId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var verified = principal?.FindFirst("email_verified")?.Value;
        // A provider that says the address is unverified has not shown that the person owns it.
        if (principal?.FindFirst(emailClaim)?.Value is { Length: > 0 } email && !string.Equals(verified, "false", StringComparison.OrdinalIgnoreCase))
        {
            identity.AddClaim(new Claim(EmailClaim, email));
        }
        if (principal?.FindFirst("name")?.Value is { Length: > 0 } name)
        {
            identity.AddClaim(new Claim(NameClaim, name));
        }
        return new ClaimsPrincipal(identity);
    }
}
