using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Gameplan.Web.Hosting.SingleSignOn;

/// <summary>Per-organisation OpenID Connect sign-in (docs/sso.md): the schemes, their options, and the callback guard.</summary>
internal static class SingleSignOnServices
{
    public static IServiceCollection AddGameplanSingleSignOn(this IServiceCollection services)
    {
        services.AddSingleton<SingleSignOnSchemes>();
        services.AddSingleton<IConfigureOptions<OpenIdConnectOptions>, SingleSignOnOptions>();
        // What AddOpenIdConnect would register, without a scheme of its own: the schemes come per organisation.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<OpenIdConnectOptions>, OpenIdConnectPostConfigureOptions>());
        return services;
    }

    public static IApplicationBuilder UseSingleSignOnCallbacks(this IApplicationBuilder app) => app.UseMiddleware<SingleSignOnCallbacks>();
}
