using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gameplan.Web.Tests.Support;

/// <summary>
/// A real OpenID provider for the single sign-on tests: an OpenIddict 7.9 server on Kestrel at
/// <c>http://127.0.0.1:{port}/</c>, its clients, codes and tokens in an EF Core store on in-memory SQLite
/// (so a redeemed code is refused when it comes back). It signs in whoever <see cref="NextUser"/> names
/// without a login form, and can be told to misbehave the ways a provider or an attacker might: tokens
/// for another audience, a clock that has moved on.
/// </summary>
public sealed class OpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "gameplan";
    public const string ClientSecret = "provider-secret-for-tests-only";

    private readonly WebApplication _app;
    private readonly SqliteConnection _store;

    private OpenIdProvider(WebApplication app, SqliteConnection store, int port)
    {
        _app = app;
        _store = store;
        Issuer = $"http://127.0.0.1:{port}/";
        Port = port;
    }

    /// <summary>The provider's issuer, exactly as it writes it into tokens (with the trailing slash).</summary>
    public string Issuer { get; }

    public int Port { get; }

    /// <summary>Who the provider signs in at its authorization endpoint: the claims of the ID token.</summary>
    public ProviderUser NextUser { get; set; } = new("lena@northwind.example", "Lena Fischer");

    /// <summary>When set, the ID token is issued for this audience instead of the client's id.</summary>
    public string? IdentityTokenAudience { get; set; }

    /// <summary>The provider's clock: the real time moved by <see cref="ShiftedClock.Offset"/>.</summary>
    public ShiftedClock Clock { get; } = new();

    /// <summary>How many authorization codes the token endpoint redeemed.</summary>
    public int Redeemed { get; private set; }

    /// <summary>Starts the provider with one confidential client whose redirect URIs are <paramref name="redirectUris"/>.</summary>
    public static async Task<OpenIdProvider> StartAsync(params string[] redirectUris)
    {
        var port = FreePort();
        var store = new SqliteConnection("Data Source=:memory:");
        await store.OpenAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        OpenIdProvider? self = null;
        builder.Services.AddDbContext<ProviderDb>(options =>
        {
            options.UseSqlite(store);
            options.UseOpenIddict();
        });
        builder.Services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<ProviderDb>())
            .AddServer(options =>
            {
                options.SetIssuer(new Uri($"http://127.0.0.1:{port}/"));
                options.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
                options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                options.RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile);
                options.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
                options.SetAuthorizationCodeLifetime(TimeSpan.FromMinutes(5));
                options.Configure(o => o.TimeProvider = self!.Clock);
                options.AddEventHandler<OpenIddictServerEvents.ProcessSignInContext>(handler => handler
                    .UseInlineHandler(context =>
                    {
                        if (self!.IdentityTokenAudience is { } audience)
                        {
                            context.IdentityTokenPrincipal?.SetAudiences(audience);
                        }
                        if (context.Request?.IsAuthorizationCodeGrantType() == true)
                        {
                            self.Redeemed++;
                        }
                        return default;
                    })
                    .SetOrder(OpenIddictServerHandlers.PrepareIdentityTokenPrincipal.Descriptor.Order + 1));
                options.UseAspNetCore().EnableAuthorizationEndpointPassthrough().DisableTransportSecurityRequirement();
            });
        var app = builder.Build();
        self = new OpenIdProvider(app, store, port);
        app.MapGet("/connect/authorize", (HttpContext context) => self.Authorize(context));
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ProviderDb>().Database.EnsureCreatedAsync();
            var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
            var client = new OpenIddictApplicationDescriptor
            {
                ClientId = ClientId,
                ClientSecret = ClientSecret,
                ClientType = ClientTypes.Confidential,
                Permissions =
                {
                    Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.GrantTypes.AuthorizationCode,
                    Permissions.ResponseTypes.Code, Permissions.Prefixes.Scope + Scopes.Email, Permissions.Prefixes.Scope + Scopes.Profile,
                },
                Requirements = { Requirements.Features.ProofKeyForCodeExchange },
            };
            foreach (var uri in redirectUris)
            {
                client.RedirectUris.Add(new Uri(uri));
            }
            await applications.CreateAsync(client);
        }
        await app.StartAsync();
        // Answered once before any test leans on it, so a cold start is not taken for a provider that does not answer.
        using var warm = new HttpClient();
        (await warm.GetAsync($"{self.Issuer}.well-known/openid-configuration")).EnsureSuccessStatusCode();
        (await warm.GetAsync($"{self.Issuer}.well-known/jwks")).EnsureSuccessStatusCode();
        return self;
    }

    /// <summary>Signs <see cref="NextUser"/> in at once, as a provider does for someone already signed in there.</summary>
    private IResult Authorize(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var user = NextUser;
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Subject ?? user.Email ?? "nobody");
        if (user.Email is not null)
        {
            identity.SetClaim(Claims.Email, user.Email);
        }
        if (user.EmailVerified is { } verified)
        {
            identity.SetClaim(Claims.EmailVerified, verified);
        }
        identity.SetClaim(Claims.Name, user.Name);
        identity.SetClaim("preferred_username", user.PreferredUsername);
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _store.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The provider's store: OpenIddict's applications, authorizations, scopes and tokens.</summary>
    private sealed class ProviderDb(DbContextOptions<ProviderDb> options) : DbContext(options);
}

/// <summary>Who the provider says signed in.</summary>
public sealed record ProviderUser(string? Email, string Name, bool? EmailVerified = null, string? Subject = null, string? PreferredUsername = null);

/// <summary>The real clock moved by <see cref="Offset"/>, so a test can let a code expire without waiting.</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
