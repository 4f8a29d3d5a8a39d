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
public sealed class SingleSignOnSchemes(IAuthenticationSchemeProvider schemes, IOptionsMonitorCache<OpenIdConnectOptions> options, IServiceScopeFactory scopes)
{
    public const string CallbackPath = "/signin-oidc";

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
        if (_providers.TryGetValue(organizationId, out var known) && known.Revision == revision && await schemes.GetSchemeAsync(name) is not null)
        {
            return name;
        }
        var provider = await commands.ProviderAsync(organizationId, ct);
        options.TryRemove(name);
        if (provider is null)
        {
            _providers.TryRemove(organizationId, out _);
            schemes.RemoveScheme(name);
            return null;
        }
        _providers[organizationId] = provider;
        schemes.TryAddScheme(new AuthenticationScheme(name, "Single sign-on", typeof(OpenIdConnectHandler)));
        return name;
    }
}
