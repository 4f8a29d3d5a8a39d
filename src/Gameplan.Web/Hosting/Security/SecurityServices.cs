using Gameplan.Core.Accounts;
using Gameplan.Core.Plans;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Gameplan.Web.Hosting.SingleSignOn;
using Microsoft.AspNetCore.Identity;

namespace Gameplan.Web.Hosting.Security;

/// <summary>
/// Sign-in (Identity cookies for pages, bearer tokens for the API and CLI), the authorisation
/// policies, rate limits, HSTS, and a data-protection key ring kept in the database.
/// </summary>
internal static class SecurityServices
{
    public static IServiceCollection AddGameplanSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var httpsOnly = configuration.GetValue("Security:HttpsOnly", false);
        services.AddGameplanAccounts().AddSignInManager();
        services.AddScoped<PlanAccessQueries>();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddSingleton<TokenUseWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<TokenUseWriter>());
        services.AddSingleton<EndpointPaths>();
        services.AddScoped<ActionAccess>();
        services.AddScoped<IClaimsTransformation, SignedInClaims>();
        services.AddScoped<IAuthorizationHandler, PlanAccessHandler>();
        services.AddSingleton<IAuthorizationHandler, WriteScopeRequirement>();
        services.AddSingleton<IAuthorizationHandler, ChangesNeedWriteScopeHandler>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = "gameplan";
                options.DefaultChallengeScheme = "gameplan";
            })
            .AddPolicyScheme("gameplan", "Cookie or bearer token", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenAuthentication.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            // The __Host- prefix pins the cookie to this host and path over HTTPS; plain-HTTP installs
            // (localhost, a proxy that terminates TLS without telling us) fall back to a plain name.
            options.Cookie.Name = httpsOnly ? "__Host-gameplan" : "gameplan";
            options.Cookie.SecurePolicy = httpsOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/denied";
            options.ExpireTimeSpan = TimeSpan.FromHours(12);
            options.SlidingExpiration = true;
            options.Events.OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden);
            var validateSecurityStamp = options.Events.OnValidatePrincipal;
            options.Events.OnValidatePrincipal = async context =>
            {
                await validateSecurityStamp(context);
                await SignOutWhenGoneAsync(context);
            };
        });
        // Sessions live in the database and the cookie carries only their key, so ending one on the
        // server (sign-out, sign out everywhere, password change, deactivation) refuses a replayed cookie.
        services.AddSingleton<DatabaseTicketStore>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<DatabaseTicketStore>((options, store) => options.SessionStore = store);
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = httpsOnly ? "__Host-gameplan-csrf" : "gameplan-csrf";
            options.Cookie.SecurePolicy = httpsOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.HeaderName = "RequestVerificationToken";
        });
        services.AddAuthorization(Policies.Add);
        services.AddGameplanRateLimits(configuration);
        services.AddTrustedProxies(configuration);
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        services.AddGameplanDataProtection();
        services.AddGameplanSingleSignOn();
        return services;
    }

    /// <summary>
    /// A session whose account or person is gone or deactivated ends at the next request: the cookie is
    /// removed and pages send them to sign-in (not to "Not allowed", as an emptied principal would).
    /// </summary>
    private static async Task SignOutWhenGoneAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is null)
        {
            return;
        }
        var accounts = context.HttpContext.RequestServices.GetRequiredService<AccountCommands>();
        if (context.Principal.UserId() is not { } userId || await accounts.FindAsync(userId, context.HttpContext.RequestAborted) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    /// <summary>
    /// The API answers 401/403 with a problem; pages redirect to sign-in. So does an htmx request that
    /// updates part of a page: followed, the redirect would swap the whole "Not allowed" page into a table
    /// row, so it gets the status and request-errors.js says why. Boosted navigation is a page load.
    /// </summary>
    private static Task ApiAware(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var partial = context.Request.Headers["HX-Request"] == "true" && context.Request.Headers["HX-Boosted"] != "true";
        if (context.Request.Path.StartsWithSegments("/api") || partial)
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
