using System.Collections.Concurrent;
using Gameplan.Core.SingleSignOn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace Gameplan.Web.Hosting.SingleSignOn;

/// <summary>
/// One OpenID Connect scheme per organisation (<c>sso-{id}</c>, called back at <c>/signin-oidc/{id}</c>),
/// added to the running app when someone first signs in with it and rebuilt when its stored settings
/// change, so any instance can start or finish any organisation's sign-in (ADR 0049).
/// </summary>
public sealed class SingleSignOnSchemes(
    IAuthenticationSchemeProvider schemes, IOptionsMonitorCache<OpenIdConnectOptions> options, IServiceScopeFactory scopes, IServiceProvider services)
{
    public const string CallbackPath = "/signin-oidc";

    /// <summary>The key under which an organisation's options remember the settings revision they were built from.</summary>
    public const string RevisionKey = "gameplan:sso_revision";

    private readonly ConcurrentDictionary<int, SingleSignOnProvider> _providers = new();

    public static string SchemeOf(int organizationId) => FormattableString.Invariant($"sso-{organizationId}");

    public static PathString CallbackOf(int organizationId) => new(FormattableString.Invariant($"{CallbackPath}/{organizationId}"));

    /// <summary>The organisation whose scheme <paramref name="scheme"/> is; null for any other scheme.</summary>
    public static int? OrganizationOf(string scheme) =>
        scheme.StartsWith("sso-", StringComparison.Ordinal) && int.TryParse(scheme.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The provider the scheme was last built from.</summary>
    public SingleSignOnProvider? Provider(int organizationId) => _providers.GetValueOrDefault(organizationId);

    /// <summary>
    /// Makes the organisation's scheme match its stored settings (one cheap read when they have not
    /// changed) and returns its name; null, with the scheme removed, when its single sign-on is off.
    /// </summary>
    public async Task<string?> PrepareAsync(int organizationId, CancellationToken ct)
    {
        var name = SchemeOf(organizationId);
        await using var scope = scopes.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetRequiredService<SingleSignOnCommands>();
        var revision = await commands.RevisionAsync(organizationId, ct);
        if (_providers.TryGetValue(organizationId, out var known) && known.Revision == revision && await schemes.GetSchemeAsync(name) is not null
            // Read through the provider, not injected: the options' setup needs this class (a cycle otherwise).
            && services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(name).TokenValidationParameters.PropertyBag?.TryGetValue(RevisionKey, out var used) == true && used is int usedRevision && usedRevision == revision)
        {
            return name;
        }
        var provider = await commands.ProviderAsync(organizationId, ct);
        if (provider is null)
        {
            schemes.RemoveScheme(name);
            _providers.TryRemove(organizationId, out _);
            options.TryRemove(name);
            return null;
        }
        // The provider first, then the cached options dropped: options built after this read the new provider.
        _providers[organizationId] = provider;
        options.TryRemove(name);
        schemes.TryAddScheme(new AuthenticationScheme(name, "Single sign-on", typeof(OpenIdConnectHandler)));
        return name;
    }
}
